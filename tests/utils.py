"""Helpers shared by several test modules (test modules never import each other)."""

from django.core import signing
from django.utils import timezone

from collecte.formulaires import SEL_HORODATAGE


def horodatage_ancien(secondes: int = 60) -> str:
    """A signed form timestamp from `secondes` ago (a person takes time to fill the form)."""
    signeur = signing.TimestampSigner(salt=SEL_HORODATAGE)
    return signeur.sign(str(int(timezone.now().timestamp()) - secondes))


def donnees_valides(**extra) -> dict:
    """A complete, valid contribution form, with any field overridden."""
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
        "horodatage": horodatage_ancien(),
        "cle_envoi": "a1b2c3d4e5f60718293a4b5c6d7e8f90",
        "photos-TOTAL_FORMS": "6",
        "photos-INITIAL_FORMS": "0",
        "photos-MIN_NUM_FORMS": "0",
        "photos-MAX_NUM_FORMS": "6",
    }
    donnees.update(extra)
    return donnees
