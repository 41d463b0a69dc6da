"""A database from before the move of the collection to `collecte` migrates forward whole.

The test takes the schema back to `recits` 0005 (the last state with the collection in
`recits`), writes campaigns, links, a contribution with a photo, a permission grant and a
history line the way the old code did, then migrates forward and reads them all back.
"""

from __future__ import annotations

import datetime

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone
from wagtail.models import ModelLogEntry

from collecte.models import Campagne, Contribution, EssaiEnvoi, Invitation, PhotoContribution

AVANT = [("recits", "0005_index_date_recits"), ("collecte", None)]
MODELES = ["campagne", "invitation", "contribution", "photocontribution", "essaienvoi"]


def _migrer(cibles) -> MigrationExecutor:
    executeur = MigrationExecutor(connection)
    executeur.loader.build_graph()
    executeur.migrate(cibles)
    return executeur


def _dernieres() -> list[tuple[str, str]]:
    executeur = MigrationExecutor(connection)
    return executeur.loader.graph.leaf_nodes()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_une_base_d_avant_le_deplacement_garde_tout(lieu):
    ids_types = {m: ContentType.objects.get(app_label="collecte", model=m).pk for m in MODELES}
    executeur = _migrer(AVANT)
    try:
        anciens = executeur.loader.project_state(AVANT[0]).apps
        # Content types are back where the old code had them, with the same ids.
        for modele, pk in ids_types.items():
            assert ContentType.objects.get(pk=pk).app_label == "recits", modele

        ACampagne = anciens.get_model("recits", "Campagne")
        AInvitation = anciens.get_model("recits", "Invitation")
        AContribution = anciens.get_model("recits", "Contribution")
        APhoto = anciens.get_model("recits", "PhotoContribution")
        AEssai = anciens.get_model("recits", "EssaiEnvoi")
        campagne = ACampagne.objects.create(
            annee=2025,
            titre="Collecte 2025",
            ouverture=datetime.date(2025, 1, 1),
            cloture=datetime.date(2025, 12, 31),
            questions="Qu'est-ce qui a changé ?",
        )
        invitation = AInvitation.objects.create(
            campagne=campagne, lieu_id=lieu.pk, sel="a" * 32, empreinte="b" * 64
        )
        contribution = AContribution.objects.create(
            invitation=invitation,
            campagne=campagne,
            lieu_id=lieu.pk,
            genre="recit",
            titre="La soupe du jeudi",
            texte="Ginette apporte la soupe, tout le monde reste.",
            consentement_site=True,
            consentement_rapport=False,
            consentement_presse=False,
            consentement_version="2026-11-v1",
            signature="prenom",
            signature_nom="Ginette",
            cle_envoi="c" * 32,
        )
        APhoto.objects.create(
            contribution=contribution,
            fichier="contributions/2025/11/soupe.jpg",
            description="Une soupière sur le comptoir",
            reconnaissable="personne",
            largeur=2000,
            hauteur=1500,
        )
        AEssai.objects.create(cle="lien:x", moment=timezone.now())
        editeurs = Group.objects.get(name="Editors")
        droit = Permission.objects.get(
            content_type_id=ids_types["campagne"], codename="add_campagne"
        )
        editeurs.permissions.add(droit)
        ModelLogEntry.objects.create(
            content_type_id=ids_types["campagne"],
            object_id=str(campagne.pk),
            label="Collecte 2025",
            action="recits.relance",
            data={"envois": 3},
            timestamp=timezone.now(),
        )
    finally:
        _migrer(_dernieres())

    for modele, pk in ids_types.items():
        assert ContentType.objects.get(pk=pk).app_label == "collecte", modele
    campagne = Campagne.objects.get(annee=2025)
    assert campagne.questions == "Qu'est-ce qui a changé ?"
    invitation = Invitation.objects.get(campagne=campagne)
    assert invitation.lieu_id == lieu.pk
    contribution = Contribution.objects.get(invitation=invitation)
    assert contribution.texte == "Ginette apporte la soupe, tout le monde reste."
    assert contribution.signature_nom == "Ginette"
    photo = PhotoContribution.objects.get(contribution=contribution)
    assert photo.fichier.name == "contributions/2025/11/soupe.jpg"
    assert photo.fichier.storage.location == str(settings.PRIVATE_MEDIA_ROOT)
    assert EssaiEnvoi.objects.filter(cle="lien:x").exists()
    assert (
        Group.objects.get(name="Editors")
        .permissions.filter(content_type__app_label="collecte", codename="add_campagne")
        .exists()
    )
    entree = ModelLogEntry.objects.for_instance(campagne).get(action="recits.relance")
    assert entree.data == {"envois": 3}
    assert not ContentType.objects.filter(app_label="recits", model__in=MODELES).exists()
