"""Migration 0010 keeps existing information pages in the footer once it honours the menu flag."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from recits.models import InformationPage

from .factories import InformationPageFactory, LieuPageFactory


def _migrer(cibles) -> None:
    executeur = MigrationExecutor(connection)
    executeur.loader.build_graph()
    executeur.migrate(cibles)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_pages_information_existantes_restent_dans_le_pied(arbre):
    _migrer([("recits", "0009_information_page")])
    # Back at 0009 the flag defaulted to False and the footer ignored it.
    page = InformationPageFactory(parent=arbre["accueil"], slug="contact", show_in_menus=False)
    page.save_revision().publish()
    lieu = LieuPageFactory(parent=arbre["lieux"], show_in_menus=False)
    _migrer(MigrationExecutor(connection).loader.graph.leaf_nodes())

    page = InformationPage.objects.get(pk=page.pk)
    assert page.show_in_menus
    assert page.get_latest_revision_as_object().show_in_menus, "le formulaire d'édition aussi"
    assert all(r.content["show_in_menus"] for r in page.revisions.all())
    lieu.refresh_from_db()
    assert not lieu.show_in_menus, "les autres pages ne changent pas"
