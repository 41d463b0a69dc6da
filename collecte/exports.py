"""A campaign's links, one row per invited place: shown in the dashboard, exported as CSV or XLSX.

The rows are built in a fixed number of queries whatever the number of places, and every
string a person typed is written as text: a place named "=HYPERLINK(...)" stays a name in
Excel and LibreOffice, never a formula.
"""

from __future__ import annotations

import csv
import datetime
import io
from dataclasses import dataclass, field

from django.db.models import Count, Max, Q
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from indicateurs.models import Indicateur
from indicateurs.services import indicateurs_acceptes
from recits.url_publique import adresse_publique

from .models import Campagne, Contribution, Invitation

COLONNES = (
    "Lieu",
    "Commune",
    "Département",
    "Contact",
    "E-mail",
    "Lien",
    "Valable jusqu'au",
    "Ouvert",
    "Contributions",
)
LARGEURS = (32, 22, 12, 24, 30, 70, 16, 8, 14)
# A spreadsheet reads a cell starting with one of these as a formula (CSV injection).
DEBUTS_DE_FORMULE = ("=", "+", "-", "@", "\t", "\r")
JOURS_DE_PROLONGATION = 30
TYPE_CSV = "text/csv; charset=utf-8"
TYPE_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def lien_absolu(invitation: Invitation, adresse: str | None = None) -> str:
    """The link as sent to the place: the site's public address and the secret path."""
    return (adresse or adresse_publique()) + invitation.chemin()


@dataclass(frozen=True)
class IndicateurTouche:
    """An indicator a place's stories speak to, and whether the editors confirmed it."""

    nom: str
    retenu: bool


@dataclass
class LigneInvitation:
    """One invited place of a campaign, with what the dashboard and the exports show."""

    invitation: Invitation
    nb_contributions: int = 0
    nb_retirees: int = 0
    derniere_contribution: datetime.datetime | None = None
    indicateurs: list[IndicateurTouche] = field(default_factory=list)
    maintenant: datetime.datetime | None = None
    adresse: str | None = None

    @property
    def lieu(self):
        return self.invitation.lieu

    @property
    def lien(self) -> str:
        return lien_absolu(self.invitation, self.adresse)

    @property
    def fin_de_validite(self) -> datetime.date:
        return timezone.localdate(self.invitation.fin_de_validite())

    @property
    def statut(self) -> str:
        """valide, revoque or expire."""
        if self.invitation.revoquee_le:
            return "revoque"
        if not self.invitation.est_valide(self.maintenant):
            return "expire"
        return "valide"

    @property
    def prolongation_proposee(self) -> datetime.date:
        """The date offered when extending: a month after the later of today and expiry."""
        aujourdhui = timezone.localdate(self.maintenant)
        return max(self.fin_de_validite, aujourdhui) + datetime.timedelta(
            days=JOURS_DE_PROLONGATION
        )

    @property
    def a_contribue(self) -> bool:
        return self.nb_contributions > 0


def lignes_campagne(
    campagne: Campagne, maintenant: datetime.datetime | None = None
) -> list[LigneInvitation]:
    """Every invitation of the campaign with its counts, in at most five queries."""
    maintenant = maintenant or timezone.now()
    invitations = list(
        campagne.invitations.select_related("lieu")
        .annotate(
            nb_contributions=Count("contributions"),
            nb_retirees=Count("contributions", filter=Q(contributions__retiree_le__isnull=False)),
            derniere_contribution=Max("contributions__recue_le"),
        )
        .order_by("lieu__title", "pk")
    )
    for invitation in invitations:
        invitation.campagne = campagne  # spares a query per row in fin_de_validite()
    touches = _indicateurs_par_invitation(campagne) if invitations else {}
    adresse = adresse_publique() if invitations else None
    return [
        LigneInvitation(
            invitation=invitation,
            nb_contributions=invitation.nb_contributions,
            nb_retirees=invitation.nb_retirees,
            derniere_contribution=invitation.derniere_contribution,
            indicateurs=touches.get(invitation.pk, []),
            maintenant=maintenant,
            adresse=adresse,
        )
        for invitation in invitations
    ]


def _indicateurs_par_invitation(campagne: Campagne) -> dict[int, list[IndicateurTouche]]:
    """Indicators of each place's contributions not withdrawn: the contributor's own choice
    (``indicateurs_choisis``) and the editors' accepted codings of the stories."""
    contributions = list(
        Contribution.objects.filter(campagne=campagne, retiree_le__isnull=True).values_list(
            "invitation_id", "page_id", "indicateurs_choisis"
        )
    )
    if not contributions:
        return {}
    choisis: dict[int, set[str]] = {}
    pages: dict[int, int] = {}
    for invitation_id, page_id, slugs in contributions:
        choisis.setdefault(invitation_id, set()).update(
            s for s in slugs or [] if isinstance(s, str)
        )
        if page_id:
            pages[page_id] = invitation_id
    retenus: dict[int, set[int]] = {}
    for recit_id, ids in indicateurs_acceptes(pages).items():
        retenus.setdefault(pages[recit_id], set()).update(ids)
    catalogue = list(Indicateur.objects.order_by("ordre", "nom").values_list("pk", "slug", "nom"))
    resultat: dict[int, list[IndicateurTouche]] = {}
    for invitation_id in choisis.keys() | retenus.keys():
        slugs = choisis.get(invitation_id, set())
        ids = retenus.get(invitation_id, set())
        resultat[invitation_id] = [
            IndicateurTouche(nom=nom, retenu=pk in ids)
            for pk, slug, nom in catalogue
            if pk in ids or slug in slugs
        ]
    return resultat


# -- files -----------------------------------------------------------------------------------


def _valeurs(ligne: LigneInvitation) -> list:
    """The row's cells: strings as typed, dates as dates, counts as numbers."""
    lieu = ligne.lieu
    revoque = ligne.statut == "revoque"
    return [
        lieu.title,
        lieu.commune,
        lieu.get_departement_display(),
        lieu.contact_nom,
        lieu.contact_email,
        "" if revoque else ligne.lien,
        "révoqué" if revoque else ligne.fin_de_validite,
        "oui" if ligne.invitation.nb_ouvertures else "non",
        ligne.nb_contributions,
    ]


def neutraliser(valeur: str) -> str:
    """Make a string harmless in a spreadsheet: a leading quote before a formula start."""
    return "'" + valeur if valeur.startswith(DEBUTS_DE_FORMULE) else valeur


def export_csv(lignes: list[LigneInvitation]) -> bytes:
    """CSV for Excel in French: UTF-8 with BOM, ';' between cells, dates as dd/mm/yyyy."""
    tampon = io.StringIO()
    ecrivain = csv.writer(tampon, delimiter=";")
    ecrivain.writerow(COLONNES)
    for ligne in lignes:
        cellules = []
        for valeur in _valeurs(ligne):
            if isinstance(valeur, datetime.date):
                valeur = valeur.strftime("%d/%m/%Y")
            elif isinstance(valeur, str):
                valeur = neutraliser(valeur)
            cellules.append(valeur)
        ecrivain.writerow(cellules)
    return ("\ufeff" + tampon.getvalue()).encode("utf-8")


def export_xlsx(lignes: list[LigneInvitation], titre: str = "Liens") -> bytes:
    """An Excel workbook where every string is a text cell, never a formula."""
    classeur = Workbook()
    feuille = classeur.active
    feuille.title = titre[:31]
    feuille.append(COLONNES)
    for cellule in feuille[1]:
        cellule.font = Font(bold=True)
    for numero, ligne in enumerate(lignes, start=2):
        for colonne, valeur in enumerate(_valeurs(ligne), start=1):
            cellule = feuille.cell(row=numero, column=colonne)
            if isinstance(valeur, str):
                valeur = ILLEGAL_CHARACTERS_RE.sub("", valeur)
                cellule.value = valeur
                cellule.data_type = "s"  # openpyxl would store "=..." as a formula
                if valeur.startswith(DEBUTS_DE_FORMULE):
                    cellule.quotePrefix = True  # stays text even when edited in Excel
            else:
                cellule.value = valeur
                if isinstance(valeur, datetime.date):
                    cellule.number_format = "DD/MM/YYYY"
        lien = feuille.cell(row=numero, column=COLONNES.index("Lien") + 1)
        if lien.value:
            lien.hyperlink = lien.value
    for colonne, largeur in enumerate(LARGEURS, start=1):
        feuille.column_dimensions[get_column_letter(colonne)].width = largeur
    feuille.freeze_panes = "A2"
    feuille.auto_filter.ref = feuille.dimensions
    tampon = io.BytesIO()
    classeur.save(tampon)
    return tampon.getvalue()
