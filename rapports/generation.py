"""Evidence blocks from the curated collection: figures, quotes, photos, plain-sentence synthesis.

Everything is computed from the stories of the report's period and scope in a few queries
(stories, consents, codings, quotable passages), then only the pages of the chosen quotes
are read for their attribution and photos. Figures count the stories that may appear in a
report: public ones, and those whose contributor agreed to the report channel.
"""

from __future__ import annotations

import datetime
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone

from collecte.models import Contribution
from indicateurs.models import Codage, Indicateur
from recits.models import LieuPage, RecitPage

from .consentements import Accord, Retraits, accords, retraits
from .donnees import VIDE, _items, _valeurs
from .models import RapportPage
from .sources import passages_citables

CITATIONS_MAX = 5
CITATIONS_MIN = 2
CANDIDATES_MAX = 8
PHOTOS_MAX = 3
ANNEES_COUVERTURE = 5


@dataclass
class Collection:
    """The stories of one period and scope, read once."""

    recits: dict[int, dict]  # pk -> {lieu, departement, date, live}
    par_indicateur: dict[int, set[int]] = field(default_factory=dict)
    accords: dict[int, Accord] = field(default_factory=dict)


def lieux_du_perimetre(rapport: RapportPage):
    """The live places of the report's scope."""
    lieux = LieuPage.objects.live()
    if rapport.perimetre == RapportPage.Perimetre.REGION:
        lieux = lieux.filter(region=rapport.region)
    elif rapport.perimetre == RapportPage.Perimetre.DEPARTEMENT:
        lieux = lieux.filter(departement=rapport.departement)
    elif rapport.perimetre == RapportPage.Perimetre.LIEUX:
        lieux = lieux.filter(pk__in=[lieu.pk for lieu in rapport.lieux.all()])
    return lieux


def _recits(rapport: RapportPage, debut: datetime.date, fin: datetime.date):
    recits = RecitPage.objects.filter(date__gte=debut, date__lte=fin)
    if rapport.perimetre != RapportPage.Perimetre.TOUS:
        recits = recits.filter(lieu__in=lieux_du_perimetre(rapport))
    retirees = Contribution.objects.filter(retiree_le__isnull=False, page__isnull=False)
    consenties = Contribution.objects.filter(consentement_rapport=True, retiree_le__isnull=True)
    # Public stories, and unpublished ones whose contributor agreed to the report.
    return recits.exclude(pk__in=retirees.values("page_id")).filter(
        Q(live=True) | Q(pk__in=consenties.values("page_id"))
    )


def lire_collection(
    rapport: RapportPage, debut: datetime.date, fin: datetime.date, retires: Retraits
) -> Collection:
    """Stories of the period and scope, their accepted indicators and consents."""
    recits = {
        pk: {"lieu": lieu, "departement": dep, "date": date, "live": live}
        for pk, lieu, dep, date, live in _recits(rapport, debut, fin).values_list(
            "pk", "lieu_id", "lieu__departement", "date", "live"
        )
    }
    collection = Collection(recits)
    for indicateur_id, recit_id in (
        Codage.objects.filter(recit_id__in=recits, statut=Codage.Statut.ACCEPTE)
        .values_list("indicateur_id", "recit_id")
        .distinct()
    ):
        collection.par_indicateur.setdefault(indicateur_id, set()).add(recit_id)
    collection.accords = accords(recits, retires)
    return collection


def chiffres(collection: Collection, indicateur_id: int, nb_lieux_perimetre: int) -> dict:
    """Stories, places, départements and share of the scope's places for one indicator."""
    recits = collection.par_indicateur.get(indicateur_id, set())
    lieux = {collection.recits[r]["lieu"] for r in recits}
    departements = {collection.recits[r]["departement"] for r in recits}
    part = round(100 * len(lieux) / nb_lieux_perimetre) if nb_lieux_perimetre else 0
    return {
        "recits": len(recits),
        "lieux": len(lieux),
        "departements": len(departements),
        "lieux_perimetre": nb_lieux_perimetre,
        "part_lieux": min(part, 100),
    }


def _pluriel(n: int, singulier: str, pluriel: str) -> str:
    return f"{n} {singulier if n == 1 else pluriel}"


def synthese(indicateur: Indicateur, c: dict, libelle_periode: str) -> str:
    """Plain sentences from the figures only: nothing the figures do not say."""
    if not c["recits"]:
        return VIDE
    phrases = [
        f"Sur la période {libelle_periode}, "
        f"{_pluriel(c['recits'], 'récit témoigne', 'récits témoignent')} de « {indicateur.nom} », "
        f"{'venu' if c['recits'] == 1 else 'venus'} de {_pluriel(c['lieux'], 'lieu', 'lieux')} "
        f"dans {_pluriel(c['departements'], 'département', 'départements')}."
    ]
    if c["lieux_perimetre"]:
        phrases.append(
            f"Cela représente {c['part_lieux']} % des lieux du périmètre "
            f"({c['lieux']} sur {c['lieux_perimetre']})."
        )
    precedent = c.get("recits_precedent")
    if precedent is not None:
        ecart = c["recits"] - precedent
        if ecart > 0:
            phrases.append(
                f"C'est {_pluriel(ecart, 'récit', 'récits')} de plus que sur la période "
                f"précédente ({precedent})."
            )
        elif ecart < 0:
            phrases.append(
                f"C'est {_pluriel(-ecart, 'récit', 'récits')} de moins que sur la période "
                f"précédente ({precedent})."
            )
        else:
            phrases.append(f"C'est autant que sur la période précédente ({precedent}).")
    return " ".join(phrases)


def _note(passage: dict, infos: dict, debut: datetime.date, fin: datetime.date) -> float:
    """How good a passage is as a quote: helper score, length, recency."""
    score = passage["score"] if passage["score"] is not None else 0.5
    longueur = len(passage["passage"])
    if 60 <= longueur <= 280:
        score += 0.5
    elif 30 <= longueur <= 500:
        score += 0.25
    etendue = max((fin - debut).days, 1)
    score += 0.3 * max(0, (infos["date"] - debut).days) / etendue
    return score + (10 if passage["citation"] else 0)


def choisir_citations(
    passages: list[dict], collection: Collection, debut: datetime.date, fin: datetime.date
) -> list[dict]:
    """Marked quotes first, then the best accepted passages, one per story, places varied."""
    notes = {p["pk"]: _note(p, collection.recits[p["recit_id"]], debut, fin) for p in passages}
    restants = sorted(passages, key=lambda p: (-notes[p["pk"]], p["pk"]))
    choisis: list[dict] = []
    recits: set[int] = set()
    lieux: set[int] = set()
    while restants and len(choisis) < CANDIDATES_MAX:
        meilleur = max(
            restants,
            key=lambda p: (
                notes[p["pk"]] - (0.6 if collection.recits[p["recit_id"]]["lieu"] in lieux else 0),
                -p["pk"],
            ),
        )
        restants.remove(meilleur)
        if meilleur["recit_id"] in recits:
            continue
        choisis.append(meilleur)
        recits.add(meilleur["recit_id"])
        lieux.add(collection.recits[meilleur["recit_id"]]["lieu"])
        restants = [p for p in restants if p["recit_id"] not in recits]
    return choisis


def _attribution(page: RecitPage, bloc: str) -> tuple[str, str]:
    """Name and role as the person chose and as published (pseudonymised page text)."""
    if bloc.endswith(":citation"):
        ident = bloc.split(":", 1)[0]
        for element in page.corps:
            if element.id == ident and element.block_type == "temoignage":
                nom = (element.value.get("nom") or "").strip() or "Anonyme"
                return nom, (element.value.get("role") or "").strip()
    if page.source == RecitPage.Source.CONTRIBUTION:
        return page.signature_affichee, "Porteur ou porteuse du lieu"
    return page.signature_affichee, ""


def _photos_du_recit(page: RecitPage, accord: Accord) -> list[dict]:
    photos = []
    for element in page.corps:
        if element.block_type == "image":
            elements = [element.value]
        elif element.block_type == "galerie":
            elements = list(element.value.get("photos") or [])
        else:
            continue
        for valeur in elements:
            image = valeur.get("image")
            if image is None:
                continue
            if not (accord.toutes_photos or image.pk in accord.photos):
                continue
            photos.append(
                {
                    "image": image.pk,
                    "texte_alternatif": getattr(image, "contrast_text", "") or image.title,
                    "legende": (valeur.get("legende") or "").strip(),
                    "recit": page.pk,
                    "contribution": accord.contribution_id,
                    "choisie": True,
                    "retiree": False,
                }
            )
    return photos


def _citation(passage: dict, page: RecitPage, accord: Accord) -> dict:
    nom, role = _attribution(page, passage["bloc"])
    return {
        "texte": passage["passage"].strip(),
        "nom": nom,
        "role": role,
        "lieu": page.lieu.title,
        "commune": page.lieu.commune,
        "annee": page.date.year,
        "lien": page.url_path if page.live else "",
        "recit": page.pk,
        "codage": passage["pk"],
        "contribution": accord.contribution_id,
        "marquee": bool(passage["citation"]),
        "choisie": True,
        "retiree": False,
    }


def _lien_public(page: RecitPage) -> str:
    return page.get_url() or "" if page.live else ""


def calculer_blocs(
    rapport: RapportPage, progression: Callable[[int, int], None] | None = None
) -> tuple[dict[int, dict], dict]:
    """Fresh evidence-block values for every active indicator, and the charts' data."""
    debut, fin = rapport.periode()
    retires = retraits()
    collection = lire_collection(rapport, debut, fin, retires)
    precedente = lire_collection(rapport, *rapport.periode_precedente(), retires)
    lieux_perimetre = list(lieux_du_perimetre(rapport).values_list("pk", "title"))
    indicateurs = list(Indicateur.objects.filter(actif=True).order_by("ordre", "nom"))
    citables = [r for r in collection.recits if r in collection.accords]
    passages = defaultdict(list)
    for passage in passages_citables(citables):
        passages[passage["indicateur_id"]].append(passage)
    choix = {
        ind.pk: choisir_citations(passages.get(ind.pk, []), collection, debut, fin)
        for ind in indicateurs
    }
    pages = {
        p.pk: p
        for p in RecitPage.objects.filter(
            pk__in={c["recit_id"] for liste in choix.values() for c in liste}
        ).select_related("lieu")
    }
    libelle = rapport.libelle_periode
    blocs: dict[int, dict] = {}
    for rang, indicateur in enumerate(indicateurs, start=1):
        c = chiffres(collection, indicateur.pk, len(lieux_perimetre))
        c["recits_precedent"] = len(precedente.par_indicateur.get(indicateur.pk, ()))
        citations, photos = [], []
        for passage in choix[indicateur.pk]:
            page = pages.get(passage["recit_id"])
            if page is None:
                continue
            accord = collection.accords[page.pk]
            citation = _citation(passage, page, accord)
            citation["lien"] = _lien_public(page)
            citation["choisie"] = len(citations) < CITATIONS_MAX
            citations.append(citation)
            if len(photos) < PHOTOS_MAX:
                photos.extend(_photos_du_recit(page, accord)[: PHOTOS_MAX - len(photos)])
        texte = synthese(indicateur, c, libelle)
        blocs[indicateur.pk] = {
            "indicateur": indicateur.pk,
            "chiffres": c,
            "synthese": texte,
            "synthese_generee": texte,
            "citations": citations,
            "photos": photos,
        }
        if progression:
            progression(rang, len(indicateurs))
    graphiques = donnees_graphiques(rapport, collection, indicateurs, lieux_perimetre, precedente)
    return blocs, graphiques


def donnees_graphiques(rapport, collection, indicateurs, lieux_perimetre, precedente) -> dict:
    """What the charts draw, stored with the report so every format draws the same picture."""
    debut, fin = rapport.periode()
    annees = list(range(fin.year - ANNEES_COUVERTURE + 1, fin.year + 1))
    couverture = {ind.slug: [0] * len(annees) for ind in indicateurs}
    recits_annees = _recits(
        rapport, datetime.date(annees[0], 1, 1), datetime.date(annees[-1], 12, 31)
    )
    comptes = (
        Codage.objects.filter(recit__in=recits_annees, statut=Codage.Statut.ACCEPTE)
        .values_list("indicateur__slug", "recit__date__year", "recit_id")
        .distinct()
    )
    vus = set()
    for slug, annee, recit in comptes:
        if slug in couverture and (slug, recit) not in vus:
            vus.add((slug, recit))
            couverture[slug][annees.index(annee)] += 1
    noms_lieux = dict(lieux_perimetre)
    par_lieu: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for ind_id, recits in collection.par_indicateur.items():
        for recit in recits:
            par_lieu[collection.recits[recit]["lieu"]][ind_id] += 1
    lieux_tries = sorted(par_lieu, key=lambda pk: (-sum(par_lieu[pk].values()), pk))[:30]
    return {
        "indicateurs": [{"slug": i.slug, "nom": i.nom, "couleur": i.couleur} for i in indicateurs],
        "annees": annees,
        "couverture": couverture,
        "lieux": [noms_lieux.get(pk, f"Lieu {pk}") for pk in lieux_tries],
        "matrice": [[par_lieu[pk].get(i.pk, 0) for i in indicateurs] for pk in lieux_tries],
        "comparaison": {
            i.slug: [
                len(precedente.par_indicateur.get(i.pk, ())),
                len(collection.par_indicateur.get(i.pk, ())),
            ]
            for i in indicateurs
        },
    }


def fusionner(ancien: dict | None, nouveau: dict) -> dict:
    """A fresh block that keeps the editor's work: a rewritten synthesis and quote choices."""
    if not ancien:
        valeur = dict(nouveau)
    else:
        valeur = dict(nouveau)
        if (ancien.get("synthese") or "") != (ancien.get("synthese_generee") or ""):
            valeur["synthese"] = ancien.get("synthese") or ""
        anciennes = {c.get("codage"): c for c in _valeurs(ancien.get("citations"))}
        citations = []
        for citation in nouveau["citations"]:
            avant = anciennes.get(citation["codage"])
            if avant is not None:
                citation = {**citation, "choisie": bool(avant.get("choisie"))}
            citations.append(citation)
        valeur["citations"] = citations
        anciennes_photos = {p.get("image"): p for p in _valeurs(ancien.get("photos"))}
        valeur["photos"] = [
            {**p, "choisie": bool(anciennes_photos[p["image"]].get("choisie"))}
            if p["image"] in anciennes_photos
            else p
            for p in nouveau["photos"]
        ]
    valeur["citations"] = _items(valeur["citations"])
    valeur["photos"] = _items(valeur["photos"])
    return valeur


def nouveau_corps(rapport: RapportPage, blocs: dict[int, dict]) -> list[dict]:
    """The report's body with each evidence block refreshed and missing ones added at the end."""
    corps = []
    vus = set()
    for element in rapport.corps.raw_data:
        element = dict(element)
        if element.get("type") == "preuve":
            indicateur = element["value"].get("indicateur")
            if indicateur in blocs and indicateur not in vus:
                element["value"] = fusionner(element["value"], blocs[indicateur])
                vus.add(indicateur)
            elif indicateur in vus:
                continue
        corps.append(element)
    for indicateur, valeur in blocs.items():
        if indicateur not in vus:
            corps.append(
                {"type": "preuve", "value": fusionner(None, valeur), "id": str(uuid.uuid4())}
            )
    if not any(e.get("type") == "graphique" for e in corps):
        corps.append(
            {
                "type": "graphique",
                "value": {"genre": "couverture", "titre": ""},
                "id": str(uuid.uuid4()),
            }
        )
        corps.append(
            {
                "type": "graphique",
                "value": {"genre": "matrice", "titre": ""},
                "id": str(uuid.uuid4()),
            }
        )
    return corps


def generer_blocs(
    rapport: RapportPage,
    progression: Callable[[int, int], None] | None = None,
    utilisateur=None,
) -> RapportPage:
    """Fill or refresh the report's evidence blocks as a new draft revision (live pages too)."""
    blocs, graphiques = calculer_blocs(rapport, progression)
    rapport.corps = nouveau_corps(rapport, blocs)
    rapport.graphiques = graphiques
    rapport.genere_le = timezone.now()
    if not rapport.live:
        rapport.save()
    rapport.save_revision(user=utilisateur, log_action=True)
    # Draw the charts now (kept per content of their data): documents and the page reuse them.
    from .graphiques import GENRES, image_graphique

    for genre in GENRES:
        image_graphique(rapport, genre)
    return rapport
