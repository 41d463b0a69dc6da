"""The campaign's history lines in French (Wagtail log formatters).

The older action codes start with ``recits.``: they were stored when the collection lived
in `recits`, and history entries already written keep them; new ones start with
``collecte.``.
"""

from wagtail.log_actions import LogFormatter

from .effacement import ACTION_EFFACEMENT, ACTION_RETRAIT
from .relances import ACTION_RELANCE, compte


def _formateur(libelle: str, modele: str) -> type[LogFormatter]:
    """A history line such as "Nouveau lien pour « Café des Tilleuls »", from the entry's data."""

    def format_message(self, entree) -> str:
        donnees = {"lieu": "", "envois": 0, "jusqu_au": "", **(entree.data or {})}
        donnees["lieux"] = compte(donnees["envois"], "lieu", "lieux")
        return modele.format(**donnees)

    return type(
        "CollecteLogFormatter",
        (LogFormatter,),
        {"label": libelle, "format_message": format_message},
    )


class EffacementLogFormatter(LogFormatter):
    """« Contribution de « Café des Tilleuls » effacée à la demande de la personne »: no title."""

    label = "Effacement"
    RAISONS = {
        "equipe": "effacée à la demande de la personne",
        "suppression": "effacée avec son récit, supprimé par l'équipe",
    }

    def format_message(self, entree) -> str:
        donnees = entree.data or {}
        raison = self.RAISONS.get(donnees.get("par"), "effacée")
        return f"Contribution de « {donnees.get('lieu', '')} » {raison}"


FORMATEURS_JOURNAL = {
    ACTION_RETRAIT: _formateur(
        "Retrait", "Contribution de « {lieu} » retirée par le lieu et effacée"
    ),
    ACTION_EFFACEMENT: EffacementLogFormatter,
    "recits.lien_regenerer": _formateur("Lien régénéré", "Nouveau lien pour « {lieu} »"),
    "recits.lien_revoquer": _formateur("Lien révoqué", "Lien révoqué pour « {lieu} »"),
    "recits.lien_prolonger": _formateur(
        "Lien prolongé", "Lien de « {lieu} » prolongé jusqu'au {jusqu_au}"
    ),
    ACTION_RELANCE: _formateur("Relance", "Relance envoyée à {lieux} sans contribution"),
}


def enregistrer_actions_du_journal(actions) -> None:
    """Name the campaign's history entries in French (called by the register_log_actions hook)."""
    for code, formateur in FORMATEURS_JOURNAL.items():
        actions.register_action(code)(formateur)
