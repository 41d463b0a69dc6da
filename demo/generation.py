"""A seeded generator of a large, realistic-looking site, for benchmarks and demos.

Creating thousands of Wagtail pages one by one (``add_child`` + revision + publish) takes
minutes. Here the tree is written in bulk instead: treebeard paths are computed in Python
(parent path + one 4-character base-36 step per level), the ``wagtailcore_page`` rows are
inserted with ``bulk_create``, the rows of the specific model (``recits_recitpage``…) with
the same INSERT Django uses for ``save()`` (``bulk_create`` refuses multi-table
inheritance), then tags, codings and search-index entries follow in bulk.

Pages are published (``live``) without revisions: the public site never reads revisions
and the admin creates one on the first edit. ``post_save`` signals are not sent, so
Wagtail's reference index is not filled for generated pages.

It lives in `demo`, on top of every layer, because it fills stories and their codings.
"""

from __future__ import annotations

import datetime
import io
import random
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial

from django.contrib.contenttypes.models import ContentType
from django.db import connections, router, transaction
from django.utils.text import slugify
from modelcluster.queryset import FakeQuerySet
from taggit.models import Tag
from wagtail.models import Collection, Locale, Page
from wagtail.search import index
from wagtail.search.backends import get_search_backend

from indicateurs.models import Codage, Indicateur
from indicateurs.services import creer_codages
from recits.arborescence import initialiser_site
from recits.models import (
    ROUTES_RESERVEES,
    LieuIndexPage,
    LieuPage,
    RecitIndexPage,
    RecitPage,
    RecitTag,
)

ANNEES = (2021, 2022, 2023, 2024, 2025)
TITRE_IMAGES = "Illustration générée"
TAILLE_LOT_INDEX = 1000

# ------------------------------------------------------------------------------
# Word banks
# ------------------------------------------------------------------------------
# South-east départements: code, region, a local suffix for village names, rough centre.
DEPARTEMENTS_SUD_EST = [
    ("07", "Auvergne-Rhône-Alpes", ["sur-Ardèche", "en-Vivarais", "sous-Tanargue"], (44.75, 4.40)),
    ("26", "Auvergne-Rhône-Alpes", ["sur-Drôme", "en-Diois", "la-Rivière"], (44.70, 5.10)),
    ("38", "Auvergne-Rhône-Alpes", ["en-Vercors", "en-Trièves", "sur-Isère"], (45.20, 5.60)),
    ("73", "Auvergne-Rhône-Alpes", ["en-Maurienne", "en-Bauges", "sur-Arc"], (45.45, 6.30)),
    ("74", "Auvergne-Rhône-Alpes", ["en-Chablais", "sur-Arve", "les-Bornes"], (46.00, 6.40)),
    ("42", "Auvergne-Rhône-Alpes", ["en-Forez", "sur-Loire", "en-Jarez"], (45.70, 4.20)),
    ("43", "Auvergne-Rhône-Alpes", ["sur-Loire", "en-Velay", "sur-Allier"], (45.10, 3.80)),
    ("04", "Provence-Alpes-Côte d'Azur", ["de-Haute-Provence", "sur-Durance", "les-Lavandes"], (44.10, 6.20)),
    ("05", "Provence-Alpes-Côte d'Azur", ["en-Champsaur", "en-Queyras", "sur-Buëch"], (44.65, 6.25)),
    ("06", "Provence-Alpes-Côte d'Azur", ["sur-Var", "sur-Tinée", "la-Vésubie"], (43.95, 7.10)),
    ("83", "Provence-Alpes-Côte d'Azur", ["en-Provence", "les-Maures", "sur-Argens"], (43.45, 6.20)),
    ("84", "Provence-Alpes-Côte d'Azur", ["du-Ventoux", "en-Luberon", "les-Dentelles"], (44.00, 5.20)),
    ("30", "Occitanie", ["en-Cévennes", "sur-Cèze", "du-Gard"], (44.05, 4.10)),
    ("34", "Occitanie", ["sur-Orb", "du-Larzac", "les-Garrigues"], (43.65, 3.40)),
    ("48", "Occitanie", ["de-Lozère", "sur-Tarn", "en-Margeride"], (44.50, 3.50)),
]  # fmt: skip

DEBUTS_NOM = [
    "Mont", "Roche", "Beau", "Châtel", "Vil", "Cha", "Sau", "Ver", "Pra", "Bel", "Mar",
    "Lau", "Cler", "Font", "Mir", "Aube", "Ro", "Tau", "Sa", "La", "Cour", "Ser", "Col",
    "Pey", "Bour", "Vals", "Ay", "Bar", "Cré", "Lus",
]  # fmt: skip
MILIEUX_NOM = ["", "", "", "e", "i", "on", "an", "ri", "de", "ma"]
FINS_NOM = [
    "gnan", "fort", "mont", "zet", "lieu", "noux", "sac", "ville", "las", "bonne", "rac",
    "fit", "mande", "rieu", "court", "jac", "nas", "sanne", "gues", "dun", "vert", "pierre",
    "lac", "sol", "mas", "rols", "tour", "val", "bas", "coste",
]  # fmt: skip
SAINTS = [
    "Saint-Julien", "Saint-Agrève", "Sainte-Eulalie", "Saint-Martin", "Saint-Jean",
    "Sainte-Croix", "Saint-Pierre", "Saint-Étienne", "Saint-Roman", "Sainte-Colombe",
    "Saint-Andéol", "Saint-Vincent", "Saint-Laurent", "Sainte-Jalle",
]  # fmt: skip

NOMS_LIEUX = {
    "cafe": ["Café de la Place", "Café des Tilleuls", "Le Bistrot du Lavoir", "Café de la Fontaine", "Café du Pont", "Le Café des Sports"],
    "epicerie": ["Épicerie du Village", "L'Épicerie des Quatre Saisons", "Épicerie de la Halle", "Le Panier Partagé", "L'Épicerie du Coin"],
    "boulangerie": ["Le Fournil", "Boulangerie du Vieux Four", "La Mie Partagée", "Le Four Banal"],
    "tiers-lieu": ["La Fabrique", "Tiers-lieu de la Gare", "La Grange Commune", "L'Atelier du Village", "La Ruche"],
    "multi-commerce": ["Le Multiple", "Multi-commerce de la Place", "L'Escale", "Le Relais"],
    "restaurant": ["L'Auberge du Col", "Restaurant du Lavoir", "La Table d'Hôtes", "Le Bouchon du Marché"],
    "librairie": ["Librairie des Lisières", "La Page Tournée", "Le Livre Voyageur"],
    "autre": ["La Recyclerie", "Le Garage Solidaire", "La Laverie Conviviale"],
}  # fmt: skip
TYPES_POIDS = {
    "cafe": 5, "epicerie": 5, "boulangerie": 3, "tiers-lieu": 3,
    "multi-commerce": 4, "restaurant": 2, "librairie": 1, "autre": 1,
}  # fmt: skip
# How a story names the place: (le …, au …, du …).
NOMS_COURANTS = {
    "cafe": ("le café", "au café", "du café"),
    "epicerie": ("l'épicerie", "à l'épicerie", "de l'épicerie"),
    "boulangerie": ("la boulangerie", "à la boulangerie", "de la boulangerie"),
    "tiers-lieu": ("le tiers-lieu", "au tiers-lieu", "du tiers-lieu"),
    "multi-commerce": ("le multi-commerce", "au multi-commerce", "du multi-commerce"),
    "restaurant": ("le restaurant", "au restaurant", "du restaurant"),
    "librairie": ("la librairie", "à la librairie", "de la librairie"),
    "autre": ("le lieu", "au lieu", "du lieu"),
}

PRENOMS = [
    "Josette", "Marcel", "Aïcha", "Lucien", "Nadia", "Henri", "Mireille", "Karim", "Lucie",
    "Bernard", "Simone", "Yannick", "Odile", "Théo", "Chantal", "Samir", "Élise", "Gaston",
    "Inès", "Roger", "Colette", "Mathis", "Fatou", "Jeannine", "Pierre", "Maëlle", "André",
    "Sylvie", "Hugo", "Paulette", "Rémi", "Yvette", "Léon", "Nathalie", "Malik", "Gisèle",
]  # fmt: skip
PSEUDONYMES = [
    "Tonton Jo", "Mamie Rose", "la boulangère", "le facteur", "une voisine", "Pitchoun",
    "l'habitué du comptoir", "la dame du marché",
]  # fmt: skip
ROLES = [
    "habitante", "habitant", "bénévole", "maire", "client fidèle", "salariée", "retraité",
    "agricultrice", "collégien", "conseillère municipale", "gérant", "voisine",
]  # fmt: skip
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
SAISONS = ["au printemps", "cet été", "à l'automne", "cet hiver", "pendant les vendanges"]

TITRES = [
    "Le {jour} matin, tout le village passe {au_type}",
    "Quand l'épicerie a rouvert à {commune}",
    "{prenom} ne venait plus au bourg, maintenant si",
    "Un repas partagé sous les tilleuls de {commune}",
    "Les épiceries de village, une affaire de confiance",
    "La soupe du {jour} et les anciens",
    "Concert surprise {au_type} de {commune}",
    "Le dépôt de pain qui a changé nos matins",
    "Des jeunes derrière le comptoir",
    "On vient pour le pain, on reste pour parler",
    "{prenom} raconte la première année {du_type}",
    "Les producteurs du plateau trouvent un point de vente",
    "Une boîte à livres qui ne désemplit pas",
    "La belote du {jour} soir",
    "Le marché de Noël de {commune}",
    "{le_type}, dernier commerce ouvert du canton",
    "Les écoliers font leurs courses",
    "Une fête de village retrouvée",
    "Le café-réparation du premier samedi",
    "Ce que {le_type} a changé pour {prenom}",
    "Entre deux tournées, le facteur s'arrête",
    "Les saisonniers et les anciens autour de la même table",
    "Un atelier tricot devenu rendez-vous",
    "La vitrine éclairée qui redonne vie à la place",
    "Les épiceries solidaires du {jour}",
    "Une soirée jeux qui rassemble trois générations",
]  # fmt: skip

FINS_TITRE = [" à {commune}", " ({commune})", ", à {commune}", " : récit de {commune}"]

CHAPOS = [
    "Depuis l'ouverture {du_type}, {commune} a retrouvé un lieu où se croiser.",
    "À {commune}, on ne se voyait plus qu'aux enterrements ; {le_type} a changé la donne.",
    "{prenom} raconte comment un comptoir a recousu les liens entre voisins.",
    "Le {jour}, c'est jour de marché, et tout le monde passe dire bonjour.",
    "Un petit commerce, et c'est tout un village qui se remet à parler.",
    "Les anciens, les enfants et les nouveaux arrivants partagent désormais la même table.",
    "Ce récit a été envoyé par l'équipe du lieu {saison}.",
    "Les producteurs des environs y déposent leurs légumes, les habitants y laissent leurs nouvelles.",
]  # fmt: skip

PHRASES = [
    "Le {jour} matin, {le_type} ouvre à sept heures et les premiers clients arrivent avec le journal sous le bras.",
    "Avant, il fallait faire vingt kilomètres pour acheter du pain ou un timbre.",
    "Aujourd'hui, on trouve à l'épicerie les légumes des maraîchers du plateau et le fromage de la ferme voisine.",
    "{prenom} passe tous les jours, même quand il ne lui manque rien, simplement pour prendre des nouvelles.",
    "Les enfants de l'école viennent après la classe acheter des bonbons et montrer leurs dessins.",
    "On a installé deux tables dehors, sous le tilleul, et elles ne restent jamais vides très longtemps.",
    "Certains habitants n'étaient plus sortis de chez eux depuis l'hiver.",
    "La mairie avait fermé le dernier commerce il y a douze ans ; le bâtiment était à vendre.",
    "La coopérative a racheté les murs, refait la toiture et la vitrine, puis a cherché quelqu'un pour reprendre.",
    "Les bénévoles tiennent une permanence le {jour} pour aider à remplir les papiers en ligne.",
    "Les nouveaux arrivants disent qu'ils ont rencontré plus de monde en un mois ici qu'en un an en ville.",
    "Le soir, on pousse les tables et on joue à la belote ou au tarot.",
    "{saison}, un groupe de musique est venu jouer sur la place, et tout le village est descendu.",
    "Les anciens racontent comment c'était avant, les jeunes expliquent comment marche le téléphone.",
    "Les épiceries de village vivent de peu de chose : la confiance, la régularité, un sourire.",
    "Le dépôt de pain évite aux personnes âgées de prendre la voiture sur la route du col.",
    "Ici, on fait crédit quand la fin du mois est difficile, et personne n'en parle.",
    "Le maire dit que {le_type} a fait plus pour le village que bien des subventions.",
    "Une boîte à livres a été installée près de la porte et elle se vide chaque semaine.",
    "Les saisonniers de la vallée viennent recharger leur téléphone et boire un café.",
    "Des producteurs locaux déposent leurs paniers, ce qui fait vivre trois exploitations du canton.",
    "On a organisé un repas partagé : chacun a apporté un plat, et il y avait du monde jusqu'à minuit.",
    "L'équipe a embauché une jeune du village, qui n'avait pas trouvé de travail depuis deux ans.",
    "Les randonneurs s'arrêtent pour remplir leurs gourdes et demander leur chemin.",
    "{prenom} a proposé un atelier de réparation de vélos, et les enfants y viennent nombreux.",
    "La vitrine éclairée le soir change tout : la place ne semble plus abandonnée.",
    "Quand la neige bloque la route, c'est ici que l'on vient chercher des nouvelles des voisins.",
    "On y parle patois certains matins, et les nouveaux essaient d'apprendre quelques mots.",
    "Des familles qui ne se saluaient pas se retrouvent à la même table pour le loto.",
    "{le_type} sert aussi de point relais pour les colis et les médicaments.",
    "Les épiceries solidaires de la vallée échangent leurs produits et leurs idées.",
    "Ce qui compte, ce n'est pas le chiffre d'affaires, c'est que la porte soit ouverte.",
    "L'association des parents d'élèves y tient ses réunions, autour d'un sirop.",
    "Une habitante a proposé un atelier tricot, qui rassemble maintenant une dizaine de personnes.",
    "Pendant la fête du village, {le_type} a servi plus de trois cents repas.",
    "On se donne rendez-vous au comptoir avant d'aller aux champignons.",
    "La gérante connaît le prénom de chaque client, et aussi celui de ses petits-enfants.",
    "Le bus ne passe que deux fois par jour ; {le_type} est devenu la salle d'attente du village.",
    "{saison}, on a installé des bancs, et les anciens viennent y lire le journal.",
    "Le conseil municipal a voté pour prolonger le bail, à l'unanimité.",
]  # fmt: skip

CITATIONS = [
    "Avant, on ne se voyait qu'aux enterrements. Maintenant on se voit au café.",
    "Je viens chercher mon pain, mais surtout je viens parler.",
    "Sans l'épicerie, j'aurais dû quitter le village.",
    "Ici, personne ne reste seul bien longtemps.",
    "Mes enfants ont appris à dire bonjour à tout le monde.",
    "C'est le seul endroit où je croise des gens de tous les âges.",
    "On a retrouvé l'envie de faire des choses ensemble.",
    "Quand j'ai perdu mon mari, ce sont eux qui m'ont sortie de chez moi.",
    "Le comptoir, c'est un peu notre place du village couverte.",
    "J'ai trouvé mon travail grâce à une annonce punaisée près de la caisse.",
]  # fmt: skip

TAGS = [
    "marché", "repas partagé", "jeunesse", "anciens", "bénévolat", "circuit court", "concert",
    "solidarité", "école", "fête de village", "producteurs locaux", "dépôt de pain",
    "jeux de société", "atelier", "réparation", "lecture", "numérique", "santé", "mobilité",
    "rencontre", "transmission", "agriculture", "tourisme", "culture", "hiver", "été",
    "emploi", "accueil", "patrimoine", "nouveaux arrivants",
]  # fmt: skip

# Indicators most often found in stories come first and weigh more.
POIDS_INDICATEURS = {
    "lien-social": 8, "convivialite": 7, "bien-vivre": 5, "lutte-isolement": 5,
    "services-proximite": 5, "participation": 3, "mixite": 3, "dynamisme-territorial": 3,
    "transition-ecologique": 2, "emploi-insertion": 2,
}  # fmt: skip

COULEURS_IMAGES = [
    ((200, 120, 60), (250, 210, 150)),
    ((47, 107, 79), (180, 220, 190)),
    ((70, 90, 160), (190, 200, 240)),
    ((150, 60, 90), (240, 190, 200)),
    ((120, 110, 50), (230, 220, 160)),
    ((60, 60, 60), (210, 210, 210)),
]


@dataclass
class Bilan:
    """What was generated and how long each step took (seconds)."""

    lieux: int = 0
    recits: int = 0
    tags: int = 0
    codages: int = 0
    images: int = 0
    entrees_index: int = 0
    durees: dict[str, float] = field(default_factory=dict)
    problemes: list[str] = field(default_factory=list)


# ------------------------------------------------------------------------------
# Text
# ------------------------------------------------------------------------------
class Redacteur:
    """Composes French-sounding names and texts from the banks, deterministically."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def commune(self, suffixes: Sequence[str]) -> str:
        rng = self.rng
        if rng.random() < 0.25:
            nom = rng.choice(SAINTS)
        else:
            racine = rng.choice(DEBUTS_NOM) + rng.choice(MILIEUX_NOM) + rng.choice(FINS_NOM)
            nom = racine.capitalize()
        if rng.random() < 0.4:
            nom = f"{nom}-{rng.choice(suffixes)}"
        return nom

    def slots(self, commune: str, type_activite: str) -> dict[str, str]:
        le, au, du = NOMS_COURANTS.get(type_activite, NOMS_COURANTS["autre"])
        return {
            "jour": self.rng.choice(JOURS),
            "prenom": self.rng.choice(PRENOMS),
            "commune": commune,
            "le_type": le,
            "au_type": au,
            "du_type": du,
            "saison": self.rng.choice(SAISONS),
        }

    def phrase(self, modele: str, lieu: LieuPage) -> str:
        texte = modele.format(**self.slots(lieu.commune, lieu.type_activite))
        return texte[0].upper() + texte[1:]

    def titre(self, lieu: LieuPage) -> str:
        titre = self.phrase(self.rng.choice(TITRES), lieu)
        if lieu.commune not in titre and self.rng.random() < 0.5:
            titre += self.rng.choice(FINS_TITRE).format(commune=lieu.commune)
        return titre

    def chapo(self, lieu: LieuPage) -> str:
        a, b = self.rng.sample(CHAPOS, 2)
        return f"{self.phrase(a, lieu)} {self.phrase(b, lieu)}"[:600]

    def corps(self, lieu: LieuPage) -> list[dict]:
        """A body of ~150–300 words: paragraphs, sometimes a testimony."""
        rng = self.rng
        cible = rng.randint(150, 300)
        phrases: list[str] = []
        mots = 0
        for modele in rng.sample(PHRASES, len(PHRASES)):
            phrase = self.phrase(modele, lieu)
            phrases.append(phrase)
            mots += phrase.count(" ") + 1
            if mots >= cible:
                break
        nb_paragraphes = min(len(phrases), rng.randint(2, 4))
        coupes = sorted(rng.sample(range(1, len(phrases)), nb_paragraphes - 1))
        blocs = []
        debut = 0
        for fin in [*coupes, len(phrases)]:
            texte = " ".join(phrases[debut:fin])
            blocs.append({"type": "paragraphe", "value": f"<p>{texte}</p>", "id": _uuid(rng)})
            debut = fin
        if rng.random() < 0.4:
            temoignage = {
                "type": "temoignage",
                "value": {
                    "citation": rng.choice(CITATIONS),
                    "nom": rng.choice(PRENOMS) if rng.random() < 0.8 else "",
                    "role": rng.choice(ROLES),
                },
                "id": _uuid(rng),
            }
            blocs.insert(rng.randint(1, len(blocs)), temoignage)
        return blocs


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _slug_unique(base: str, pris: set[str]) -> str:
    base = slugify(base)[:80].strip("-") or "page"
    slug, n = base, 2
    while slug in pris or slug in ROUTES_RESERVEES:
        slug = f"{base}-{n}"
        n += 1
    pris.add(slug)
    return slug


def _choix_ponderes(rng: random.Random, valeurs: Sequence, poids: Sequence[int], k: int) -> list:
    """k distinct values drawn with weights."""
    choisis: list = []
    while len(choisis) < min(k, len(valeurs)):
        v = rng.choices(valeurs, weights=poids)[0]
        if v not in choisis:
            choisis.append(v)
    return choisis


# ------------------------------------------------------------------------------
# Bulk page insertion
# ------------------------------------------------------------------------------
def _prochain_pas(parent: Page) -> int:
    """Position (1-based) of the next child of `parent` in treebeard's path steps."""
    dernier = (
        Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    return Page._str2int(dernier[-Page.steplen :]) + 1 if dernier else 1


def preparer_page(instance: Page, parent: Page, pas: int, quand: datetime.datetime) -> None:
    """Fill the tree and publication fields that `add_child` and `publish` would set."""
    instance.depth = parent.depth + 1
    instance.path = Page._get_path(parent.path, instance.depth, pas)
    instance.numchild = 0
    instance.url_path = f"{parent.url_path}{instance.slug}/"
    instance.draft_title = instance.title
    instance.live = True
    instance.has_unpublished_changes = False
    instance.first_published_at = quand
    instance.last_published_at = quand
    instance.locale_id = parent.locale_id


def inserer_pages(parent: Page, instances: list[Page], using: str | None = None) -> None:
    """Insert specific pages (all of one class) as children of `parent`, in bulk.

    Each instance must already be prepared with `preparer_page`. Their primary keys are
    set on return. The parent's `numchild` is updated.
    """
    if not instances:
        return
    modele = type(instances[0])
    using = using or router.db_for_write(Page)
    connexion = connections[using]
    type_contenu = ContentType.objects.db_manager(using).get_for_model(modele)
    champs_page = [f for f in Page._meta.concrete_fields if not f.primary_key]
    bases = []
    for instance in instances:
        instance.content_type = type_contenu
        bases.append(Page(**{f.attname: getattr(instance, f.attname) for f in champs_page}))
    Page.objects.using(using).bulk_create(bases)
    if bases[0].pk is None:  # databases that cannot return ids from a bulk insert
        ids = dict(
            Page.objects.using(using)
            .filter(path__in=[b.path for b in bases])
            .values_list("path", "pk")
        )
        for base in bases:
            base.pk = ids[base.path]
    for instance, base in zip(instances, bases, strict=True):
        instance.pk = instance.id = base.pk
        instance._state.adding = False
        instance._state.db = using

    # bulk_create refuses multi-table inheritance: insert the child rows the way save() does.
    champs = list(modele._meta.local_concrete_fields)
    taille = max(1, connexion.ops.bulk_batch_size(champs, instances))
    for i in range(0, len(instances), taille):
        modele._base_manager.using(using)._insert(
            instances[i : i + taille], fields=champs, using=using
        )
    parent.numchild = (
        Page.objects.using(using)
        .filter(path__startswith=parent.path, depth=parent.depth + 1)
        .count()
    )
    Page.objects.using(using).filter(pk=parent.pk).update(numchild=parent.numchild)


# ------------------------------------------------------------------------------
# The generator
# ------------------------------------------------------------------------------
def _images(nombre: int, rng: random.Random) -> list:
    """A handful of small shared JPEGs (reused from a previous run when present)."""
    if nombre <= 0:
        return []
    from django.core.files.images import ImageFile
    from PIL import Image as PILImage
    from PIL import ImageDraw
    from wagtail.images import get_image_model

    modele = get_image_model()
    existantes = list(modele.objects.filter(title__startswith=TITRE_IMAGES).order_by("pk"))
    racine = Collection.get_first_root_node()
    for n in range(len(existantes), nombre):
        haut, bas = COULEURS_IMAGES[n % len(COULEURS_IMAGES)]
        image = PILImage.new("RGB", (800, 500), haut)
        dessin = ImageDraw.Draw(image)
        for y in range(250, 500):  # a horizon: sky above, fields below
            t = (y - 250) / 250
            couleur = tuple(int(h + (b - h) * t) for h, b in zip(haut, bas, strict=True))
            dessin.line([(0, y), (800, y)], fill=couleur)
        dessin.ellipse([rng.randint(80, 650)] * 2 + [rng.randint(700, 780)] * 2, fill=bas)
        tampon = io.BytesIO()
        image.save(tampon, "JPEG", quality=70)
        tampon.seek(0)
        obj = modele(
            title=f"{TITRE_IMAGES} {n + 1}",
            file=ImageFile(tampon, name=f"illustration-generee-{n + 1}.jpg"),
            collection=racine,
        )
        obj.save()
        existantes.append(obj)
    return existantes[:nombre]


def generer(
    nombre: int,
    lieux: int,
    graine: int = 42,
    images: int = 6,
    indexer: bool = True,
    ecrire: Callable[[str], None] = print,
) -> Bilan:
    """Create `lieux` places and `nombre` stories (in addition to what exists)."""
    rng = random.Random(graine)
    redacteur = Redacteur(rng)
    bilan = Bilan()
    debut = time.perf_counter()

    def etape(nom: str) -> None:
        nonlocal debut
        maintenant = time.perf_counter()
        bilan.durees[nom] = round(maintenant - debut, 3)
        debut = maintenant

    with transaction.atomic():
        initialiser_site()
        index_recits = RecitIndexPage.objects.get()
        index_lieux = LieuIndexPage.objects.get()
        locale = Locale.get_default()
        index_recits.locale_id = index_lieux.locale_id = locale.pk
        illustrations = _images(images, rng)
        bilan.images = len(illustrations)
        etape("site et images")

        nouveaux_lieux = _generer_lieux(lieux, index_lieux, redacteur, illustrations)
        bilan.lieux = len(nouveaux_lieux)
        ecrire(f"  {bilan.lieux} lieux insérés")
        etape("lieux")

        cibles = nouveaux_lieux or list(LieuPage.objects.live().order_by("pk"))
        if nombre and not cibles:
            raise ValueError("Aucun lieu où rattacher les récits : demandez au moins un lieu.")
        recits = _generer_recits(nombre, index_recits, cibles, redacteur, illustrations, ecrire)
        bilan.recits = len(recits)
        etape("récits")

        bilan.tags = _generer_tags(recits, rng)
        bilan.codages = _generer_codages(recits, rng)
        ecrire(f"  {bilan.tags} mots-clés et {bilan.codages} codages acceptés insérés")
        etape("mots-clés et codages")

        bilan.problemes = verifier_arbre([index_recits, index_lieux])
        etape("vérification de l'arbre")

    if indexer:
        bilan.entrees_index = indexer_en_memoire(nouveaux_lieux, recits, ecrire)
        etape("index de recherche")
    connexion = connections[router.db_for_write(Page)]
    if connexion.vendor == "sqlite" and not connexion.in_atomic_block:
        # A bulk load leaves a write-ahead log as large as what it wrote: fold it back.
        with connexion.cursor() as curseur:
            curseur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return bilan


def _generer_lieux(nombre, parent, redacteur: Redacteur, illustrations) -> list[LieuPage]:
    rng = redacteur.rng
    pris = set(Page.objects.filter(path__startswith=parent.path).values_list("slug", flat=True))
    pas = _prochain_pas(parent)
    types = list(TYPES_POIDS)
    poids = list(TYPES_POIDS.values())
    lieux = []
    for n in range(nombre):
        code, region, suffixes, (lat, lon) = rng.choice(DEPARTEMENTS_SUD_EST)
        commune = redacteur.commune(suffixes)
        type_activite = rng.choices(types, weights=poids)[0]
        nom = rng.choice(NOMS_LIEUX[type_activite])
        ouverture = datetime.date(rng.randint(2015, 2022), rng.randint(1, 12), rng.randint(1, 28))
        lieu = LieuPage(
            title=nom,
            slug=_slug_unique(f"{nom} {commune}", pris),
            type_activite=type_activite,
            commune=commune,
            code_postal=f"{code}{rng.randint(0, 9)}{rng.randint(0, 9)}0",
            departement=code,
            region=region,
            date_ouverture=ouverture,
            description=(
                f"<p>{nom} a ouvert à {commune} en {ouverture.year}, dans des murs rachetés "
                "et rénovés par la coopérative. "
                f"{rng.choice(PHRASES).format(**redacteur.slots(commune, type_activite))}</p>"
            ),
            photo=rng.choice(illustrations) if illustrations and rng.random() < 0.7 else None,
            latitude=Decimal(f"{lat + rng.uniform(-0.3, 0.3):.5f}"),
            longitude=Decimal(f"{lon + rng.uniform(-0.3, 0.3):.5f}"),
            contact_nom=rng.choice(PRENOMS),
            contact_email=f"contact+{n}@example.org",
        )
        quand = datetime.datetime.combine(ouverture, datetime.time(10), tzinfo=datetime.UTC)
        preparer_page(lieu, parent, pas + n, quand)
        lieux.append(lieu)
    inserer_pages(parent, lieux)
    return lieux


def _generer_recits(nombre, parent, lieux, redacteur: Redacteur, illustrations, ecrire):
    rng = redacteur.rng
    pris = set(Page.objects.filter(path__startswith=parent.path).values_list("slug", flat=True))
    pas = _prochain_pas(parent)
    genres = [RecitPage.Genre.RECIT, RecitPage.Genre.TEMOIGNAGE, RecitPage.Genre.PHOTOS]
    recits: list[RecitPage] = []
    lot: list[RecitPage] = []
    taille_lot = 2000
    for n in range(nombre):
        lieu = lieux[n % len(lieux)] if n < len(lieux) else rng.choice(lieux)
        titre = redacteur.titre(lieu)
        annee = rng.choice(ANNEES)
        date = datetime.date(annee, rng.randint(1, 12), rng.randint(1, 28))
        signature = rng.choices(
            [
                RecitPage.Signature.PRENOM,
                RecitPage.Signature.PSEUDONYME,
                RecitPage.Signature.ANONYME,
            ],
            weights=[6, 2, 2],
        )[0]
        auteur = {
            RecitPage.Signature.PRENOM: rng.choice(PRENOMS),
            RecitPage.Signature.PSEUDONYME: rng.choice(PSEUDONYMES),
            RecitPage.Signature.ANONYME: "",
        }[signature]
        recit = RecitPage(
            title=titre,
            slug=_slug_unique(titre, pris),
            chapo=redacteur.chapo(lieu),
            corps=redacteur.corps(lieu),
            lieu=lieu,
            date=date,
            genre=rng.choices(genres, weights=[6, 3, 1])[0],
            signature=signature,
            auteur_nom=auteur,
            image=rng.choice(illustrations) if illustrations and rng.random() < 0.6 else None,
            source=rng.choice([RecitPage.Source.CONTRIBUTION, RecitPage.Source.EDITION]),
        )
        publie = datetime.datetime.combine(
            date + datetime.timedelta(days=rng.randint(3, 60)),
            datetime.time(rng.randint(8, 19), rng.randint(0, 59)),
            tzinfo=datetime.UTC,
        )
        preparer_page(recit, parent, pas + n, publie)
        lot.append(recit)
        if len(lot) >= taille_lot:
            inserer_pages(parent, lot)
            recits.extend(lot)
            lot = []
            ecrire(f"  {len(recits)}/{nombre} récits insérés")
    if lot:
        inserer_pages(parent, lot)
        recits.extend(lot)
        ecrire(f"  {len(recits)}/{nombre} récits insérés")
    return recits


def _generer_tags(recits: list[RecitPage], rng: random.Random) -> int:
    tags = []
    for nom in TAGS:
        tag = Tag.objects.filter(name__iexact=nom).first()
        if tag is None:
            tag = Tag.objects.create(name=nom)
        tags.append(tag)
    liens = []
    for recit in recits:
        choisis = rng.sample(tags, rng.randint(1, 3))
        recit._prefetched_objects_cache = {"tags": FakeQuerySet(Tag, choisis)}
        liens.extend(RecitTag(tag=t, content_object_id=recit.pk) for t in choisis)
    RecitTag.objects.bulk_create(liens, batch_size=5000)
    return len(liens)


def _generer_codages(recits: list[RecitPage], rng: random.Random) -> int:
    indicateurs = list(Indicateur.objects.filter(actif=True).order_by("ordre"))
    if not indicateurs:
        return 0
    poids = [POIDS_INDICATEURS.get(i.slug, 2) for i in indicateurs]
    codages = []
    for recit in recits:
        decide = recit.first_published_at - datetime.timedelta(hours=rng.randint(1, 48))
        for indicateur in _choix_ponderes(rng, indicateurs, poids, rng.randint(1, 3)):
            codages.append(
                Codage(
                    recit_id=recit.pk,
                    indicateur=indicateur,
                    origine=Codage.Origine.EDITEUR,
                    statut=Codage.Statut.ACCEPTE,
                    decide_le=decide,
                )
            )
    return creer_codages(codages)


def verifier_arbre(parents: Iterable[Page]) -> list[str]:
    """Cheap tree checks after a bulk insert (treebeard's find_problems is per node)."""
    problemes = []
    for parent in parents:
        parent.refresh_from_db(fields=["numchild", "path", "depth"])
        enfants = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
        reels = enfants.count()
        if parent.numchild != reels:
            problemes.append(f"{parent.title} : numchild={parent.numchild}, enfants={reels}")
        longueur = (parent.depth + 1) * Page.steplen
        mauvais = [
            p for p in enfants.values_list("path", flat=True).iterator() if len(p) != longueur
        ]
        if mauvais:
            problemes.append(f"{parent.title} : {len(mauvais)} chemins de mauvaise longueur")
        petits_enfants = Page.objects.filter(
            path__startswith=parent.path, depth__gt=parent.depth + 1
        ).count()
        if parent.specific_class in (RecitIndexPage, LieuIndexPage) and petits_enfants:
            problemes.append(f"{parent.title} : {petits_enfants} pages trop profondes")
    # Every page must have its specific row.
    for modele in (RecitPage, LieuPage):
        type_contenu = ContentType.objects.get_for_model(modele)
        sans_ligne = (
            Page.objects.filter(content_type=type_contenu)
            .exclude(pk__in=modele.objects.values("pk"))
            .count()
        )
        if sans_ligne:
            problemes.append(f"{sans_ligne} pages {modele.__name__} sans leur ligne spécifique")
    return problemes


@contextmanager
def _methodes_memorisees(modele, objets: Sequence):
    """Compute each method-backed search field once per object while indexing.

    The database backends ask every search field for its value three times (title, body,
    autocomplete); for `texte_normalise` that triples the cost of the whole index step.
    An instance attribute shadows the method for the duration, then is removed.
    """
    noms = {
        f.field_name
        for f in modele.get_search_fields()
        if isinstance(f, index.SearchField | index.AutocompleteField)
        and callable(getattr(modele, f.field_name, None))
    }
    for obj in objets:
        for nom in noms:
            obj.__dict__[nom] = partial(_constante, getattr(obj, nom)())
    try:
        yield
    finally:
        for obj in objets:
            for nom in noms:
                obj.__dict__.pop(nom, None)


def _constante(valeur):
    return valeur


def indexer_en_memoire(lieux: list[LieuPage], recits: list[RecitPage], ecrire) -> int:
    """Add the new pages to the search index from the objects already in memory."""
    backend = get_search_backend()
    total = 0
    if lieux:
        with _methodes_memorisees(LieuPage, lieux):
            backend.add_bulk(LieuPage, lieux)
        total += len(lieux)
    for i in range(0, len(recits), TAILLE_LOT_INDEX):
        lot = recits[i : i + TAILLE_LOT_INDEX]
        with transaction.atomic(), _methodes_memorisees(RecitPage, lot):
            backend.add_bulk(RecitPage, lot)
        total += len(lot)
        ecrire(f"  index de recherche : {i + len(lot)}/{len(recits)} récits")
    return total
