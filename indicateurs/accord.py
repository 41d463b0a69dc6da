"""Agreement between the editors, the helper and the contributors: does the helper deserve trust?

Definitions (also in docs/guide-accord.md, in French):

- *Precision* of the helper for an indicator: among its suggestions the editors decided
  (accepted or rejected; each suggestion, whole story or passage, counts once), the share
  they accepted. Undecided suggestions are left out.
- *Recall* of the helper for an indicator (story level): among the stories the helper has
  read where the editors gave the indicator (at least one accepted coding, any block, any
  origin), the share where the helper had suggested it (at least one of its codings,
  whatever became of it).
- *Cohen's kappa* on story × indicator binary tables: editors (accepted coding or not)
  against the helper (suggested or not), on the stories the editors coded and the helper
  read; editors against contributors (chosen or not), on the coded stories that came from
  a contribution. Overall figures pool every (story, indicator) pair of active indicators.

A story counts as *coded by the editors* when it has at least one accepted coding; a story
the editors never read says nothing about agreement, so it is left out of the tables.
When a table is empty, or when one reader gave the same answer for every story (kappa
would then be 0 or below whatever the other says), the result says « pas assez de
données » instead of a figure.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import QuerySet

from recits.models import RecitPage

from .models import Analyse, Codage, Indicateur

PAS_ASSEZ = "pas assez de données"
EFFECTIF_PRUDENCE = 20  # under this many stories a kappa is shown with a warning


@dataclass(frozen=True)
class TableAccord:
    """A 2 × 2 table: a = both say yes, b = first only, c = second only, d = both say no."""

    a: int = 0
    b: int = 0
    c: int = 0
    d: int = 0

    @property
    def n(self) -> int:
        return self.a + self.b + self.c + self.d

    def __add__(self, autre: TableAccord) -> TableAccord:
        return TableAccord(self.a + autre.a, self.b + autre.b, self.c + autre.c, self.d + autre.d)


@dataclass(frozen=True)
class Kappa:
    """Cohen's kappa with its table, or the reason why it cannot be computed."""

    table: TableAccord
    valeur: float | None
    raison: str = ""

    @property
    def texte(self) -> str:
        """« 0,40 », or « pas assez de données » (the reason is in `raison`)."""
        return PAS_ASSEZ if self.valeur is None else nombre_fr(self.valeur)

    @property
    def prudence(self) -> bool:
        """Computed on few stories: the figure moves a lot with one more story."""
        return self.valeur is not None and self.table.n < EFFECTIF_PRUDENCE


def nombre_fr(valeur: float) -> str:
    """A figure with two decimals, French style (0,40)."""
    return f"{valeur:.2f}".replace(".", ",").replace("-", "−")


def kappa_cohen(table: TableAccord) -> Kappa:
    """Cohen's kappa of a 2 × 2 table; None with a French reason when it is not defined."""
    n = table.n
    if n == 0:
        return Kappa(table, None, "aucun récit dans la table")
    accord_observe = (table.a + table.d) / n
    oui_1, oui_2 = table.a + table.b, table.a + table.c
    non_1, non_2 = table.c + table.d, table.b + table.d
    accord_hasard = (oui_1 * oui_2 + non_1 * non_2) / (n * n)
    if oui_1 in (0, n) or oui_2 in (0, n):
        # One reader gives the same answer for every story: kappa is then 0 or below
        # whatever the other says, which would read as a verdict; it is not one.
        return Kappa(table, None, "une des deux lectures répond partout pareil")
    return Kappa(table, (accord_observe - accord_hasard) / (1 - accord_hasard))


@dataclass(frozen=True)
class Part:
    """A share (precision or recall) with its numerator and denominator."""

    numerateur: int
    denominateur: int

    @property
    def valeur(self) -> float | None:
        return self.numerateur / self.denominateur if self.denominateur else None

    @property
    def texte(self) -> str:
        """« 75 % (3 sur 4) », or « pas assez de données » when nothing was counted."""
        if not self.denominateur:
            return PAS_ASSEZ
        return f"{round(100 * self.valeur)} % ({self.numerateur} sur {self.denominateur})"


@dataclass
class AccordIndicateur:
    """Every agreement figure for one indicator (or, with indicateur None, all of them)."""

    indicateur: Indicateur | None
    precision: Part = field(default_factory=lambda: Part(0, 0))
    rappel: Part = field(default_factory=lambda: Part(0, 0))
    en_attente: int = 0  # helper suggestions not decided yet (left out of the precision)
    table_assistant: TableAccord = field(default_factory=TableAccord)
    table_contributeurs: TableAccord = field(default_factory=TableAccord)

    @property
    def kappa_assistant(self) -> Kappa:
        return kappa_cohen(self.table_assistant)

    @property
    def kappa_contributeurs(self) -> Kappa:
        return kappa_cohen(self.table_contributeurs)

    @property
    def libelle(self) -> str:
        return self.indicateur.nom if self.indicateur else "Tous les indicateurs"


@dataclass
class Accord:
    """The dashboard's figures: one line per active indicator and the pooled line."""

    lignes: list[AccordIndicateur]
    ensemble: AccordIndicateur
    nb_recits: int  # stories in the chosen scope
    nb_codes: int  # of which coded by the editors
    nb_lus_assistant: int  # of which coded and read by the helper
    nb_contributions: int  # of which coded and from a contribution


def recits_du_perimetre(
    du: datetime.date | None = None,
    au: datetime.date | None = None,
    campagne: int | None = None,
) -> QuerySet:
    """Stories whose told moment falls in the period, or sent during a campaign."""
    recits = RecitPage.objects.all()
    if du:
        recits = recits.filter(date__gte=du)
    if au:
        recits = recits.filter(date__lte=au)
    if campagne:
        # The collection points at stories; its year is read through that relation.
        recits = recits.filter(contributions__campagne__annee=campagne)
    return recits


def _table(premier: bool, second: bool) -> TableAccord:
    if premier and second:
        return TableAccord(a=1)
    if premier:
        return TableAccord(b=1)
    if second:
        return TableAccord(c=1)
    return TableAccord(d=1)


def calculer_accord(recits: QuerySet | None = None) -> Accord:
    """All figures for the stories of `recits`, in four queries whatever their number."""
    recits = RecitPage.objects.all() if recits is None else recits
    indicateurs = list(Indicateur.objects.filter(actif=True))
    ids_actifs = {i.pk for i in indicateurs}
    perimetre = dict(recits.order_by().values_list("pk", "source").distinct())
    lignes_codages = Codage.objects.filter(
        recit_id__in=list(perimetre), indicateur_id__in=ids_actifs
    ).values_list("recit_id", "indicateur_id", "origine", "statut")

    acceptes: dict[int, set[int]] = {}
    suggeres: dict[int, set[int]] = {}
    choisis: dict[int, set[int]] = {}
    precision = {pk: [0, 0] for pk in ids_actifs}  # accepted, decided
    en_attente = dict.fromkeys(ids_actifs, 0)
    lus = set(
        Analyse.objects.filter(recit_id__in=list(perimetre), erreur="").values_list(
            "recit_id", flat=True
        )
    )
    for recit_id, indicateur_id, origine, statut in lignes_codages.order_by():
        if statut == Codage.Statut.ACCEPTE:
            acceptes.setdefault(recit_id, set()).add(indicateur_id)
        if origine == Codage.Origine.ASSISTANT:
            lus.add(recit_id)
            suggeres.setdefault(recit_id, set()).add(indicateur_id)
            if statut == Codage.Statut.SUGGERE:
                en_attente[indicateur_id] += 1
            else:
                precision[indicateur_id][1] += 1
                precision[indicateur_id][0] += statut == Codage.Statut.ACCEPTE
        elif origine == Codage.Origine.CONTRIBUTEUR:
            choisis.setdefault(recit_id, set()).add(indicateur_id)

    codes = set(acceptes)
    lus_codes = codes & lus
    contributions = {pk for pk in codes if perimetre.get(pk) == RecitPage.Source.CONTRIBUTION}
    lignes = []
    for indicateur in indicateurs:
        pk = indicateur.pk
        ligne = AccordIndicateur(indicateur, en_attente=en_attente[pk])
        ligne.precision = Part(*precision[pk])
        avec = [r for r in lus_codes if pk in acceptes[r]]
        ligne.rappel = Part(sum(pk in suggeres.get(r, ()) for r in avec), len(avec))
        for r in lus_codes:
            ligne.table_assistant += _table(pk in acceptes[r], pk in suggeres.get(r, ()))
        for r in contributions:
            ligne.table_contributeurs += _table(pk in acceptes[r], pk in choisis.get(r, ()))
        lignes.append(ligne)

    ensemble = AccordIndicateur(None, en_attente=sum(en_attente.values()))
    ensemble.precision = Part(
        sum(ligne.precision.numerateur for ligne in lignes),
        sum(ligne.precision.denominateur for ligne in lignes),
    )
    ensemble.rappel = Part(
        sum(ligne.rappel.numerateur for ligne in lignes),
        sum(ligne.rappel.denominateur for ligne in lignes),
    )
    for ligne in lignes:
        ensemble.table_assistant += ligne.table_assistant
        ensemble.table_contributeurs += ligne.table_contributeurs
    return Accord(
        lignes=lignes,
        ensemble=ensemble,
        nb_recits=len(perimetre),
        nb_codes=len(codes),
        nb_lus_assistant=len(lus_codes),
        nb_contributions=len(contributions),
    )
