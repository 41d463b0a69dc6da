"""The site and section pages are read from the cache, never past a change to them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from recits.models import LieuIndexPage

pytestmark = pytest.mark.django_db


def test_page_recit_en_cinq_requetes_apres_la_premiere_visite(client, creer_recit):
    recit = creer_recit(title="Le bal du 14 juillet", indicateurs=["convivialite"])
    creer_recit(title="La soupe du dimanche", indicateurs=["convivialite"])
    with CaptureQueriesContext(connection) as froid:
        assert client.get(recit.url).status_code == 200
    with CaptureQueriesContext(connection) as chaud:
        reponse = client.get(recit.url)
    assert "La soupe du dimanche" in reponse.content.decode()  # related stories still shown
    # page, view restrictions (2), its codings, its tags; site, home, section and the
    # related stories come from the cache.
    assert len(chaud) <= 5, [q["sql"][:80] for q in chaud.captured_queries]
    assert len(froid) > len(chaud)


def test_section_renommee_suivie_aussitot(client, arbre, lieu):
    assert client.get("/lieux/").status_code == 200
    index = LieuIndexPage.objects.get()
    index.slug = "nos-lieux"
    index.save_revision().publish()
    assert client.get("/lieux/").status_code == 404
    assert client.get("/nos-lieux/").status_code == 200
    assert client.get("/nos-lieux/cafe-tilleuls/").status_code == 200


def test_section_depubliee_introuvable(client, arbre, lieu):
    assert client.get("/lieux/").status_code == 200
    LieuIndexPage.objects.get().unpublish()
    assert client.get("/lieux/").status_code == 404


def test_section_renommee_sans_publication(client, arbre, lieu):
    """A plain save of a live section page (no publish signal) is followed at once."""
    assert client.get("/lieux/").status_code == 200
    index = LieuIndexPage.objects.get()
    index.slug = "nos-lieux"
    index.save()
    assert client.get("/lieux/").status_code == 404
    assert client.get("/nos-lieux/").status_code == 200


def test_section_inconnue_puis_creee(client, arbre):
    from indicateurs.models import IndicateurIndexPage

    assert client.get("/indicateurs/").status_code == 200
    IndicateurIndexPage.objects.get().delete()
    assert client.get("/indicateurs/").status_code == 404
    arbre["accueil"].add_child(
        instance=IndicateurIndexPage(title="Indicateurs", slug="indicateurs")
    )
    assert client.get("/indicateurs/").status_code == 200


def test_apercu_d_un_brouillon_ne_change_pas_les_recits_lies_publics(
    client, arbre, lieu, creer_recit
):
    from .factories import LieuPageFactory

    ailleurs = LieuPageFactory(parent=arbre["lieux"], title="Épicerie du Col", slug="col")
    recit = creer_recit(title="Le bal du 14 juillet")
    creer_recit(title="La soupe du dimanche")  # same place as the story
    creer_recit(title="Le marché du col", lieu=ailleurs)
    assert "La soupe du dimanche" in client.get(recit.url).content.decode()
    brouillon = recit.get_latest_revision_as_object()
    brouillon.lieu = ailleurs
    apercu = brouillon.make_preview_request().content.decode()
    assert "Le marché du col" in apercu and "La soupe du dimanche" not in apercu
    public = client.get(recit.url).content.decode()
    assert "La soupe du dimanche" in public and "Le marché du col" not in public


def test_nouveau_site_pris_en_compte(client, arbre):
    assert "Lieux" in client.get("/", HTTP_HOST="lieux.exemple.fr").content.decode()
    Site.objects.create(hostname="lieux.exemple.fr", port=80, root_page=LieuIndexPage.objects.get())
    reponse = client.get("/", HTTP_HOST="lieux.exemple.fr")
    assert reponse.status_code == 200
    assert reponse.context["page"].specific_class is LieuIndexPage
