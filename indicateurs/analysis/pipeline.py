"""spaCy side of the helper: the registered component, the model cache, doc extraction.

This is the only module that imports spaCy; it is imported lazily by the worker, the
management commands and the benchmark, never by the web process.
"""

from __future__ import annotations

from typing import Any

import spacy
from django.conf import settings
from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, IS_STOP, LEMMA, LENGTH, LIKE_NUM, LOWER
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .noms import trouver_noms
from .regles import Entree, lire_lexique

NOM_COMPOSANT = "recits_indicateurs"

REFLEXIFS = ["se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"]
DETERMINANTS = [
    "le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "d’", "au", "aux",
    "son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos",
    "ce", "cet", "cette", "ces",
]  # fmt: skip
# Words that, with "ne", make a clause negative; some also negate on their own before a clue.
PARTICULES_NEGATIVES = {"pas", "plus", "jamais", "rien", "guère", "point", "aucun", "aucune"}
SUJETS_NEGATIFS = {"personne", "rien", "aucun", "aucune", "nul", "nulle"}
NEGATEURS_AVANT = {"sans", "aucun", "aucune", "jamais", "ni", "nul", "nulle"}
# "On n'a plus besoin de prendre la voiture": a negated need or obligation is good news.
CONTRAINTES = {"besoin", "falloir", "devoir", "obliger", "obligé", "forcé"}

if not Doc.has_extension("recits_indices"):
    # No mutable default: the component sets a fresh list on every doc.
    Doc.set_extension("recits_indices", default=None)


class ComposantIndicateurs:
    """Finds the lexicon expressions of every indicator on lemmas, and flags negated ones."""

    def __init__(self, nlp: Language, name: str, lexiques: dict[str, str]):
        self.nlp = nlp
        self.name = name
        self.lexiques: dict[str, str] = {}
        self.matchers: list = []
        self.entrees: dict[str, tuple[str, Entree]] = {}
        self._compiles: dict[tuple, tuple[list, dict]] = {}
        self.charger(lexiques)

    def charger(self, lexiques: dict[str, str]) -> None:
        """(Re)build the patterns from the lexicons ({slug: lexicon text}).

        The last few compiled sets are kept, so switching back and forth is free.
        """
        cle_cache = tuple(sorted(lexiques.items()))
        self.lexiques = dict(lexiques)
        if cle_cache not in self._compiles:
            if len(self._compiles) >= 4:
                self._compiles.pop(next(iter(self._compiles)))
            self._compiles[cle_cache] = self._compiler(lexiques)
        self.matchers, self.entrees = self._compiles[cle_cache]

    def _compiler(self, lexiques: dict[str, str]) -> tuple[list, dict]:
        """Plain expressions go to two PhraseMatchers (lemmas, exact words), which are fast;
        expressions with a gap or a reflexive pronoun go to a token Matcher."""
        sur_lemmes = PhraseMatcher(self.nlp.vocab, attr="LEMMA")
        sur_mots = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        motifs = Matcher(self.nlp.vocab)
        entrees: dict[str, tuple[str, Entree]] = {}
        a_lemmatiser: list[str] = []
        lues: list[tuple[str, Entree]] = []
        for slug, texte in sorted(lexiques.items()):
            for entree in lire_lexique(texte):
                lues.append((slug, entree))
                a_lemmatiser.extend(entree.morceaux)
        utiles = [n for n in self.nlp.pipe_names if n not in (self.name, "ner", "parser")]
        with self.nlp.select_pipes(enable=utiles):
            docs = dict(zip(a_lemmatiser, self.nlp.pipe(a_lemmatiser), strict=True))
        for numero, (slug, entree) in enumerate(lues):
            cle = f"{slug}#{numero}"
            morceaux = [docs[m] for m in entree.morceaux]
            if not morceaux or not len(morceaux[0]):
                continue
            entrees[cle] = (slug, entree)
            if len(morceaux) == 1 and not _reflexif(morceaux[0]):
                brut = self.nlp.make_doc(entree.morceaux[0])
                # Lemmas guessed out of context can differ from those in a sentence: the
                # entry's own words, taken as lemmas, are a second chance.
                mots = [t.text for t in brut]
                tel_quel = Doc(
                    self.nlp.vocab,
                    words=mots,
                    spaces=[bool(t.whitespace_) for t in brut],
                    lemmas=[m.lower() for m in mots],
                )
                sur_lemmes.add(cle, [morceaux[0], tel_quel])
                sur_mots.add(cle, [brut])
            else:
                motifs.add(cle, _motifs(entree, morceaux))
        return [m for m in (sur_lemmes, sur_mots, motifs) if len(m)], entrees

    def __call__(self, doc: Doc) -> Doc:
        par_slug: dict[str, list[Span]] = {}
        trouves = {m for matcher in self.matchers for m in matcher(doc)}
        for cle_id, debut, fin in sorted(trouves):
            cle = self.nlp.vocab.strings[cle_id]
            slug, _entree = self.entrees[cle]
            par_slug.setdefault(slug, []).append(Span(doc, debut, fin, label=cle))
        indices = []
        for slug, spans in par_slug.items():
            for span in filter_spans(spans):
                _slug, entree = self.entrees[span.label_]
                nie = not entree.meme_negatif and est_nie(span)
                role = not nie and decrit_personne(span)
                indices.append(
                    (span.start, span.end, slug, entree.expression, entree.poids, nie, role)
                )
        indices.sort()
        doc._.recits_indices = indices
        return doc


@Language.factory(NOM_COMPOSANT, default_config={"lexiques": {}})
def creer_composant_indicateurs(nlp: Language, name: str, lexiques: dict[str, str]):
    """Registered factory, so the component lives in the pipeline the spaCy way."""
    return ComposantIndicateurs(nlp, name, lexiques)


def _reflexif(doc: Doc) -> bool:
    return len(doc) > 1 and doc[0].lower_ in ("se", "s'", "s’")


def _motif_jeton(jeton) -> dict[str, Any]:
    basse = jeton.lower_.replace("’", "'")
    if basse in DETERMINANTS:
        return {"LOWER": {"IN": DETERMINANTS}}
    variantes = sorted({jeton.lemma_.lower(), basse})
    return {"LEMMA": variantes[0]} if len(variantes) == 1 else {"LEMMA": {"IN": variantes}}


def _motifs(entree: Entree, docs: list[Doc]) -> list[list[dict[str, Any]]]:
    """Token patterns for one entry: one on lemmas, one on the exact lower-case words."""
    sur_lemmes: list[dict[str, Any]] = []
    sur_mots: list[dict[str, Any]] = []
    for position, doc in enumerate(docs):
        if position:
            ecart = {"OP": "{0,3}", "IS_PUNCT": False}
            sur_lemmes.append(ecart)
            sur_mots.append(ecart)
        jetons = list(doc)
        if position == 0 and _reflexif(doc):
            prefixe = [
                {"LOWER": {"IN": REFLEXIFS}},
                {"LOWER": {"IN": ["y", "en"]}, "OP": "?"},
                {"LEMMA": {"IN": ["être", "avoir"]}, "OP": "?"},
            ]
            sur_lemmes.extend(prefixe)
            sur_mots.extend(prefixe)
            jetons = jetons[1:]
        for jeton in jetons:
            sur_lemmes.append(_motif_jeton(jeton))
            sur_mots.append({"LOWER": jeton.lower_})
    if not sur_lemmes:
        return []
    return [sur_lemmes, sur_mots] if sur_mots != sur_lemmes else [sur_lemmes]


def est_nie(span: Span) -> bool:
    """True when the clue sits in a negative clause (ne … plus, personne ne…, sans, aucun…)."""
    doc = span.doc
    phrase = span.sent
    # A negator just before the clue, in the same stretch of the sentence.
    i, vus = span.start - 1, 0
    while i >= phrase.start and vus < 3:
        jeton = doc[i]
        if jeton.is_punct:
            break
        if jeton.lower_ in NEGATEURS_AVANT:
            return True
        i, vus = i - 1, vus + 1
    # Verbal negation on the verb (or predicate) that governs the clue, from the parse.
    gouverneur = span.root
    for _ in range(4):
        if gouverneur.pos_ in ("VERB", "AUX") or gouverneur.dep_ == "ROOT":
            break
        gouverneur = gouverneur.head
    verbes = [gouverneur]
    if gouverneur.dep_ == "xcomp":
        verbes.append(gouverneur.head)
    avant = doc[phrase.start : span.start]
    if any(j.lemma_ in CONTRAINTES for j in avant):
        return False
    # « Pourquoi ne pas redynamiser le village ? » proposes it: no negation.
    if any(
        j.lower_ == "pourquoi"
        and j.i + 1 < span.start
        and doc[j.i + 1].lower_ in ("ne", "n'", "n’")
        for j in avant
    ):
        return False
    for verbe in verbes:
        enfants = {e.lower_ for e in verbe.children}
        if enfants & {"ne", "n'", "n’"} and enfants & (PARTICULES_NEGATIVES | SUJETS_NEGATIFS):
            return True
    return False


def decrit_personne(span: Span) -> bool:
    """True for a role noun in apposition to a named person (« Ghislaine Caron, bénévole de
    l'association », « Bruno, agriculteur à la retraite »): it says who speaks, not what the
    place does."""
    if span.root.pos_ != "NOUN":
        return False
    doc, phrase = span.doc, span.sent
    i = span.start - 1
    # « X, la présidente », « X, jeune retraité »
    while i >= phrase.start and span.start - i <= 2 and doc[i].pos_ in ("DET", "ADJ"):
        i -= 1
    if i - 1 >= phrase.start and doc[i].text == ",":
        avant = doc[i - 1]
        if avant.pos_ == "PROPN" or avant.ent_type_ == "PER":
            return True
    return span.root.dep_ == "appos" and span.root.head.pos_ == "PROPN"


# Negation words become one feature of the trained classifier (« ne … plus seul »).
NEGATIONS_TRAITS = {"pas", "plus", "jamais", "aucun", "aucune", "rien", "sans", "guère", "ni"}

_MODELES: dict[str, Language] = {}


def charger_nlp(lexiques: dict[str, str], modele: str | None = None) -> Language:
    """The pipeline for this process: loaded once, its patterns refreshed when lexicons change."""
    modele = modele or settings.RECITS_MODELE_SPACY
    nlp = _MODELES.get(modele)
    if nlp is None:
        nlp = spacy.load(modele)
        nlp.max_length = max(nlp.max_length, settings.RECITS_ANALYSE_MAX_CARACTERES + 1000)
        nlp.add_pipe(NOM_COMPOSANT, config={"lexiques": lexiques})
        _MODELES[modele] = nlp
    composant = nlp.get_pipe(NOM_COMPOSANT)
    if composant.lexiques != lexiques:
        composant.charger(lexiques)
    return nlp


def charger_modele_brut(modele: str | None = None) -> Language:
    """The plain model, without the helper (the benchmark's baseline)."""
    return spacy.load(modele or settings.RECITS_MODELE_SPACY)


def extraire(doc: Doc, decalage: int = 0, lecture: bool = True) -> dict[str, list]:
    """Plain data from an analysed doc, offsets shifted by `decalage` (for long texts in parts).

    `lecture=False` skips the tokens and vectors only a trained model reads.
    """
    phrases = []
    for phrase in doc.sents:
        # A heading on its own line is never glued to the sentence under it.
        position = phrase.start_char
        for ligne in phrase.text.split("\n"):
            texte = ligne.strip()
            if texte:
                debut = position + ligne.index(texte[0])
                phrases.append((decalage + debut, decalage + debut + len(texte)))
            position += len(ligne) + 1
        if not phrase.text.strip():
            phrases.append((decalage + phrase.start_char, decalage + phrase.end_char))
    indices = []
    for debut, fin, slug, expression, poids, nie, role in doc._.recits_indices or []:
        span = doc[debut:fin]
        indices.append(
            {
                "slug": slug,
                "expression": expression,
                "poids": poids,
                "texte": span.text,
                "debut": decalage + span.start_char,
                "fin": decalage + span.end_char,
                "nie": nie,
                "role": role,
            }
        )
    jetons, somme = lire_jetons(doc, decalage) if lecture else ([], None)
    noms = [
        {**nom, "debut": decalage + nom["debut"], "fin": decalage + nom["fin"]}
        for nom in trouver_noms(doc)
    ]
    return {
        "phrases": phrases,
        "indices": indices,
        "noms": noms,
        "jetons": jetons,
        "vecteur": somme,
    }


Jeton = tuple[str, int, int, bool]


def lire_jetons_directs(doc: Doc, decalage: int = 0) -> tuple[list[Jeton], Any]:
    """The classifier's reading of a doc, token by token: the reference `lire_jetons` keeps."""
    jetons = []
    somme = None
    for jeton in doc:
        if jeton.is_punct or jeton.is_space:
            continue
        basse = jeton.lower_
        if basse in NEGATIONS_TRAITS:
            lemme, plein = "NEG", True
        else:
            lemme = jeton.lemma_.lower().replace("’", "'")
            plein = jeton.is_alpha and not jeton.is_stop and len(basse) > 1
            if jeton.like_num:
                lemme, plein = "<nombre>", True
        jetons.append((lemme, decalage + jeton.idx, decalage + jeton.idx + len(jeton), plein))
        if plein and jeton.has_vector:
            somme = jeton.vector.copy() if somme is None else somme + jeton.vector
    return jetons, somme


# (lower, lemma, alpha, stop, number) -> (feature lemma, content word), and key -> vector.
_LECTURES: dict[tuple[int, int, int, int, int], tuple[str, bool]] = {}
_VECTEURS: dict[int, Any] = {}


def lire_jetons(doc: Doc, decalage: int = 0) -> tuple[list[Jeton], Any]:
    """Same as `lire_jetons_directs`, from `doc.to_array` and per-word caches (3× faster).

    The vectors are added one by one in token order, as the direct reading does, so the
    float32 sum is the same to the bit.
    """
    vocab = doc.vocab
    vecteurs = vocab.vectors
    if doc.user_token_hooks or vecteurs.size == 0:
        return lire_jetons_directs(doc, decalage)
    if len(_LECTURES) > 200_000:
        _LECTURES.clear()
    if len(_VECTEURS) > 200_000:
        _VECTEURS.clear()
    chaines = vocab.strings
    tableau = doc.to_array(
        [IS_PUNCT, IS_SPACE, LOWER, LEMMA, IS_ALPHA, IS_STOP, LIKE_NUM, IDX, LENGTH, vecteurs.attr]
    )
    jetons: list[Jeton] = []
    somme = None
    for ponct, espace, basse, lemme_id, alpha, vide, nombre, idx, longueur, cle in tableau.tolist():
        if ponct or espace:
            continue
        lecture = _LECTURES.get((basse, lemme_id, alpha, vide, nombre))
        if lecture is None:
            texte_bas = chaines[basse]
            if texte_bas in NEGATIONS_TRAITS:
                lecture = ("NEG", True)
            elif nombre:
                lecture = ("<nombre>", True)
            else:
                lemme = chaines[lemme_id].lower().replace("’", "'")
                lecture = (lemme, bool(alpha) and not vide and len(texte_bas) > 1)
            _LECTURES[(basse, lemme_id, alpha, vide, nombre)] = lecture
        jetons.append((lecture[0], decalage + idx, decalage + idx + longueur, lecture[1]))
        if lecture[1]:
            vecteur = _VECTEURS.get(cle)
            if vecteur is None:
                vecteur = vocab.get_vector(cle) if vocab.has_vector(cle) else False
                _VECTEURS[cle] = vecteur
            if vecteur is not False:
                somme = vecteur.copy() if somme is None else somme + vecteur
    return jetons, somme
