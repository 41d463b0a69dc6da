"""The consent wording shown to contributors; its version is stored with each answer."""

VERSION_CONSENTEMENT = "2026-11-v1"

TEXTES_CONSENTEMENT: dict[str, str] = {
    "site": (
        "J'accepte que ce récit, et les photos que j'ai choisies, soient publiés sur le site "
        "Récits vivants après relecture par l'équipe."
    ),
    "rapport": (
        "J'accepte que des extraits de ce récit soient cités dans le rapport annuel "
        "d'activité et d'utilité sociale de la coopérative."
    ),
    "presse": (
        "J'accepte que ce récit soit utilisé dans la communication de la coopérative et "
        "transmis à la presse."
    ),
}
