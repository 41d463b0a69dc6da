"""One row per coded passage, read in chunks so memory stays flat whatever the collection."""

from __future__ import annotations

from collections.abc import Iterator

from django.db.models import QuerySet
from django.utils import timezone

from recits.territoires import nom_departement

from ..models import Codage
from ..noms import pseudonymiseur

COLONNES = (
    "Récit",
    "Identifiant du récit",
    "Lieu",
    "Commune",
    "Département",
    "Année",
    "Indicateur",
    "Passage",
    "Origine",
    "Statut",
    "Citation",
    "Décidé par",
    "Date",
)
LARGEURS = (40, 10, 30, 22, 22, 8, 26, 80, 24, 12, 10, 18, 18)
TAILLE_LOT = 2000
RECIT_ENTIER = "(récit entier)"
_CHAMPS = (
    "recit_id",
    "recit__title",
    "recit__lieu__title",
    "recit__lieu__commune",
    "recit__lieu__departement",
    "recit__date",
    "indicateur__nom",
    "passage",
    "origine",
    "statut",
    "citation",
    "decide_par__username",
    "decide_le",
    "cree_le",
)


def codages_exportes(qs: QuerySet | None = None) -> QuerySet:
    """The codings to export, in a stable order (story, then indicator, then position)."""
    if qs is None:
        qs = Codage.objects.all()
    return qs.order_by("recit_id", "indicateur__ordre", "bloc", "debut", "pk")


def lignes(qs: QuerySet | None = None, taille_lot: int = TAILLE_LOT) -> Iterator[tuple]:
    """Rows of plain values (strings, numbers, dates), names replaced as the editors decided."""
    origines = dict(Codage.Origine.choices)
    statuts = dict(Codage.Statut.choices)
    departements: dict[str, str] = {}
    masquer = pseudonymiseur(None)
    fuseau = timezone.get_current_timezone()
    for (
        recit_id,
        titre,
        lieu,
        commune,
        departement,
        date,
        indicateur,
        passage,
        origine,
        statut,
        citation,
        editeur,
        decide_le,
        cree_le,
    ) in codages_exportes(qs).values_list(*_CHAMPS).iterator(chunk_size=taille_lot):
        if departement not in departements:
            departements[departement] = (
                f"{departement} – {nom_departement(departement)}" if departement else ""
            )
        quand = decide_le or cree_le
        yield (
            masquer(recit_id, titre),
            recit_id,
            lieu,
            commune,
            departements[departement],
            date.year if date else "",
            indicateur,
            masquer(recit_id, passage) if passage else RECIT_ENTIER,
            origines.get(origine, origine),
            statuts.get(statut, statut),
            "oui" if citation else "non",
            editeur or "",
            timezone.localtime(quand, fuseau).strftime("%Y-%m-%d %H:%M") if quand else "",
        )
