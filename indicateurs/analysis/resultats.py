"""From clues found in a text to scores, explanations, ranked quotes and names (no spaCy)."""

from __future__ import annotations

import bisect
import re

from .regles import (
    CITATION_MAX,
    CITATION_MIN,
    CITATION_MIN_DISCOURS,
    CITATIONS_GARDEES,
    DECROISSANCE_REPETITION,
    PLAFOND_PAR_PHRASE,
    SEUIL,
)

_DISCOURS_RE = re.compile(r"«\s*(?P<a>[^«»]+?)\s*»|“\s*(?P<b>[^“”]+?)\s*”")
_PREMIERE_PERSONNE_RE = re.compile(r"\b(?:je|j['’]|on|nous|moi|m['’]|me|nos|notre)\b", re.I)
_CHIFFRES_RE = re.compile(r"\d")


def resultat_vide(langue: str = "fr") -> dict:
    """What the helper says about an empty or non-French text: nothing."""
    return {"langue": langue, "indicateurs": {}, "citations": [], "noms": []}


def resumer(texte: str, extraits: list[dict], assistant=None) -> dict:
    """Merge the doc extracts of one text (several for long texts) into the helper's answer.

    With a trained `assistant` (``classifieur.ModeleAssistant``), its probability decides
    each suggestion and the lexicon clues become one of its features and part of the
    explanation; without it, the lexicon score decides.
    """
    phrases = sorted(p for e in extraits for p in e["phrases"])
    indices = sorted(
        (i for e in extraits for i in e["indices"]), key=lambda i: (i["debut"], i["slug"])
    )
    noms = [n for e in extraits for n in e["noms"]]
    debuts = [p[0] for p in phrases]

    def phrase_de(position: int) -> tuple[int, int]:
        rang = max(bisect.bisect_right(debuts, position) - 1, 0)
        return phrases[rang] if phrases else (0, len(texte))

    indicateurs: dict[str, dict] = {}
    for indice in indices:
        indicateurs.setdefault(indice["slug"], []).append(indice)
    resultats = {
        slug: _noter(texte, liste, phrase_de) for slug, liste in sorted(indicateurs.items())
    }
    if assistant is not None:
        resultats = _avec_assistant(texte, extraits, resultats, assistant)
    suggeres = {s for s, r in resultats.items() if r["suggere"]}
    return {
        "langue": "fr",
        "indicateurs": resultats,
        "citations": _citations(texte, phrases, indices, suggeres),
        "noms": _noms(noms),
    }


def _avec_assistant(texte: str, extraits: list[dict], regles: dict, assistant) -> dict:
    """The trained model's answer per indicator, keeping the lexicon clues it was given."""
    from .classifieur import lecture_depuis

    lecture = lecture_depuis(extraits, {s: r["score"] for s, r in regles.items()})
    sorties = assistant.expliquer(lecture, texte)
    resultats = {}
    for slug in sorted(set(regles) | set(sorties)):
        regle = regles.get(slug, {"score": 0.0, "indices": [], "phrases": []})
        sortie = sorties.get(slug)
        if sortie is None:  # an indicator the model was not trained on: rules decide
            resultats[slug] = {**regle, "source": "regles"}
            continue
        suggere = sortie["probabilite"] >= sortie["seuil"]
        if not suggere and not regle["indices"] and sortie["probabilite"] < sortie["seuil"] / 2:
            continue
        # The sentence that carried it: lexicon clues first, then the model's own words.
        poids: dict[tuple[int, int], list[float]] = {}
        for phrase in regle["phrases"]:
            poids.setdefault((phrase["debut"], phrase["fin"]), [0.0, 0.0])[0] = phrase["poids"]
        for phrase in sortie["phrases"]:
            poids.setdefault((phrase["debut"], phrase["fin"]), [0.0, 0.0])[1] = phrase["poids"]
        phrases = [
            {"debut": d, "fin": f, "texte": texte[d:f], "poids": round(r + m, 3)}
            for (d, f), (r, m) in sorted(poids.items(), key=lambda x: (-x[1][0], -x[1][1], x[0]))
        ][:3]
        resultats[slug] = {
            "score": sortie["probabilite"],
            "suggere": suggere,
            "seuil": sortie["seuil"],
            "source": "modele",
            "score_regles": regle["score"],
            "indices": regle["indices"],
            "mots": sortie["mots"],
            "phrases": phrases,
            "exemple": sortie["exemple"],
        }
    return resultats


def _noter(texte: str, indices: list[dict], phrase_de) -> dict:
    """Score one indicator: capped weight per sentence, repeated expressions count less."""
    par_phrase: dict[tuple[int, int], float] = {}
    deja: dict[str, int] = {}
    details = []
    for indice in indices:
        phrase = phrase_de(indice["debut"])
        poids = 0.0
        role = bool(indice.get("role"))
        if not indice["nie"] and not role:
            repetitions = deja.get(indice["expression"], 0)
            poids = indice["poids"] * DECROISSANCE_REPETITION**repetitions
            deja[indice["expression"]] = repetitions + 1
            par_phrase[phrase] = par_phrase.get(phrase, 0.0) + poids
        details.append(
            {
                "expression": indice["expression"],
                "texte": indice["texte"],
                "debut": indice["debut"],
                "fin": indice["fin"],
                "poids": round(poids, 3),
                "nie": indice["nie"],
                "role": role,
            }
        )
    total = sum(min(p, PLAFOND_PAR_PHRASE) for p in par_phrase.values())
    score = total / (total + 1.0)
    phrases = [
        {"debut": d, "fin": f, "texte": texte[d:f], "poids": round(min(p, PLAFOND_PAR_PHRASE), 3)}
        for (d, f), p in sorted(par_phrase.items(), key=lambda x: (-x[1], x[0]))
        if p > 0
    ]
    return {
        "score": round(score, 3),
        "suggere": score >= SEUIL,
        "indices": details,
        "phrases": phrases,
    }


def _citations(texte: str, phrases, indices: list[dict], suggeres: set[str]) -> list[dict]:
    """Quoted speech and sentences of quotable length, the most telling first."""
    candidats = []
    for trouve in _DISCOURS_RE.finditer(texte):
        groupe = "a" if trouve["a"] is not None else "b"
        candidats.append((trouve.start(groupe), trouve.end(groupe), "discours"))
    for debut, fin in phrases:
        candidats.append((debut, fin, "phrase"))
    notes = []
    for debut, fin, genre in candidats:
        extrait = texte[debut:fin].strip()
        # Quoted speech is worth keeping even when short (« Vous savez jouer ? »).
        minimum = CITATION_MIN_DISCOURS if genre == "discours" else CITATION_MIN
        if not minimum <= len(extrait) <= CITATION_MAX or "\n" in extrait:
            continue
        preuves = {
            i["slug"]
            for i in indices
            if not i["nie"]
            and not i.get("role")
            and i["slug"] in suggeres
            and debut <= i["debut"] < fin
        }
        score = 1.0 + min(len(preuves), 3)
        if genre == "discours":
            score += 2.0
        if _PREMIERE_PERSONNE_RE.search(extrait):
            score += 1.0
        if 60 <= len(extrait) <= 250:
            score += 0.5
        if _CHIFFRES_RE.search(extrait):
            score -= 1.0
        notes.append(
            {
                "texte": extrait,
                "debut": debut,
                "fin": debut + len(extrait),
                "genre": genre,
                "score": score,
                "indicateurs": sorted(preuves),
            }
        )
    notes.sort(key=lambda c: (-c["score"], c["debut"]))
    gardees: list[dict] = []
    for candidat in notes:
        chevauche = any(
            candidat["debut"] < g["fin"] and g["debut"] < candidat["fin"] for g in gardees
        )
        if not chevauche:
            gardees.append(candidat)
        if len(gardees) == CITATIONS_GARDEES:
            break
    return gardees


def _noms(noms: list[dict]) -> list[dict]:
    """Person names with all their occurrences, in order of first appearance."""
    groupes: dict[str, dict] = {}
    for nom in sorted(noms, key=lambda n: n["debut"]):
        texte = nom["nom"].strip()
        if not texte[:1].isupper() or _CHIFFRES_RE.search(texte) or len(texte.split()) > 4:
            continue
        groupe = groupes.setdefault(
            texte, {"nom": texte, "raison": nom.get("raison", ""), "occurrences": []}
        )
        groupe["occurrences"].append({"debut": nom["debut"], "fin": nom["fin"]})
    return list(groupes.values())


def _nombre(valeur: float) -> str:
    return f"{valeur:.2f}".replace(".", ",")


def expliquer(resultat: dict) -> str:
    """The French explanation stored with a suggestion: score, clues with offsets, sentence."""
    seuil = resultat.get("seuil", SEUIL)
    if resultat.get("source") == "modele":
        parties = [
            f"Probabilité {_nombre(resultat['score'])} selon le modèle entraîné "
            f"(seuil {_nombre(seuil)})."
        ]
        if resultat.get("mots"):
            parties.append(
                "Mots qui ont pesé : "
                + " ; ".join(
                    f"« {m['texte']} » (caractères {m['debut']}–{m['fin']})"
                    for m in resultat["mots"]
                )
                + "."
            )
    else:
        parties = [f"Score {_nombre(resultat['score'])} (seuil {_nombre(seuil)})."]
    retenus = [i for i in resultat["indices"] if not i["nie"] and not i.get("role")]
    nies = [i for i in resultat["indices"] if i["nie"]]
    roles = [i for i in resultat["indices"] if i.get("role")]
    if retenus:
        parties.append(
            ("Indices du lexique : " if resultat.get("source") == "modele" else "Indices : ")
            + " ; ".join(
                f"« {i['texte']} » ({i['expression']}, caractères {i['debut']}–{i['fin']})"
                for i in retenus
            )
            + "."
        )
    if nies:
        parties.append(
            "Ignorés car à la forme négative : "
            + " ; ".join(f"« {i['texte']} » (caractères {i['debut']}–{i['fin']})" for i in nies)
            + "."
        )
    if roles:
        parties.append(
            "Ignorés car ils présentent une personne nommée (« Ginette, bénévole ») : "
            + " ; ".join(f"« {i['texte']} » (caractères {i['debut']}–{i['fin']})" for i in roles)
            + "."
        )
    if resultat["phrases"]:
        phrase = resultat["phrases"][0]
        parties.append(
            f"Phrase la plus parlante (caractères {phrase['debut']}–{phrase['fin']}) : "
            f"« {phrase['texte']} »"
        )
    exemple = resultat.get("exemple")
    if exemple:
        parties.append(
            f"Exemple codé le plus proche (similarité {_nombre(exemple['similarite'])}) : "
            f"« {exemple['texte']} »"
        )
    return " ".join(parties)
