"""No orphan private photo: a failed submission removes its files, a crash leaves them to the sweep."""

from __future__ import annotations

import io
import os
import signal
import time
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import Client
from django.utils import timezone

from collecte.formulaires import ContributionForm
from collecte.models import Contribution, PhotoContribution
from collecte.photos import nettoyer_photo
from collecte.services import PhotoRecue, enregistrer_contribution
from recits.models import RecitIndexPage, RecitPage

from .factories import InvitationFactory
from .utils import DONNEES_PHOTOS, donnees_valides, envoyer_contribution, fichiers_sous

# The parent's database socket, kept alive (never closed) by a forked child.
_CONNEXIONS_DU_PARENT: list = []


@pytest.fixture
def invitation(arbre, lieu):
    return InvitationFactory(lieu=lieu)


@pytest.fixture
def prive(settings) -> Path:
    return Path(settings.PRIVATE_MEDIA_ROOT)


def donnees_nettoyees() -> tuple[dict, list[PhotoRecue]]:
    """What the view hands to the service: the form's cleaned data and two cleaned photos."""
    formulaire = ContributionForm(donnees_valides(genre="photos"))
    assert formulaire.is_valid(), formulaire.errors
    contenu = (DONNEES_PHOTOS / "photo_gps.jpg").read_bytes()
    photos = [
        PhotoRecue(nettoyer_photo(contenu, nom=f"photo-{i}.jpg"), "", "Le marché", "personne")
        for i in range(2)
    ]
    return formulaire.cleaned_data, photos


def balayer(*options: str) -> str:
    sortie = io.StringIO()
    call_command("nettoyer_fichiers_prives", *options, stdout=sortie)
    return sortie.getvalue()


def vieillir(chemin: Path, heures: float) -> None:
    moment = time.time() - heures * 3600
    os.utime(chemin, (moment, moment))


@pytest.mark.django_db
def test_un_envoi_qui_echoue_apres_les_photos_ne_laisse_aucun_fichier(invitation, prive):
    """The page cannot be created (no story index): the photos already written go too."""
    donnees, photos = donnees_nettoyees()
    RecitIndexPage.objects.get().delete()
    avant = fichiers_sous(prive)
    with pytest.raises(RuntimeError):
        enregistrer_contribution(invitation, donnees, photos, "c" * 32)
    assert fichiers_sous(prive) == avant
    assert not Contribution.objects.exists() and not PhotoContribution.objects.exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_un_envoi_tue_en_cours_laisse_un_orphelin_que_le_balayage_efface(invitation, prive):
    """The web process is killed (SIGKILL) between writing the photos and committing."""
    donnees, photos = donnees_nettoyees()
    # A committed contribution: its photo must stay.
    gardee = envoyer_contribution(Client(), invitation, photos=[("", "Un étal")])
    avant = fichiers_sous(prive)
    pid = os.fork()
    if pid == 0:  # the child plays the web server, and dies in the middle of the submission
        try:
            if connection.vendor != "sqlite":
                # Its own connection: the inherited socket is the parent's, left untouched.
                _CONNEXIONS_DU_PARENT.append(connection.connection)
                connection.connection = None
            import collecte.services as services

            services._creer_brouillon = lambda *args: os.kill(os.getpid(), signal.SIGKILL)
            enregistrer_contribution(invitation, donnees, photos, "d" * 32)
        finally:
            os._exit(1)  # never reached when killed; never run the parent's teardown
    _pid, statut = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(statut) and os.WTERMSIG(statut) == signal.SIGKILL
    orphelins = fichiers_sous(prive) - avant
    assert len(orphelins) == 2  # the crash left the two photos, and no row
    assert list(Contribution.objects.values_list("pk", flat=True)) == [gardee.pk]

    # Within the grace period a file may belong to a submission still in progress.
    assert "Aucun fichier privé sans contribution." in balayer()
    assert fichiers_sous(prive) - avant == orphelins
    for chemin in orphelins:
        vieillir(chemin, 25)
    sortie = balayer()
    assert "2 fichiers privés sans contribution effacés" in sortie
    for chemin in orphelins:
        assert str(chemin.relative_to(prive)) in sortie
    assert fichiers_sous(prive) == avant  # the committed contribution's photo is kept
    photo = gardee.photos.get()
    assert photo.fichier.storage.exists(photo.fichier.name)


@pytest.mark.django_db
def test_balayage_simulation_et_delai(invitation, prive, settings):
    orphelin = prive / "contributions" / "2020" / "01" / "perdu.jpg"
    orphelin.parent.mkdir(parents=True, exist_ok=True)
    orphelin.write_bytes(b"\xff\xd8 une photo perdue")
    vieillir(orphelin, 3)
    sortie = balayer("--simulation", "--delai", "2")
    assert "1 fichier privé sans contribution serait effacé" in sortie
    assert "contributions/2020/01/perdu.jpg" in sortie and orphelin.exists()
    settings.RECITS_DELAI_FICHIERS_ORPHELINS_HEURES = 4
    assert "Aucun fichier privé sans contribution." in balayer()
    assert "1 fichier privé sans contribution effacé" in balayer("--delai", "2")
    assert not orphelin.exists()
    with pytest.raises(CommandError, match="positif"):
        balayer("--delai", "-1")


@pytest.mark.django_db
def test_balayage_termine_les_retraits_d_avant_l_effacement(
    client, invitation, prive, django_capture_on_commit_callbacks
):
    """A withdrawal recorded before erasure existed kept everything: the sweep erases it."""
    contribution = envoyer_contribution(client, invitation, photos=[("La fête", "Des gens")])
    fichier = Path(contribution.photos.get().fichier.path)
    Contribution.objects.filter(pk=contribution.pk).update(retiree_le=timezone.now())
    assert "1 contribution retirée avant l'effacement automatique, à effacer." in balayer(
        "--simulation"
    )
    with django_capture_on_commit_callbacks(execute=True):
        sortie = balayer()
    assert "1 contribution retirée avant l'effacement automatique, maintenant effacée." in sortie
    page_id = contribution.page_id
    contribution.refresh_from_db()
    assert contribution.effacee_le and contribution.texte == "" and contribution.page_id is None
    assert not RecitPage.objects.filter(pk=page_id).exists()
    assert not PhotoContribution.objects.exists() and not fichier.exists()
    assert "Aucun fichier privé sans contribution." in balayer()  # nothing twice
