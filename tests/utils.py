"""Helpers shared by several test modules (test modules never import each other)."""

import secrets
from pathlib import Path

from django.utils import timezone

from collecte.formulaires import horodatage_signe

CLE_ENVOI = "a1b2c3d4e5f60718293a4b5c6d7e8f90"


def horodatage_ancien(secondes: int = 60, invitation=None, cle: str = CLE_ENVOI) -> str:
    """The form's ticket for this link and key, shown `secondes` ago (a person takes time)."""
    pk = invitation.pk if invitation is not None else None
    return horodatage_signe(pk, cle, timezone.now().timestamp() - secondes)


def donnees_valides(invitation=None, **extra) -> dict:
    """A complete, valid contribution form for `invitation`'s link, any field overridden."""
    cle = extra.get("cle_envoi", CLE_ENVOI)
    donnees = {
        "genre": "recit",
        "titre": "Le premier marché de Noël",
        "texte": "Il y avait du monde.\n\nMême Marcel est venu, lui qui ne sort plus.",
        "pourquoi": "Parce que le village s'est retrouvé.",
        "quand": "décembre 2025",
        "date_moment": "2025-12-14",
        "indicateurs": ["lien-social", "convivialite"],
        "consentement_site": "on",
        "consentement_rapport": "on",
        "signature": "prenom",
        "signature_nom": "Mireille",
        "email": "mireille@exemple.fr",
        "horodatage": horodatage_ancien(60, invitation, cle),
        "cle_envoi": cle,
        "photos-TOTAL_FORMS": "6",
        "photos-INITIAL_FORMS": "0",
        "photos-MIN_NUM_FORMS": "0",
        "photos-MAX_NUM_FORMS": "6",
    }
    donnees.update(extra)
    return donnees


DONNEES_PHOTOS = Path(__file__).parent / "data" / "photos"


def envoyer_contribution(client, invitation, photos=(), **champs):
    """Send the public form as a person would, with real JPEG photos; the stored Contribution.

    `photos` holds (caption, description) pairs, one JPEG file from tests/data each, or
    (caption, description, file name, bytes) for another file.
    """
    from django.core.files.uploadedfile import SimpleUploadedFile

    from collecte.models import Contribution

    donnees = donnees_valides(invitation, cle_envoi=secrets.token_hex(16), **champs)
    contenu = (DONNEES_PHOTOS / "photo_gps.jpg").read_bytes()
    for i, (legende, description, *fichier) in enumerate(photos):
        nom, octets = fichier or (f"photo-{i}.jpg", contenu)
        donnees[f"photos-{i}-fichier"] = SimpleUploadedFile(nom, octets)
        donnees[f"photos-{i}-legende"] = legende
        donnees[f"photos-{i}-description"] = description
        donnees[f"photos-{i}-reconnaissable"] = "accord"
    reponse = client.post(invitation.chemin(), donnees)
    if reponse.status_code != 302:
        contexte = reponse.context or {}
        erreurs = [contexte.get("form") and contexte["form"].errors]
        erreurs += [f.errors for f in contexte.get("photos", [])]
        raise AssertionError(f"envoi refusé ({reponse.status_code}) : {erreurs}")
    return Contribution.objects.get(cle_envoi=donnees["cle_envoi"])


def fichiers_sous(*dossiers: Path) -> set[Path]:
    """Every file under the folders (media, private files), for before/after comparisons."""
    return {
        chemin for dossier in dossiers for chemin in Path(dossier).rglob("*") if chemin.is_file()
    }
