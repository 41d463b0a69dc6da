"""Text helpers shared by the index and the search: accent folding and light French stemming.

SQLite's FTS5 knows no French, so every searchable text is indexed in a folded, stemmed
form and queries are folded the same way: *épiceries*, *Épicerie* and *epicerie* all
become ``epiceri``. The result is still fed to PostgreSQL's ``french`` configuration,
which stems both sides alike.
"""

import re
import unicodedata

from django.utils.html import strip_tags

# Longest query we analyse: a search box never needs more; beyond it we cut.
MAX_QUERY_CHARS = 200
MAX_QUERY_TERMS = 12

_WORD_RE = re.compile(r"[a-z0-9]+")
_ELISION_RE = re.compile(r"\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)


def replier_accents(texte: str) -> str:
    """Lower-case and strip diacritics so that *Épicerie* and *epicerie* compare equal."""
    texte = texte.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae")
    decompose = unicodedata.normalize("NFKD", texte)
    return "".join(c for c in decompose if not unicodedata.combining(c)).lower()


def raciniser(mot: str) -> str:
    """Reduce a folded French word to a crude stem shared by its plural and feminine forms."""
    if len(mot) <= 3 or mot.isdigit():
        return mot
    if mot.endswith("aux") and len(mot) > 4:
        mot = mot[:-3] + "al"
    elif mot[-1] in "sx":
        mot = mot[:-1]
    if len(mot) > 3 and mot.endswith("e"):
        mot = mot[:-1]
    if len(mot) > 4 and mot.endswith("ie"):
        mot = mot[:-1]
    return mot


def mots_normalises(texte: str) -> list[str]:
    """Split a text into folded, stemmed words, dropping elided articles (l', d', qu'…)."""
    texte = _ELISION_RE.sub(" ", texte)
    return [raciniser(m) for m in _WORD_RE.findall(replier_accents(texte))]


def normaliser(texte: str) -> str:
    """Return the searchable form of a text: folded, stemmed words separated by spaces."""
    return " ".join(mots_normalises(strip_tags(texte or "")))


def couper_requete(requete: str) -> str:
    """Cut a query to MAX_QUERY_CHARS without leaving half a word at the end."""
    requete = requete or ""
    if len(requete) <= MAX_QUERY_CHARS:
        return requete
    coupe = requete[:MAX_QUERY_CHARS]
    if not requete[MAX_QUERY_CHARS].isspace() and " " in coupe:
        coupe = coupe.rsplit(" ", 1)[0]
    return coupe


def normaliser_requete(requete: str) -> str:
    """Fold and stem a visitor's query, bounded so that a huge query stays cheap."""
    mots = mots_normalises(couper_requete(requete))
    uniques = list(dict.fromkeys(m for m in mots if m))
    return " ".join(uniques[:MAX_QUERY_TERMS])


def lignes(texte: str) -> list[str]:
    """Non-empty, stripped lines of a one-entry-per-line field (questions, lexicons)."""
    return [ligne.strip() for ligne in (texte or "").splitlines() if ligne.strip()]


def une_ligne(texte: str) -> str:
    """One line of plain text: control characters and line breaks become single spaces.

    Titles and names end up in e-mail subjects (Wagtail's moderation notices, ours), where
    a CR or LF is refused (BadHeaderError) and the notice is silently lost.
    """
    propre = "".join(
        " " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in texte or ""
    )
    return " ".join(propre.split())
