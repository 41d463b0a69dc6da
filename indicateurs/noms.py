"""Person names in a story and their pseudonymisation, before anything is published.

The helper lists the names it found (`Analyse.noms`); editors add those it missed and decide
name by name. A decision rewrites the story's own text (a new revision, and the public row
when the page is live), so every public output and every export reads pseudonymised text;
the raw `collecte.Contribution` keeps the original, for editors only.

Matching is whole-word, blind to accents and case, but a match must start with a capital
(« Rose » the person, not « rose » the flower); a civility (« Mme », « M. ») before a name
goes with it, and each word of a several-word name is also replaced on its own (« Delorme »
alone, once « Ginette Delorme » is decided).
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from recits.models import RecitPage

from .models import Analyse, Codage, DecisionCodage, NomPersonne

RETIRE = "[…]"
LONGUEUR_MAX = 200
CIVILITES = r"(?:M\.|MM\.|Mme|Mmes|Mlle|Mr|Monsieur|Madame|Mademoiselle|Mr\.)"
PARTICULES = {"de", "du", "des", "d", "le", "la", "les", "van", "von", "di", "da"}
PRENOMS_SUGGERES = [
    "Claire", "Louise", "Jeanne", "Lucie", "Marthe", "Simone", "Agathe", "Berthe", "Élise",
    "Yvette", "Paul", "Louis", "Henri", "Jules", "Marcel", "René", "Gaston", "Albert",
    "Lucien", "Émile",
]  # fmt: skip
_VARIANTES = {
    "a": "aàâäá",
    "e": "eéèêë",
    "i": "iîïí",
    "o": "oôöó",
    "u": "uùûüú",
    "c": "cç",
    "y": "yÿ",
    "n": "nñ",
}
_BALISE = re.compile(r"(<[^>]*>)")


class NomInvalide(ValueError):
    """A name or a decision an editor cannot record (the message is shown as is)."""


def sans_accents(texte: str) -> str:
    """Lower case without diacritics, for comparing names."""
    decompose = unicodedata.normalize("NFD", texte)
    return "".join(c for c in decompose if not unicodedata.combining(c)).lower()


def _motif_mot(mot: str) -> str:
    morceaux = []
    for car in mot:
        base = sans_accents(car)
        if base in _VARIANTES:
            morceaux.append(f"[{_VARIANTES[base]}]")
        elif car.isspace():
            morceaux.append(r"\s+")
        elif car in "'’":
            morceaux.append("['’]")
        elif car in "-‐‑":
            morceaux.append("[-‐‑]")
        else:
            morceaux.append(re.escape(car))
    return "".join(morceaux)


def _coeur(nom: str) -> str:
    """The name without a leading civility (« Mme Delorme » → « Delorme »)."""
    return re.sub(rf"^{CIVILITES}\s+", "", nom.strip()).strip()


def _mots(nom: str) -> list[str]:
    """The words of a name that identify someone alone (no particles, no initials)."""
    return [
        m
        for m in re.split(r"\s+", _coeur(nom))
        if len(m.rstrip(".")) > 1 and sans_accents(m) not in PARTICULES and m[:1].isupper()
    ]


def initiale(nom: str) -> str:
    """« Ginette » → « G. », « Jean-Pierre Roux » → « J.-P. R. »."""
    return " ".join(
        "-".join(f"{partie[:1].upper()}." for partie in mot.split("-") if partie)
        for mot in _mots(nom) or [_coeur(nom)]
    )


def prenom_suggere(nom: str, deja_pris: Iterable[str] = ()) -> str:
    """A first name to offer as pseudonym: stable for a name, never one already in the story."""
    pris = {sans_accents(p) for p in deja_pris} | {sans_accents(m) for m in _mots(nom)}
    depart = int(hashlib.sha256(sans_accents(nom).encode()).hexdigest(), 16)
    for rang in range(len(PRENOMS_SUGGERES)):
        prenom = PRENOMS_SUGGERES[(depart + rang) % len(PRENOMS_SUGGERES)]
        if sans_accents(prenom) not in pris:
            return prenom
    return "Camille"


@dataclass(frozen=True)
class Regle:
    """How one decided name is rewritten: a regex and what each matched form becomes."""

    motif: re.Pattern
    remplacements: dict[str, str]  # accent-free lower form of the matched name → new text
    retire: bool

    def appliquer(self, texte: str) -> str:
        """The text with every occurrence replaced (civility kept unless the name goes)."""

        def remplacer(m: re.Match) -> str:
            trouve = m.group("nom")
            if not trouve[:1].isupper():
                return m.group(0)
            nouveau = self.remplacements.get(sans_accents(re.sub(r"\s+", " ", trouve)))
            if nouveau is None:
                return m.group(0)
            civilite = m.group("civ") or ""
            if self.retire:
                return RETIRE
            if nouveau.endswith(".") and m.group("suite"):
                nouveau = nouveau[:-1]  # « avec G. » at the end of a sentence, not « G.. »
            return f"{civilite}{nouveau}"

        return self.motif.sub(remplacer, texte)


def regle(nom: NomPersonne | str, decision: str, remplacement: str = "") -> Regle | None:
    """The rewrite rule of one decision, or None when the name stays as it is."""
    texte = nom.nom if isinstance(nom, NomPersonne) else nom
    if decision in (NomPersonne.Decision.GARDER, NomPersonne.Decision.A_DECIDER):
        return None
    coeur = _coeur(texte)
    mots = _mots(texte)
    formes: dict[str, str] = {}
    retire = decision == NomPersonne.Decision.RETIRER
    if decision == NomPersonne.Decision.INITIALE:
        formes[coeur] = initiale(coeur)
        for mot in mots:
            formes.setdefault(mot, initiale(mot))
    else:
        formes[coeur] = remplacement or RETIRE
        parties = remplacement.split()
        for rang, mot in enumerate(mots):
            if retire:
                valeur = RETIRE
            elif len(parties) == len(mots):
                valeur = parties[rang]
            else:
                valeur = remplacement
            formes.setdefault(mot, valeur)
    cles = sorted(formes, key=len, reverse=True)
    alternatives = "|".join(_motif_mot(c) for c in cles)
    motif = re.compile(
        rf"(?<![\w-])(?P<civ>{CIVILITES}\s+)?(?P<nom>{alternatives})(?![\w-])(?=(?P<suite>\.?))",
        re.IGNORECASE,
    )
    return Regle(motif, {sans_accents(c): v for c, v in formes.items()}, retire)


def appliquer_regles(texte: str, regles: Iterable[Regle]) -> str:
    """Plain text with every rule applied, longest names first."""
    for r in regles:
        texte = r.appliquer(texte)
    return texte


def appliquer_regles_html(source: str, regles: list[Regle]) -> str:
    """Rich text with the rules applied to its text only, never inside tags."""
    morceaux = _BALISE.split(source)
    for i, morceau in enumerate(morceaux):
        if morceau and not morceau.startswith("<"):
            clair = html.unescape(morceau)
            nouveau = appliquer_regles(clair, regles)
            if nouveau != clair:
                morceaux[i] = html.escape(nouveau, quote=False)
    return "".join(morceaux)


def regles_du_recit(recit_id: int, noms: Iterable[NomPersonne] | None = None) -> list[Regle]:
    """The story's decided names as rules, longest first so « Ginette Delorme » wins."""
    if noms is None:
        noms = NomPersonne.objects.filter(recit_id=recit_id)
    tries = sorted(noms, key=lambda n: len(n.nom), reverse=True)
    return [r for n in tries if (r := regle(n, n.decision, n.remplacement))]


# The page's own text ------------------------------------------------------------------------

CHAMPS_TEXTE = ("title", "draft_title", "chapo", "seo_title", "search_description")


def _reecrire_flux(valeur, regles: list[Regle], html_riche: bool = False):
    """Walk a StreamField's raw data and rewrite every human-readable string in it."""
    if isinstance(valeur, str):
        if html_riche:
            return appliquer_regles_html(valeur, regles)
        return appliquer_regles(valeur, regles)
    if isinstance(valeur, list):
        return [_reecrire_flux(v, regles, html_riche) for v in valeur]
    if isinstance(valeur, dict):
        if valeur.get("type") == "video":
            return valeur
        riche = html_riche or valeur.get("type") == "paragraphe"
        return {
            cle: v if cle in ("type", "id", "image") else _reecrire_flux(v, regles, riche)
            for cle, v in valeur.items()
        }
    return valeur


def reecrire_page(page: RecitPage, regles: list[Regle]) -> bool:
    """Rewrite, in memory, every field of the page where a name can appear; True if changed."""
    if not regles:
        return False
    change = False
    for champ in CHAMPS_TEXTE:
        ancien = getattr(page, champ, "") or ""
        nouveau = appliquer_regles(ancien, regles)
        if nouveau != ancien:
            setattr(page, champ, nouveau)
            change = True
    if page.auteur_nom:
        nouveau = appliquer_regles(page.auteur_nom, regles)
        if nouveau != page.auteur_nom:
            change = True
            if RETIRE in nouveau:
                page.auteur_nom = ""
                page.signature = RecitPage.Signature.ANONYME
            else:
                page.auteur_nom = nouveau
    brut = list(page.corps.raw_data)
    nouveau_corps = _reecrire_flux(brut, regles)
    if nouveau_corps != brut:
        # A testimony whose attribution was removed becomes « Anonyme », not « […] ».
        for bloc in nouveau_corps:
            if bloc.get("type") == "temoignage" and (bloc["value"].get("nom") or "") == RETIRE:
                bloc["value"]["nom"] = ""
        page.corps = nouveau_corps
        change = True
    nouveau_slug = _slug_sans_noms(page, regles)
    if nouveau_slug != page.slug:
        page.slug = nouveau_slug
        change = True
    return change


def _slug_sans_noms(page: RecitPage, regles: list[Regle]) -> str:
    """The page's address without the names (« la-belote-de-ginette » → « la-belote-de-g »)."""
    texte = page.slug.replace("-", " ")
    for r in regles:
        # Slugs are lower case: match them against the rule as if capitalised.
        texte = re.sub(
            r"\S+",
            lambda m, r=r: slugify(r.appliquer(m.group(0).capitalize())) or "x",
            texte,
        )
    nouveau = slugify(texte.replace(" ", "-")) or "recit"
    if nouveau == page.slug:
        return nouveau
    parent = page.get_parent()
    freres = set(parent.get_children().exclude(pk=page.pk).values_list("slug", flat=True))
    candidat, rang = nouveau, 2
    while candidat in freres:
        candidat, rang = f"{nouveau}-{rang}", rang + 1
    return candidat


def texte_de_la_page(page: RecitPage) -> list[tuple[str, str]]:
    """(where, text) pairs of every place a name can appear, for occurrences in context."""
    from recits.passages import blocs_du_recit

    lieux = [("Titre", page.title)]
    if page.seo_title:
        lieux.append(("Titre pour les moteurs de recherche", page.seo_title))
    if page.search_description:
        lieux.append(("Description pour la recherche", page.search_description))
    if page.auteur_nom:
        lieux.append(("Signature", page.auteur_nom))
    lieux += [(b.libelle, b.texte) for b in blocs_du_recit(page)]
    for bloc in page.corps or []:
        if bloc.block_type == "temoignage" and bloc.value.get("nom"):
            lieux.append(("Nom affiché d'un témoignage", bloc.value.get("nom")))
        elif bloc.block_type == "galerie" and bloc.value.get("titre"):
            lieux.append(("Titre de galerie", bloc.value.get("titre")))
    return lieux


@dataclass(frozen=True)
class Occurrence:
    """One place a name appears, with a little text on each side."""

    lieu: str
    avant: str
    nom: str
    apres: str


def occurrences(nom: str, lieux: list[tuple[str, str]], contexte: int = 50) -> list[Occurrence]:
    """Where a name appears in the page's text (what a decision will rewrite)."""
    r = regle(nom, NomPersonne.Decision.INITIALE)
    trouvees = []
    if r is None:
        return trouvees
    for lieu, texte in lieux:
        for m in r.motif.finditer(texte):
            if not m.group("nom")[:1].isupper():
                continue
            debut, fin = m.span()
            trouvees.append(
                Occurrence(
                    lieu,
                    ("…" if debut > contexte else "") + texte[max(0, debut - contexte) : debut],
                    m.group(0),
                    texte[fin : fin + contexte] + ("…" if fin + contexte < len(texte) else ""),
                )
            )
    return trouvees


# Services ----------------------------------------------------------------------------------


def synchroniser_noms(recit_id: int) -> int:
    """Add the names the helper found that the story does not list yet; decisions stay."""
    analyse = Analyse.objects.filter(recit_id=recit_id).only("noms").first()
    if analyse is None or not isinstance(analyse.noms, list):
        return 0
    existants = list(NomPersonne.objects.filter(recit_id=recit_id))
    connus = {sans_accents(n.nom) for n in existants}
    # A pseudonym the editors chose, read again by the helper, is not a new person.
    connus |= {sans_accents(n.remplacement) for n in existants if n.remplacement}
    nouveaux = []
    for entree in analyse.noms:
        texte = entree.get("nom") if isinstance(entree, dict) else entree
        if not isinstance(texte, str):
            continue
        texte = re.sub(r"\s+", " ", texte).strip()[:LONGUEUR_MAX]
        if not texte or sans_accents(texte) in connus or RETIRE in texte:
            continue
        connus.add(sans_accents(texte))
        nouveaux.append(
            NomPersonne(recit_id=recit_id, nom=texte, source=NomPersonne.Source.ASSISTANT)
        )
    NomPersonne.objects.bulk_create(nouveaux, ignore_conflicts=True)
    return len(nouveaux)


def ajouter_nom(recit: RecitPage, nom: str, utilisateur) -> NomPersonne:
    """Add a name the helper missed; it must appear in the story's current text."""
    nom = re.sub(r"\s+", " ", nom or "").strip()
    if not nom:
        raise NomInvalide("Écrivez le nom à ajouter, tel qu'il apparaît dans le récit.")
    if len(nom) > LONGUEUR_MAX:
        raise NomInvalide(f"Un nom compte au plus {LONGUEUR_MAX} caractères.")
    if not _mots(nom) and not _coeur(nom)[:1].isupper():
        raise NomInvalide("Un nom de personne commence par une majuscule.")
    page = recit.get_latest_revision_as_object()
    if not occurrences(nom, texte_de_la_page(page)):
        raise NomInvalide(f"« {nom} » n'apparaît pas dans le texte actuel du récit.")
    existants = NomPersonne.objects.filter(recit=recit)
    if any(sans_accents(n.nom) == sans_accents(nom) for n in existants):
        raise NomInvalide(f"« {nom} » est déjà dans la liste des noms de ce récit.")
    nouveau = NomPersonne.objects.create(recit=recit, nom=nom, source=NomPersonne.Source.EDITEUR)
    return nouveau


def _remplacement(nom: NomPersonne, decision: str, pseudonyme: str, lieux) -> str:
    if decision == NomPersonne.Decision.GARDER:
        return nom.nom
    if decision == NomPersonne.Decision.INITIALE:
        return initiale(nom.nom)
    if decision == NomPersonne.Decision.RETIRER:
        return ""
    pseudonyme = re.sub(r"\s+", " ", pseudonyme or "").strip()
    if not pseudonyme:
        deja = [m for _lieu, texte in lieux for m in re.findall(r"\b[A-ZÀ-Ý]\w+", texte)]
        return prenom_suggere(nom.nom, deja)
    if len(pseudonyme) > LONGUEUR_MAX or "<" in pseudonyme or ">" in pseudonyme:
        raise NomInvalide("Le pseudonyme est trop long ou contient des caractères refusés.")
    if sans_accents(pseudonyme) == sans_accents(_coeur(nom.nom)):
        raise NomInvalide("Le pseudonyme doit être différent du nom d'origine.")
    return pseudonyme


@transaction.atomic
def decider_nom(nom: NomPersonne, decision: str, utilisateur, pseudonyme: str = "") -> int:
    """Record one decision and rewrite the story's text at once; the number of texts changed.

    A name already replaced cannot be decided again here: its original no longer appears
    in the page (the contribution keeps it; the page history can restore it).
    """
    nom = NomPersonne.objects.select_for_update().get(pk=nom.pk)
    if decision not in NomPersonne.Decision.values or decision == NomPersonne.Decision.A_DECIDER:
        raise NomInvalide("Choisissez une décision : garder, pseudonyme, initiale ou retirer.")
    if nom.decision not in (NomPersonne.Decision.A_DECIDER, NomPersonne.Decision.GARDER):
        raise NomInvalide(
            f"« {nom.nom} » a déjà été remplacé dans le texte : la décision est prise. "
            "L'historique des révisions du récit permet de revenir en arrière."
        )
    recit = RecitPage.objects.select_for_update().get(pk=nom.recit_id)
    brouillon = recit.get_latest_revision_as_object()
    remplacement = _remplacement(nom, decision, pseudonyme, texte_de_la_page(brouillon))
    avant = nom.decision
    nom.decision = decision
    nom.remplacement = remplacement
    nom.decide_par = utilisateur
    nom.decide_le = timezone.now()
    nom.save(update_fields=["decision", "remplacement", "decide_par", "decide_le"])
    regles = [r for r in [regle(nom, decision, remplacement)] if r]
    changes = _reecrire_recit(recit, brouillon, regles, utilisateur) if regles else 0
    DecisionCodage.objects.create(
        recit=recit,
        action=DecisionCodage.Action.NOM,
        utilisateur=utilisateur,
        details={
            "nom_id": nom.pk,
            "decision": decision,
            "avant": avant,
            # The original name is not copied here: the history is read by every editor.
            "remplacement": remplacement,
            "textes_modifies": changes,
        },
    )
    return changes


def _reecrire_recit(recit: RecitPage, brouillon: RecitPage, regles: list[Regle], utilisateur):
    """New revision with the names replaced; the public row too, without publishing drafts."""
    en_attente = recit.has_unpublished_changes
    # Passages first: saving the revision re-anchors every coding against the new text.
    changes = _reecrire_passages(recit.pk, regles)
    if reecrire_page(brouillon, regles):
        changes += 1
        revision = brouillon.save_revision(user=utilisateur, log_action=True, clean=False)
        if recit.live and not en_attente:
            revision.publish(user=utilisateur, skip_permission_checks=True)
            recit = RecitPage.objects.get(pk=recit.pk)
    ligne = RecitPage.objects.get(pk=recit.pk)
    if reecrire_page(ligne, regles):
        # The row is what the public page, search, feed and exports read: drafts waiting for
        # moderation keep their other changes, but lose the name now.
        changes += 1
        ligne.save(clean=False)
        from wagtail.search.index import insert_or_update_object

        from recits.publication import vider_caches_publics

        insert_or_update_object(ligne)
        vider_caches_publics()
    if changes:
        from .atelier.ancrage import reancrer_codages

        reancrer_codages(
            recit.pk, RecitPage.objects.get(pk=recit.pk).get_latest_revision_as_object()
        )
    return changes


def _reecrire_passages(recit_id: int, regles: list[Regle]) -> int:
    """Coded passages take the new names before the text changes, so anchoring finds them."""
    modifies = 0
    for codage in Codage.objects.filter(recit_id=recit_id).exclude(passage=""):
        nouveau = appliquer_regles(codage.passage, regles)
        if nouveau != codage.passage:
            Codage.objects.filter(pk=codage.pk).update(passage=nouveau)
            modifies += 1
    return modifies


def noms_a_decider(recit_id: int) -> list[str]:
    """Names not decided yet (shown as a warning when the story is published)."""
    return list(
        NomPersonne.objects.filter(
            recit_id=recit_id, decision=NomPersonne.Decision.A_DECIDER
        ).values_list("nom", flat=True)
    )


def pseudonymiseur(recit_ids: Iterable[int] | None) -> Callable[[int, str], str]:
    """A function (story, text) → text with the story's decisions applied, for exports.

    Exports read the page's text, already rewritten; this is a second lock for text read
    from older rows (coded passages, drafts' titles).
    """
    par_recit: dict[int, list[NomPersonne]] = {}
    noms = NomPersonne.objects.all()
    if recit_ids is not None:
        noms = noms.filter(recit_id__in=list(recit_ids))
    for nom in noms.exclude(
        decision__in=[NomPersonne.Decision.A_DECIDER, NomPersonne.Decision.GARDER]
    ):
        par_recit.setdefault(nom.recit_id, []).append(nom)
    regles = {pk: regles_du_recit(pk, noms) for pk, noms in par_recit.items()}

    def appliquer(recit_id: int, texte: str) -> str:
        r = regles.get(recit_id)
        return appliquer_regles(texte, r) if r and texte else texte

    return appliquer
