"""Seeded composition of extra stories from the hand-written fragments of `contenu.EVENEMENTS`.

Each event (soup evening, market, games night…) is told at two or three different places;
its paragraphs and testimonies are shared out between those tellings so that no two
composed stories contain the same sentence. Same seed, same stories, same slugs.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from .contenu import (
    EVENEMENTS,
    LIEUX,
    PRENOMS_F,
    PRENOMS_M,
    PSEUDONYMES,
    TITRES_GALERIE,
    VARIANTES,
    VARIANTES_DU_SOIR,
)

GRAINE = 2025
ANNEES = [2023] * 6 + [2024] * 8 + [2025] * 12


def _remplir(modele: str, lieu: dict) -> str:
    """Fill a fragment's slots with the place's names."""
    texte = modele.format(
        lieu=lieu["le"],
        Lieu=lieu["le"][:1].upper() + lieu["le"][1:],
        au_lieu=lieu["au"],
        du_lieu=lieu["du"],
        commune=lieu["commune"],
        a_commune=lieu["a_commune"],
        de_commune=lieu["de_commune"],
        porteur=lieu["porteur"],
    )
    return texte[:1].upper() + texte[1:]


def _parts(nb_paragraphes: int, nb_temoignages: int, utilisations: int) -> list[tuple]:
    """Which paragraphs and testimonies each telling of an event gets (no sharing)."""
    if utilisations == 3:
        return [((0, 2), (0, 1)), ((2, 4), (1, 2)), ((4, nb_paragraphes), (2, nb_temoignages))]
    return [((0, 2), (0, 2)), ((2, nb_paragraphes), (2, nb_temoignages))]


def _places(rng: random.Random, total: int) -> list[dict]:
    """Places for the composed stories: every place about twice, no event twice at one place."""
    lieux = [*LIEUX, *LIEUX]
    rng.shuffle(lieux)
    return lieux[:total]


def _date(rng: random.Random, evenement: dict, annee: int, lieu: dict) -> date:
    """A plausible day for the event, after the place opened."""
    mois = rng.choice(evenement["mois"])
    jour = evenement.get("jour") or rng.randint(1, 28)
    quand = date(annee, mois, jour)
    while quand < lieu["date_ouverture"] + timedelta(days=20):
        quand = quand.replace(year=quand.year + 1)
    return min(quand, date(2025, 12, 20))


def recits_composes() -> list[dict]:
    """The composed stories, in the same shape as `contenu.RECITS`."""
    rng = random.Random(GRAINE)
    usages = [(ev, k) for ev in EVENEMENTS for k in range(ev["utilisations"])]
    annees = list(ANNEES)
    rng.shuffle(annees)
    # Draw places until no event falls twice on the same place (seeded, so stable).
    while True:
        places = _places(rng, len(usages))
        deja = {(ev["cle"], lieu["slug"]) for (ev, _), lieu in zip(usages, places, strict=True)}
        if len(deja) == len(usages):
            break
    recits = []
    ordre_titres = {
        ev["cle"]: rng.sample(range(len(ev["titres"])), ev["utilisations"]) for ev in EVENEMENTS
    }
    ordre_chapos = {
        ev["cle"]: rng.sample(range(len(ev["chapos"])), ev["utilisations"]) for ev in EVENEMENTS
    }
    parts = {}
    for ev in EVENEMENTS:
        # Paragraphs keep the order they were written in (setting, details, aftermath), and
        # the first ones of each event are written to open a story: each telling gets one
        # of those, then some of the rest.
        nb = ev["utilisations"]
        ouvertures = list(range(nb))
        suites = list(range(nb, len(ev["paragraphes"])))
        rng.shuffle(ouvertures)
        rng.shuffle(suites)
        groupes = [[o] for o in ouvertures]
        for i, suite in enumerate(suites):
            groupes[i % nb].append(suite)
        temoignages = list(ev["temoignages"])
        rng.shuffle(temoignages)
        decoupe = _parts(len(ev["paragraphes"]), len(temoignages), nb)
        parts[ev["cle"]] = [
            ([ev["paragraphes"][i] for i in sorted(groupe)], temoignages[t0:t1])
            for groupe, (_, (t0, t1)) in zip(groupes, decoupe, strict=True)
        ]
    for ((ev, k), lieu), annee in zip(zip(usages, places, strict=True), annees, strict=True):
        mes_paragraphes, mes_temoignages = parts[ev["cle"]][k]
        genre = ev["genres"][k]
        quand = _date(rng, ev, annee, lieu)
        # pictures that fit the event and the season (no snow in June)
        de_saison = [v for v in lieu["variantes"] if v != "hiver" or quand.month in (12, 1, 2, 3)]
        assorties = [v for v in ev["photos"] if v in de_saison]
        photo = rng.choice(assorties or de_saison)
        indicateurs = list(ev["indicateurs"])
        noms_pris: set[str] = set()

        def prenom(genre_prenom: str, pris: set[str] = noms_pris) -> str:
            pool = PRENOMS_F if genre_prenom == "f" else PRENOMS_M
            choix = rng.choice([n for n in pool if n not in pris])
            pris.add(choix)
            return choix

        corps: list[tuple] = []
        for texte, indics in mes_paragraphes:
            corps.append(("p", _remplir(texte, lieu)))
            indicateurs += indics
        blocs_temoignages = []
        for texte, genre_prenom, role, indics in mes_temoignages:
            nom = prenom(genre_prenom) if rng.random() < 0.85 else ""
            blocs_temoignages.append(("t", _remplir(texte, lieu), nom, role))
            indicateurs += indics
        # testimony after the first paragraph, a second one at the end
        corps.insert(1, blocs_temoignages[0])
        corps.extend(blocs_temoignages[1:])
        autres = [v for v in assorties if v != photo]
        autres += [v for v in de_saison if v not in autres and v != photo]
        if genre == "photos":
            vues = [photo, *autres[:2]]
            legendes = [(v, rng.choice(VARIANTES[v]["legendes"])) for v in vues]
            # and one view inside, lit like the story's main picture (no draw: the
            # rest of the demo stays as it was)
            dedans = "veillee" if photo in VARIANTES_DU_SOIR else "comptoir"
            choix = VARIANTES[dedans]["legendes"]
            legendes.append((dedans, choix[len(ev["cle"]) % len(choix)]))
            corps.insert(1, ("gal", rng.choice(TITRES_GALERIE), legendes))
        elif rng.random() < 0.3 and len(corps) < 5 and len(assorties) > 1:
            autre = autres[0]
            corps.insert(2, ("img", autre, rng.choice(VARIANTES[autre]["legendes"])))

        tirage = rng.random()
        if tirage < 0.5:
            signature, auteur = "prenom", prenom(rng.choice("fm"))
        elif tirage < 0.75:
            signature, auteur = "pseudonyme", rng.choice(PSEUDONYMES)
        else:
            signature, auteur = "anonyme", ""
        recits.append(
            {
                "lieu": lieu["slug"],
                "titre": _remplir(ev["titres"][ordre_titres[ev["cle"]][k]], lieu),
                "chapo": _remplir(ev["chapos"][ordre_chapos[ev["cle"]][k]], lieu),
                "date": quand,
                "genre": genre,
                "signature": signature,
                "auteur": auteur,
                "source": "contribution" if rng.random() < 0.8 else "edition",
                "photo": photo,
                "tags": list(ev["tags"]),
                "indicateurs": list(dict.fromkeys(indicateurs))[:4],
                "corps": corps,
            }
        )
    return recits
