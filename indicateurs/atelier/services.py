"""Coding actions of the workspace: every editor decision on a story's codings goes here.

Each action runs in one transaction, locks the story's codings (`select_for_update`), checks
its input against the story's latest text and writes one `DecisionCodage` row, so the
history, the undo and the stale-page check all read the same table.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from recits.models import RecitPage
from recits.passages import BlocTexte, blocs_du_recit

from ..models import Codage, DecisionCodage, Indicateur

# A passage is a sentence or a few; anything longer is a pasted text, not a selection.
LONGUEUR_MAX_PASSAGE = 5000
LONGUEUR_MAX_NOTE = 2000

# Decisions an editor can undo (anchoring decisions are the system's, not hers).
ANNULABLES = (
    DecisionCodage.Action.AJOUT,
    DecisionCodage.Action.ACCEPTATION,
    DecisionCodage.Action.REJET,
    DecisionCodage.Action.SUPPRESSION,
    DecisionCodage.Action.CITATION,
    DecisionCodage.Action.CITATION_RETIREE,
)


@dataclass(frozen=True)
class Resultat:
    """What an action did, for the message shown to the editor."""

    message: str
    codage: Codage | None = None
    decision: DecisionCodage | None = None


def texte_courant(recit: RecitPage) -> RecitPage:
    """The story as the editors last saved it (its latest revision, else the page itself)."""
    return recit.get_latest_revision_as_object()


def version_codage(recit_id: int) -> int:
    """The story's coding version: the id of its last decision (0 before any)."""
    derniere = (
        DecisionCodage.objects.filter(recit_id=recit_id)
        .order_by("-pk")
        .values_list("pk", flat=True)
    ).first()
    return derniere or 0


def decisions_depuis(recit_id: int, version: int) -> list[DecisionCodage]:
    """The decisions made on a story after the version a page was shown at."""
    return list(
        DecisionCodage.objects.filter(recit_id=recit_id, pk__gt=version)
        .select_related("utilisateur", "indicateur")
        .order_by("pk")
    )


def _verrouiller(recit: RecitPage) -> None:
    """Serialise actions on one story: two editors' clicks never interleave."""
    list(Codage.objects.select_for_update().filter(recit=recit).values_list("pk", flat=True))
    RecitPage.objects.select_for_update().filter(pk=recit.pk).values_list("pk", flat=True).first()


def _indicateur_valide(indicateur_id) -> Indicateur:
    """An active indicator, or a French message."""
    try:
        return Indicateur.objects.get(pk=int(indicateur_id), actif=True)
    except (TypeError, ValueError, Indicateur.DoesNotExist) as exc:
        raise ValidationError(
            "Indicateur inconnu ou retiré du cadre d'analyse : choisissez-en un dans la liste."
        ) from exc


def _bloc(recit: RecitPage, cle: str) -> BlocTexte:
    """The block a passage is coded in, from the story's latest text."""
    bloc = next((b for b in blocs_du_recit(texte_courant(recit)) if b.cle == cle), None)
    if bloc is None:
        raise ValidationError(
            "Ce bloc de texte n'existe plus dans la dernière version du récit : rechargez la page."
        )
    return bloc


def _journal(
    recit: RecitPage, action: str, utilisateur, codage: Codage | None = None, **details
) -> DecisionCodage:
    if codage is not None:
        # Kept in the row: a removed coding put back by undo gets its history back.
        details["codage"] = codage.pk
    return DecisionCodage.objects.create(
        recit=recit,
        codage=codage,
        indicateur=codage.indicateur if codage else details.pop("indicateur", None),
        action=action,
        utilisateur=utilisateur,
        details=details,
    )


def _etat(codage: Codage) -> dict:
    """What undo needs to put a coding back as it was."""
    return {
        "statut": codage.statut,
        "bloc": codage.bloc,
        "debut": codage.debut,
        "fin": codage.fin,
        "passage": codage.passage,
        "citation": codage.citation,
        "note": codage.note,
        "a_revoir": codage.a_revoir,
        "decide_par": codage.decide_par_id,
        "decide_le": codage.decide_le.isoformat() if codage.decide_le else None,
    }


def trouver_dans_bloc(texte: str, passage: str, pres_de: int = 0) -> tuple[int, int] | None:
    """Offsets of the occurrence of `passage` nearest to `pres_de`, or None."""
    if not passage:
        return None
    meilleur = None
    position = texte.find(passage)
    while position != -1:
        if meilleur is None or abs(position - pres_de) < abs(meilleur - pres_de):
            meilleur = position
        position = texte.find(passage, position + 1)
    return None if meilleur is None else (meilleur, meilleur + len(passage))


def valider_passage(
    recit: RecitPage, cle: str, debut, fin, passage: str | None = None
) -> tuple[BlocTexte, int, int]:
    """Check a selection against the block's text; offsets from the passage when not given."""
    if passage is not None and len(passage) > LONGUEUR_MAX_PASSAGE:
        raise ValidationError(
            f"Ce passage fait {len(passage)} caractères : sélectionnez au plus "
            f"{LONGUEUR_MAX_PASSAGE} caractères (une ou quelques phrases)."
        )
    bloc = _bloc(recit, cle)
    if debut in (None, "") and fin in (None, ""):
        if not (passage or "").strip():
            raise ValidationError("Indiquez le passage à coder (copiez-le depuis le texte).")
        trouve = trouver_dans_bloc(bloc.texte, passage.strip())
        if trouve is None:
            raise ValidationError(
                f"Ce passage ne se trouve pas dans « {bloc.libelle} » : "
                "copiez-le tel qu'il est écrit dans le texte."
            )
        return bloc, *trouve
    try:
        debut, fin = int(debut), int(fin)
    except (TypeError, ValueError) as exc:
        raise ValidationError("La position du passage est illisible : resélectionnez-le.") from exc
    if not 0 <= debut < fin <= len(bloc.texte):
        raise ValidationError(
            f"La sélection sort du texte de « {bloc.libelle} » "
            f"({len(bloc.texte)} caractères) : resélectionnez le passage."
        )
    if fin - debut > LONGUEUR_MAX_PASSAGE:
        raise ValidationError(
            f"Ce passage fait {fin - debut} caractères : sélectionnez au plus "
            f"{LONGUEUR_MAX_PASSAGE} caractères (une ou quelques phrases)."
        )
    if passage is not None and passage.strip() and bloc.texte[debut:fin] != passage:
        raise ValidationError(
            f"Le passage ne correspond plus au texte de « {bloc.libelle} » "
            "(le récit a changé entre-temps) : rechargez la page et resélectionnez-le."
        )
    return bloc, debut, fin


@transaction.atomic
def coder_passage(
    recit: RecitPage, cle: str, debut, fin, indicateur_id, utilisateur, passage: str | None = None
) -> Resultat:
    """Code a selected passage of one block against an indicator (origin editor, accepted)."""
    indicateur = _indicateur_valide(indicateur_id)
    bloc, debut, fin = valider_passage(recit, cle, debut, fin, passage)
    _verrouiller(recit)
    existant = Codage.objects.filter(
        recit=recit, indicateur=indicateur, bloc=bloc.cle, debut=debut, fin=fin
    ).first()
    if existant is not None and existant.statut == Codage.Statut.ACCEPTE:
        raise ValidationError(f"Ce passage est déjà codé « {indicateur.nom} ».")
    codage = Codage.objects.create(
        recit=recit,
        indicateur=indicateur,
        bloc=bloc.cle,
        debut=debut,
        fin=fin,
        passage=bloc.texte[debut:fin],
        origine=Codage.Origine.EDITEUR,
        statut=Codage.Statut.ACCEPTE,
        decide_par=utilisateur,
        decide_le=timezone.now(),
    )
    decision = _journal(recit, DecisionCodage.Action.AJOUT, utilisateur, codage, bloc=bloc.cle)
    return Resultat(f"Passage codé « {indicateur.nom} » dans « {bloc.libelle} ».", codage, decision)


@transaction.atomic
def coder_recit(recit: RecitPage, indicateur_id, utilisateur) -> Resultat:
    """Code the whole story (a photo report has no passage to select)."""
    indicateur = _indicateur_valide(indicateur_id)
    _verrouiller(recit)
    codage = (
        Codage.objects.filter(recit=recit, indicateur=indicateur, bloc="", debut__isnull=True)
        .exclude(origine=Codage.Origine.CONTRIBUTEUR)
        .first()
    )
    if codage is not None and codage.statut == Codage.Statut.ACCEPTE:
        raise ValidationError(f"Le récit entier est déjà codé « {indicateur.nom} ».")
    if codage is None:
        codage = Codage(recit=recit, indicateur=indicateur, origine=Codage.Origine.EDITEUR)
        action, avant = DecisionCodage.Action.AJOUT, None
    else:
        action = (
            DecisionCodage.Action.ACCEPTATION
            if codage.origine == Codage.Origine.ASSISTANT
            else DecisionCodage.Action.AJOUT
        )
        avant = _etat(codage)
    codage.statut = Codage.Statut.ACCEPTE
    codage.decide_par = utilisateur
    codage.decide_le = timezone.now()
    codage.save()
    decision = _journal(recit, action, utilisateur, codage, recit_entier=True, avant=avant)
    return Resultat(f"Le récit entier est codé « {indicateur.nom} ».", codage, decision)


def ancrer_suggestion(recit: RecitPage, codage: Codage) -> None:
    """A helper suggestion counts offsets in the whole text: point it into its block instead."""
    if codage.bloc or codage.debut is None:
        return
    phrase = (codage.passage or "").strip()
    for bloc in blocs_du_recit(texte_courant(recit)):
        trouve = trouver_dans_bloc(bloc.texte, phrase)
        if trouve:
            codage.bloc, (codage.debut, codage.fin) = bloc.cle, trouve
            codage.passage = bloc.texte[trouve[0] : trouve[1]]
            return
    # The sentence spans blocks (a heading glued on) or is gone: the story as a whole.
    codage.debut = codage.fin = None


def _codage_du_recit(recit: RecitPage, codage_id) -> Codage:
    try:
        return Codage.objects.select_related("indicateur").get(pk=int(codage_id), recit=recit)
    except (TypeError, ValueError, Codage.DoesNotExist) as exc:
        raise ValidationError(
            "Ce codage n'existe plus (quelqu'un l'a peut-être retiré) : rechargez la page."
        ) from exc


@transaction.atomic
def decider_suggestion(recit: RecitPage, codage_id, accepter: bool, utilisateur) -> Resultat:
    """Accept or reject one suggestion (the helper's or the contributor's) in one action."""
    _verrouiller(recit)
    codage = _codage_du_recit(recit, codage_id)
    if codage.origine == Codage.Origine.EDITEUR:
        raise ValidationError("Ce codage vient de l'équipe : retirez-le plutôt que de le rejeter.")
    if codage.statut != Codage.Statut.SUGGERE:
        raise ValidationError(
            f"La suggestion « {codage.indicateur.nom} » a déjà été "
            f"{'acceptée' if codage.statut == Codage.Statut.ACCEPTE else 'rejetée'}."
        )
    avant = _etat(codage)
    if codage.origine == Codage.Origine.CONTRIBUTEUR:
        # The contributor's own reading stays as it was; the team's decision is a new coding.
        if not accepter:
            decision = _journal(
                recit, DecisionCodage.Action.REJET, utilisateur, codage, lecture="contributeur"
            )
            return Resultat(
                f"Lecture du contributeur « {codage.indicateur.nom} » non retenue.",
                codage,
                decision,
            )
        return coder_recit(recit, codage.indicateur_id, utilisateur)
    if accepter:
        ancrer_suggestion(recit, codage)
    codage.statut = Codage.Statut.ACCEPTE if accepter else Codage.Statut.REJETE
    codage.decide_par = utilisateur
    codage.decide_le = timezone.now()
    codage.save()
    action = DecisionCodage.Action.ACCEPTATION if accepter else DecisionCodage.Action.REJET
    decision = _journal(recit, action, utilisateur, codage, avant=avant)
    verbe = "acceptée" if accepter else "rejetée"
    return Resultat(f"Suggestion « {codage.indicateur.nom} » {verbe}.", codage, decision)


@transaction.atomic
def retirer_codage(recit: RecitPage, codage_id, utilisateur) -> Resultat:
    """Remove a coding: a team coding goes (kept in the history), an accepted suggestion is
    rejected (the helper's evaluation needs it)."""
    _verrouiller(recit)
    codage = _codage_du_recit(recit, codage_id)
    if codage.statut != Codage.Statut.ACCEPTE:
        raise ValidationError("Seul un codage retenu peut être retiré.")
    avant = _etat(codage)
    nom = codage.indicateur.nom
    if codage.origine == Codage.Origine.EDITEUR:
        decision = _journal(
            recit,
            DecisionCodage.Action.SUPPRESSION,
            utilisateur,
            codage,
            avant=avant,
            origine=codage.origine,
        )
        codage.delete()
        codage = None
    else:
        codage.statut = Codage.Statut.REJETE
        codage.decide_par = utilisateur
        codage.decide_le = timezone.now()
        codage.citation = False
        codage.save()
        decision = _journal(
            recit, DecisionCodage.Action.SUPPRESSION, utilisateur, codage, avant=avant
        )
    return Resultat(f"Codage « {nom} » retiré.", codage, decision)


@transaction.atomic
def marquer_citation(
    recit: RecitPage, codage_id, citation: bool, utilisateur, note: str = ""
) -> Resultat:
    """Mark a coded passage as a quote for the report (with the team's note), or unmark it."""
    note = (note or "").strip()
    if len(note) > LONGUEUR_MAX_NOTE:
        raise ValidationError(f"La note fait {len(note)} caractères : {LONGUEUR_MAX_NOTE} au plus.")
    _verrouiller(recit)
    codage = _codage_du_recit(recit, codage_id)
    if citation and (codage.statut != Codage.Statut.ACCEPTE or not codage.passage):
        raise ValidationError("Seul un passage codé et retenu peut devenir une citation.")
    avant = _etat(codage)
    codage.citation = citation
    if citation:
        codage.note = note
    codage.save(update_fields=["citation", "note"])
    action = DecisionCodage.Action.CITATION if citation else DecisionCodage.Action.CITATION_RETIREE
    decision = _journal(recit, action, utilisateur, codage, avant=avant, note=codage.note)
    texte = "Passage marqué comme citation pour le rapport." if citation else "Citation retirée."
    return Resultat(texte, codage, decision)


def _remettre(codage: Codage, etat: dict) -> None:
    for champ in ("statut", "bloc", "debut", "fin", "passage", "citation", "note", "a_revoir"):
        setattr(codage, champ, etat[champ])
    codage.decide_par_id = etat["decide_par"]
    codage.decide_le = etat["decide_le"]


@transaction.atomic
def annuler_derniere(recit: RecitPage, utilisateur) -> Resultat:
    """Undo this editor's last decision on the story that is not undone yet."""
    _verrouiller(recit)
    annulees = [
        d.get("annule")
        for d in DecisionCodage.objects.filter(
            recit=recit, action=DecisionCodage.Action.ANNULATION
        ).values_list("details", flat=True)
    ]
    derniere = (
        DecisionCodage.objects.filter(recit=recit, utilisateur=utilisateur, action__in=ANNULABLES)
        .exclude(pk__in=[a for a in annulees if a])
        .select_related("codage", "indicateur")
        .order_by("-pk")
        .first()
    )
    if derniere is None:
        raise ValidationError("Aucune décision de votre part à annuler sur ce récit.")
    avant = derniere.details.get("avant")
    codage = derniere.codage
    if derniere.action == DecisionCodage.Action.SUPPRESSION and codage is None:
        codage = Codage(
            pk=derniere.details.get("codage"),
            recit=recit,
            indicateur=derniere.indicateur,
            origine=derniere.details.get("origine", Codage.Origine.EDITEUR),
        )
        _remettre(codage, avant)
        codage.save(force_insert=True)
        DecisionCodage.objects.filter(
            recit=recit, codage__isnull=True, details__codage=codage.pk
        ).update(codage=codage)
    elif codage is None:
        raise ValidationError("Le codage de cette décision n'existe plus : rien à annuler.")
    elif derniere.action == DecisionCodage.Action.AJOUT and not avant:
        decision = _journal(
            recit, DecisionCodage.Action.ANNULATION, utilisateur, codage, annule=derniere.pk
        )
        codage.delete()
        return Resultat(
            f"Annulé : {derniere.get_action_display().lower()} « {derniere.indicateur} ».",
            None,
            decision,
        )
    else:
        _remettre(codage, avant)
        codage.save()
    decision = _journal(
        recit, DecisionCodage.Action.ANNULATION, utilisateur, codage, annule=derniere.pk
    )
    return Resultat(
        f"Annulé : {derniere.get_action_display().lower()} « {derniere.indicateur} ».",
        codage,
        decision,
    )


@transaction.atomic
def reancrer_a_la_main(
    recit: RecitPage, codage_id, cle: str, passage: str, utilisateur
) -> Resultat:
    """Point a coding marked « à revoir » at its passage as it now reads."""
    _verrouiller(recit)
    codage = _codage_du_recit(recit, codage_id)
    bloc, debut, fin = valider_passage(recit, cle, None, None, passage)
    avant = _etat(codage)
    codage.bloc, codage.debut, codage.fin = bloc.cle, debut, fin
    codage.passage = bloc.texte[debut:fin]
    codage.a_revoir = False
    codage.save()
    decision = _journal(
        recit, DecisionCodage.Action.REANCRAGE, utilisateur, codage, avant=avant, main=True
    )
    return Resultat(f"Passage réancré dans « {bloc.libelle} ».", codage, decision)
