"""French articles and contractions for place names: « du Café de la Fontaine », « à l'Épicerie ».

A name that starts with its own article (« La Remise », « L'Atelier des Lavandes ») carries
it; otherwise the place's `article` field says which one it takes (« le » Café de la
Fontaine, « la » Boulangerie du Vieux Four, none for a proper name like « Chez Paulette »).
"""

from __future__ import annotations

import unicodedata

LE, LA, L_APOSTROPHE, LES, AUCUN = "le", "la", "l'", "les", ""
ARTICLES = (
    (LE, "le (masculin : le Café de la Fontaine)"),
    (LA, "la (féminin : la Boulangerie du Vieux Four)"),
    (L_APOSTROPHE, "l' (devant une voyelle : l'Épicerie du Lavoir)"),
    (LES, "les (pluriel : les Halles)"),
    (AUCUN, "aucun (nom propre : Chez Paulette)"),
)
DE = {LE: "du ", LA: "de la ", L_APOSTROPHE: "de l'", LES: "des ", AUCUN: "de "}
A = {LE: "au ", LA: "à la ", L_APOSTROPHE: "à l'", LES: "aux ", AUCUN: "à "}
# Feminine first words of the demo and of the usual kinds of places (others default to « le »).
FEMININS = {
    "auberge",
    "boulangerie",
    "boutique",
    "brasserie",
    "cantine",
    "epicerie",
    "ferme",
    "forge",
    "fromagerie",
    "guinguette",
    "halle",
    "librairie",
    "maison",
    "remise",
    "superette",
    "table",
    "taverne",
    "cooperative",
    "creperie",
    "boucherie",
    "poste",
}
VOYELLES = "aeiouyh"


def _sans_accent(mot: str) -> str:
    return unicodedata.normalize("NFKD", mot).encode("ascii", "ignore").decode().lower()


def separer(nom: str, article: str) -> tuple[str, str]:
    """(article, rest of the name): the name's own leading article wins over the field."""
    for propre in ("L'", "L’"):
        if nom[:2].upper() == propre.upper() and len(nom) > 2:
            return L_APOSTROPHE, nom[2:]
    premier, _, reste = nom.partition(" ")
    if reste and premier.lower() in (LE, LA, LES):
        return premier.lower(), reste
    return article, nom


def article_probable(nom: str) -> str:
    """A first guess at the article a name takes, for the data migration and new places."""
    article, reste = separer(nom, "?")
    if article != "?":
        return article
    premier = _sans_accent(reste.split(" ", 1)[0])
    if not premier or nom[:1].isdigit() or premier in ("chez", "au", "aux"):
        return AUCUN
    if premier[0] in VOYELLES:
        return L_APOSTROPHE
    return LA if premier in FEMININS else LE


def avec_article(nom: str, article: str, formes: dict[str, str] | None = None) -> str:
    """The name behind its article (formes=None) or the article's contraction (DE, A)."""
    article, reste = separer(nom, article)
    if formes is None:
        if article in (L_APOSTROPHE, AUCUN):
            return article + reste
        return f"{article} {reste}"
    if formes is DE and article == AUCUN and _sans_accent(reste[:1]) in "aeiouy":
        return "d'" + reste
    return formes[article] + reste
