"""Person names to pseudonymise: the model's NER plus rules, as plain data (no spaCy import).

A missed name is a person published without their consent, so the rules lean towards
recall: a name after a title (« Mme Delorme »), after a verb of speech (« raconte
Mathis »), in an apposition (« Ginette, bénévole »), an initial (« J.-P. Martin »), or any
capitalised word that is a known first name. Place names, brands and common nouns that
the NER takes for people are filtered out. Functions take a spaCy `Doc` but only read it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

TITRES = {
    "m.", "m", "mme", "mme.", "mlle", "mlle.", "mr", "mr.", "dr", "dr.", "docteur", "docteure",
    "monsieur", "madame", "mademoiselle", "me", "maître", "pr", "professeur", "père", "mère",
    "frère", "sœur", "abbé", "tonton", "tata", "papi", "papy", "mamie", "mémé", "pépé",
}  # fmt: skip
VERBES_PAROLE = {
    "raconter", "expliquer", "dire", "sourire", "confier", "témoigner", "ajouter", "préciser",
    "résumer", "lancer", "souligner", "glisser", "assurer", "poursuivre", "insister", "noter",
    "rappeler", "reconnaître", "se souvenir", "rire", "plaisanter", "indiquer", "affirmer",
    "estimer", "conclure", "détailler", "répondre", "demander", "s'amuser", "observer",
    "constater", "regretter", "se réjouir", "avouer", "admettre", "murmurer", "s'exclamer",
}  # fmt: skip
ROLES = {
    "bénévole", "gérant", "gérante", "maire", "adjoint", "adjointe", "habitant", "habitante",
    "retraité", "retraitée", "agriculteur", "agricultrice", "boulanger", "boulangère",
    "président", "présidente", "conseiller", "conseillère", "employé", "employée", "salarié",
    "salariée", "client", "cliente", "habitué", "habituée", "fondateur", "fondatrice",
    "cofondateur", "cofondatrice", "serveur", "serveuse", "épicier", "épicière", "patron",
    "patronne", "trésorier", "trésorière", "secrétaire", "animateur", "animatrice", "voisin",
    "voisine", "élu", "élue", "étudiant", "étudiante", "apprenti", "apprentie", "artisan",
    "maraîcher", "maraîchère", "éleveur", "éleveuse", "institutrice", "instituteur",
    "professeure", "infirmière", "infirmier", "coordinatrice", "coordinateur", "porteur",
    "porteuse", "responsable", "directrice", "directeur", "cuisinier", "cuisinière",
    "commerçant", "commerçante", "mère", "père", "fille", "fils", "grand-mère", "grand-père",
    "veuve", "veuf", "jeune", "ancien", "ancienne", "aide-soignante", "stagiaire", "membre",
    "chargée", "chargé", "agent", "agente", "ouvrier", "ouvrière", "peintre", "musicien",
    "musicienne", "couturière", "menuisier", "mécanicien", "facteur", "factrice", "pompier",
}  # fmt: skip
# Words that mark a place, a business or an institution, never a person.
NON_PERSONNES = {
    "café", "épicerie", "bar", "restaurant", "auberge", "boulangerie", "mairie", "association",
    "asso", "rue", "place", "salle", "maison", "ferme", "village", "commune", "école",
    "collège", "lycée", "église", "chapelle", "château", "moulin", "communauté", "conseil",
    "département", "région", "saint", "sainte", "st", "ste", "mont", "pont", "col", "lac",
    "bois", "val", "vallée", "plateau", "pays", "parc", "tiers-lieu", "marché", "comptoir",
    "hôtel", "camping", "gîte", "relais", "poste", "banque", "caisse", "crédit", "fondation",
    "fédération", "foncière", "coopérative", "scic", "sas", "sarl", "ccas", "caf", "msa",
    "france", "bistrot", "estaminet", "halle", "halles", "source", "centre", "espace",
    "leader", "feder", "préfecture", "intermarché", "carrefour", "leclerc",
    "super", "u", "casino", "spar", "vival", "proxi", "la", "le", "les", "l'", "de", "du",
    "des", "sous-préfète", "sous-préfet", "préfet", "préfète", "marianne", "erasmus",
    "ben", "bah", "euh", "bon", "hein", "voilà", "bref", "ouais", "oh", "ah", "bonjour",
    "merci", "salut", "allez", "enfin", "alors", "dieu", "madame", "monsieur", "radio", "journal", "facebook", "instagram", "noël", "pâques", "toussaint",
}  # fmt: skip
# First names that are also everyday words: kept only with another sign of a person.
AMBIGUS = {
    "rose", "pierre", "claire", "olive", "marin", "marine", "constance", "prudence",
    "aimée", "victoire", "france", "florence", "lys", "fleur", "violette", "blanche", "colombe",
    "capucine", "océane", "ange", "désiré", "désirée", "modeste", "mercedes", "alma", "jade",
    "paris", "alexandrie", "alexandria", "dominique", "camille", "frédéric", "léon", "martin",
    "bernard", "laurent", "thomas", "vincent", "marie", "louis", "paul", "jean", "jacques",
}  # fmt: skip
# Used only when they are not the first word of a sentence (« Martin » is a first name).
PRENOMS_EN_PLUS = [
    "Ginette",
    "Paulette",
    "Josette",
    "Yvonne",
    "Marcel",
    "Raymond",
    "Germaine",
    "Odette",
    "Lucienne",
    "Simone",
    "Huguette",
    "Raymonde",
    "Marcelle",
    "Gisèle",
    "Colette",
    "Micheline",
    "Monique",
    "Jeannine",
    "Janine",
    "Arlette",
    "Denise",
    "Yvette",
    "Fernand",
    "Gaston",
    "Lucien",
    "Roger",
    "René",
    "Marius",
    "Albert",
    "Henri",
    "Robert",
    "Maurice",
    "André",
    "Gérard",
    "Bernard",
    "Jean-Claude",
    "Jean-Pierre",
    "Jean-Marc",
    "Jean-Louis",
    "Jean-Paul",
    "Marie-Claude",
    "Marie-France",
    "Marie-Thérèse",
    "Anne-Marie",
    "Marie-Hélène",
    "Marie-Jo",
    "Marie-Christine",
    "Pierre-Yves",
    "Jean-Michel",
    "Mathis",
    "Enzo",
    "Nolan",
    "Kylian",
    "Timéo",
    "Lilou",
    "Maëlys",
    "Nina",
    "Inès",
    "Léna",
    "Zoé",
    "Chloé",
    "Manon",
    "Clara",
    "Jade",
    "Lola",
    "Louna",
    "Mila",
    "Ambre",
    "Louise",
    "Alice",
    "Lina",
    "Rose",
    "Anna",
    "Mia",
    "Léo",
    "Gabriel",
    "Raphaël",
    "Arthur",
    "Louis",
    "Jules",
    "Adam",
    "Maël",
    "Lucas",
    "Hugo",
    "Noah",
    "Liam",
    "Sacha",
    "Nathan",
    "Tom",
    "Théo",
    "Ethan",
    "Axel",
    "Baptiste",
    "Mathéo",
    "Noé",
    "Romane",
    "Karim",
    "Rachid",
    "Samir",
    "Nadia",
    "Fatima",
    "Yasmina",
    "Leïla",
    "Sofiane",
    "Mehdi",
    "Farid",
    "Malika",
    "Nour",
    "Amina",
    "Ibrahim",
    "Mamadou",
    "Fatou",
    "Aïcha",
    "Moussa",
    "Awa",
    "Ousmane",
    "Youssef",
    "Khadija",
    "Bilal",
    "Soraya",
    "Djamel",
    "Salima",
    "Hakim",
    "Kevin",
    "Dylan",
    "Jordan",
    "Anthony",
    "Jessica",
    "Laetitia",
    "Sandrine",
    "Nathalie",
    "Isabelle",
    "Sylvie",
    "Véronique",
    "Christophe",
    "Stéphane",
    "Sébastien",
    "Frédéric",
    "Thierry",
    "Pascal",
    "Patrick",
    "Philippe",
    "Didier",
    "Éric",
    "Olivier",
    "Hervé",
    "Yannick",
    "Gwen",
    "Gwenaëlle",
    "Maïwenn",
    "Erwan",
    "Ronan",
    "Loïc",
    "Tristan",
    "Yann",
    "Anaïs",
    "Elodie",
    "Émilie",
    "Mireille",
    "Brigitte",
    "Martine",
    "Chantal",
    "Danielle",
    "Françoise",
    "Jacqueline",
    "Nicole",
    "Josiane",
    "Annick",
    "Bernadette",
    "Geneviève",
    "Thérèse",
    "Renée",
    "Suzanne",
    "Madeleine",
    "Marguerite",
    "Jeanne",
    "Léonie",
    "Agathe",
    "Margaux",
    "Justine",
    "Pauline",
    "Mathilde",
    "Célia",
    "Élise",
    "Héloïse",
    "Solène",
    "Maëlle",
    "Capucine",
    "Apolline",
    "Léa",
    "Lea",
    "Éva",
    "Eva",
    "Emma",
    "Sarah",
    "Julie",
    "Lucie",
    "Laura",
    "Marion",
    "Charlotte",
    "Camille",
    "Océane",
    "Dédé",
    "Jojo",
    "Mimi",
    "Lulu",
    "Titou",
    "Nono",
    "Fanfan",
    "Momo",
    "Riri",
    "Zaza",
    "Gigi",
]

_INITIALE_RE = re.compile(r"^(?:[A-ZÉÈ]\.)(?:-?[A-ZÉÈ]\.)*$")
_MAJUSCULE_RE = re.compile(r"^[A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŒ][a-zàâäçéèêëîïôöùûüœ'’-]+$")


@lru_cache(maxsize=65536)
def plier(texte: str) -> str:
    """Lower case without accents, for comparing names."""
    forme = unicodedata.normalize("NFD", texte.lower())
    return "".join(c for c in forme if unicodedata.category(c) != "Mn").replace("’", "'")


LOCALES_FRANCAISES = ("fr_FR", "fr_BE", "fr_CH", "fr_CA")
LOCALES_VOISINES = ("de_DE", "es_ES", "it_IT", "pt_PT", "pl_PL", "ro_RO", "nl_NL")


def _prenoms_de(locales: tuple[str, ...]) -> set[str]:
    import importlib

    noms: set[str] = set()
    for locale in locales:
        fournisseur = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribut in ("first_names_male", "first_names_female", "first_names"):
            valeur = getattr(fournisseur, attribut, ())
            if isinstance(valeur, dict):
                valeur = valeur.keys()
            noms.update(str(n) for n in valeur)
    return {plier(n) for n in noms if n[:1].isalpha()}


@cache
def prenoms() -> frozenset[str]:
    """Folded first names in French use: Faker's French lists (a maintained package) plus
    our own."""
    return frozenset(_prenoms_de(LOCALES_FRANCAISES) | {plier(n) for n in PRENOMS_EN_PLUS})


@cache
def prenoms_voisins() -> frozenset[str]:
    """First names from neighbouring languages: kept only with another sign of a person."""
    return frozenset(_prenoms_de(LOCALES_VOISINES) - prenoms())


@cache
def noms_de_famille() -> frozenset[str]:
    """Folded surnames from Faker's fr_FR list, to extend a first name to a full name."""
    from faker.providers.person.fr_FR import Provider

    return frozenset(plier(n) for n in Provider.last_names)


def est_prenom(mot: str) -> bool:
    """True for a known first name, hyphenated ones by their first part too (Jean-Marc)."""
    plie = plier(mot)
    return plie in prenoms() or ("-" in plie and all(p in prenoms() for p in plie.split("-") if p))


def _majuscule(jeton) -> bool:
    texte = jeton.text
    return bool(_MAJUSCULE_RE.match(texte)) or (
        texte.isupper() and len(texte) > 2 and texte.isalpha() and plier(texte) in prenoms()
    )


_ROMAIN_RE = re.compile(r"^[IVXLC]{1,5}$")


def _initiale(jeton) -> bool:
    return bool(_INITIALE_RE.match(jeton.text))


_NON_PERSONNES_PLIES = frozenset(plier(m) for m in NON_PERSONNES)
_TITRES_PLIES = frozenset(plier(t) for t in TITRES)


def _non_personne(jeton) -> bool:
    return plier(jeton.text) in _NON_PERSONNES_PLIES


def _etendre(doc, debut: int, fin: int) -> int:
    """Take in the capitalised words or initials that follow (the surname)."""
    while fin < len(doc) and fin - debut < 4:
        suivant = doc[fin]
        if (_majuscule(suivant) or _initiale(suivant)) and not _non_personne(suivant):
            fin += 1
            continue
        break
    return fin


# « à Tours, un café », « en Creuse, vingt ans après », « près de Rochefort, un groupe »:
# a capitalised word after these is a place, whatever follows its comma.
LOCATIFS = frozenset({"à", "a", "en", "dans", "vers", "depuis", "sur", "sous"})
AVANT_DE_LIEU = frozenset(
    {"près", "église", "commune", "village", "mairie", "habitants", "bourg", "centre",
     "région", "département", "canton", "environs", "hameau", "quartier", "place", "marché",
     "domaine", "château", "vallée", "plateau", "pays"}
)  # fmt: skip
# « Charbonnat, 220 habitants »: a number in apposition that counts a place, not an age.
MESURES_DE_LIEU = frozenset({"habitants", "âmes", "km", "kilomètres", "hectares"})
# « dans la Manche », « de la Tenise »: an article after these starts a place's name.
AVANT_ARTICLE_DE_LIEU = LOCATIFS | {"de", "d'", "d’", "du", "des"}


def _compte_un_lieu(doc, i: int) -> bool:
    """True for « Lagarde, 310 habitants »: the word at i is followed by a place's size."""
    return (
        i + 3 < len(doc)
        and doc[i + 1].text == ","
        and doc[i + 2].like_num
        and doc[i + 3].lower_ in MESURES_DE_LIEU
    )


def _apres_locatif(doc, i: int) -> bool:
    """True when the word at i follows a preposition of place (it names a place)."""
    if i == 0:
        return False
    avant = doc[i - 1].lower_
    if avant in LOCATIFS:
        return True
    return avant in ("de", "d'", "d’") and i >= 2 and doc[i - 2].lower_ in AVANT_DE_LIEU


def _signe_personne(doc, i: int) -> str:
    """Why the word at i reads as a person (empty when nothing says so)."""
    jeton = doc[i]
    precedent = doc[i - 1] if i > 0 else None
    suivant = doc[i + 1] if i + 1 < len(doc) else None
    if precedent is not None and plier(precedent.text) in _TITRES_PLIES:
        return "titre"
    if precedent is not None and precedent.lemma_.lower() in VERBES_PAROLE:
        return "parole"
    if (
        suivant is not None
        and suivant.text == ","
        and i + 2 < len(doc)
        and not _apres_locatif(doc, i)
    ):
        apres = doc[i + 2]
        if (
            apres.lower_ in ROLES
            or (apres.like_num and not _compte_un_lieu(doc, i))
            or apres.lower_ in ("qui", "dont")
            or (
                apres.lower_ in {"la", "le", "notre", "sa", "son", "une", "un"}
                and i + 3 < len(doc)
                and doc[i + 3].lower_ in ROLES
            )
        ):
            return "apposition"
    if suivant is not None and suivant.pos_ in ("VERB", "AUX") and jeton.is_sent_start:
        return "sujet"
    if (
        suivant is not None
        and (_majuscule(suivant) or _initiale(suivant))
        and (plier(suivant.text) in noms_de_famille() or suivant.pos_ == "PROPN")
    ):
        return "nom complet"
    if jeton.pos_ == "PROPN" and not jeton.is_sent_start:
        return "nom propre"
    return ""


_GUILLEMETS_OUVRANTS = frozenset({'"', "«", "“", "'"})
_FINS_DE_PHRASE = frozenset({".", "!", "?", "…", ":", '"', "»", "”"})


def _enseigne_chez(doc, debut: int) -> bool:
    """True for the name of a business built on « Chez »: « le bar-tabac Chez Colette »,
    « "Chez Élise", un café » (lower-case « chez Colette » mid-sentence is her home)."""
    if doc[debut].text == "Chez":
        return True
    if debut == 0 or doc[debut - 1].lower_ != "chez":
        return False
    chez = doc[debut - 1]
    if chez.i == 0:
        return False
    avant = doc[chez.i - 1].text
    # The parser sometimes starts a sentence at « Chez »: read the text before it instead.
    milieu_de_phrase = chez.text == "Chez" and avant.strip() and avant not in _FINS_DE_PHRASE
    return bool(milieu_de_phrase) or avant in _GUILLEMETS_OUVRANTS


def trouver_noms(doc) -> list[dict]:
    """Person names in a doc: [{"nom", "debut", "fin", "raison"}] with character offsets."""
    trouves: dict[tuple[int, int], str] = {}

    def garder(debut: int, fin: int, raison: str) -> None:
        if debut >= fin:
            return
        while debut < fin and (_non_personne(doc[debut]) or not doc[debut].text[:1].isupper()):
            if _initiale(doc[debut]):
                break
            debut += 1
        if debut >= fin or any(_non_personne(t) or t.lower_ in ROLES for t in doc[debut:fin]):
            return
        if fin - debut == 1 and _ROMAIN_RE.match(doc[debut].text):
            return  # « licence IV »; « Louis XIV » is kept whole
        if _enseigne_chez(doc, debut):
            return
        for (d, f), _r in list(trouves.items()):
            if d < fin and debut < f:  # overlap: keep the longer span
                if f - d >= fin - debut:
                    return
                del trouves[(d, f)]
        trouves[(debut, fin)] = raison

    for ent in doc.ents:
        premier = ent[0]
        if premier.text[:1] in "#@" or (ent.start and doc[ent.start - 1].text in ("#", "@")):
            continue  # hashtags and handles
        if ent.label_ == "PER":
            seul = len(ent) == 1
            if seul and _compte_un_lieu(doc, premier.i):
                continue
            avant = doc[ent.start - 1].lower_ if ent.start else ""
            if seul and not est_prenom(premier.text):
                if premier.pos_ != "PROPN" and not _signe_personne(doc, premier.i):
                    continue
                if avant in ("à", "a", "de", "d'", "d’", "du", "en", "vers", "sur", "#"):
                    continue
            garder(ent.start, ent.end, "reconnu par le modèle")
        elif est_prenom(premier.text) and plier(premier.text) not in AMBIGUS:
            garder(ent.start, _etendre(doc, ent.start, ent.start + 1), "prénom connu")

    for jeton in doc:
        i = jeton.i
        precedent = doc[i - 1] if i else None
        if plier(jeton.text) in _TITRES_PLIES and i + 1 < len(doc):
            suivant = doc[i + 1]
            if _majuscule(suivant) or _initiale(suivant):
                garder(i + 1, _etendre(doc, i + 1, i + 2), "après un titre")
            continue
        if _initiale(jeton) and i + 1 < len(doc) and _majuscule(doc[i + 1]):
            garder(i, _etendre(doc, i, i + 2), "initiale et nom")
            continue
        if not _majuscule(jeton) or _non_personne(jeton):
            continue
        if jeton.text[:1] in "#@" or (precedent is not None and precedent.text in ("#", "@")):
            continue
        plie = plier(jeton.text)
        signe = _signe_personne(doc, i)
        # A first name that is also a frequent word (it has a vector) needs another sign.
        courant = plie in AMBIGUS or (
            doc.vocab.has_vector(jeton.text.lower()) and jeton.pos_ != "PROPN"
        )
        if est_prenom(jeton.text):
            if courant and not signe:
                continue
            garder(i, _etendre(doc, i, i + 1), "prénom connu")
        elif plie in prenoms_voisins() and (signe or not jeton.is_sent_start) and not courant:
            garder(i, _etendre(doc, i, i + 1), "prénom connu")
        elif (
            precedent is not None
            # « le Manu », « Le Titi, il… » at the start; mid-sentence « La Falue » is a name
            # of a place or a business.
            and (
                precedent.text in ("le", "la")
                or (precedent.lower_ in ("le", "la") and precedent.is_sent_start)
            )
            and not jeton.is_sent_start
            and not (i >= 2 and doc[i - 2].lower_ in AVANT_ARTICLE_DE_LIEU)
            and i + 1 < len(doc)
            and not _majuscule(doc[i + 1])
            and (jeton.pos_ == "PROPN" or doc[i + 1].lower_ in (",", "il", "elle", "lui"))
        ):
            # Oral French names people with an article: « le Manu », « la Nadine ».
            garder(i, i + 1, "nom (article familier)")
        elif signe in ("titre", "parole", "apposition") and not jeton.is_sent_start:
            garder(i, _etendre(doc, i, i + 1), f"nom ({signe})")
        elif signe == "apposition" and jeton.pos_ == "PROPN":
            garder(i, _etendre(doc, i, i + 1), "nom (apposition)")

    noms = []
    for (debut, fin), raison in sorted(trouves.items()):
        span = doc[debut:fin]
        noms.append(
            {"nom": span.text, "debut": span.start_char, "fin": span.end_char, "raison": raison}
        )
    return noms
