"""Loads the demo content: accounts, pictures, places, stories and their codings.

Idempotent: places and stories are looked up by slug, pictures by title in the demo
collection, accounts by username; whatever exists already is left untouched.
"""

from __future__ import annotations

import datetime
import io
import zlib
import zoneinfo
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.db import transaction
from django.db.models.signals import post_save
from django.utils.html import escape
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, ReferenceIndex, Revision
from wagtail.search.backends import get_search_backends
from wagtail.search.index import get_indexed_models
from wagtail.search.signal_handlers import post_save_signal_handler
from wagtail.signal_handlers import disable_reference_index_auto_update

from collecte.models import Campagne, Invitation
from indicateurs.models import Codage, Indicateur
from indicateurs.services import creer_codages
from recits.arborescence import initialiser_site
from recits.grammaire import article_probable
from recits.models import LieuIndexPage, LieuPage, RecitIndexPage, RecitPage

from . import dessins, interieurs, photos
from .composition import recits_composes
from .contenu import LIEUX, RECITS, RECITS_BROUILLONS, VARIANTES, VARIANTES_DU_SOIR
from .informations import creer_pages_information

COLLECTION = "Démonstration"
PARIS = zoneinfo.ZoneInfo("Europe/Paris")

EDITRICE = {"username": "editrice", "password": "recits-demo", "email": "editrice@exemple.fr"}
ADMIN = {"username": "admin", "password": "recits-admin", "email": "admin@exemple.fr"}
GROUPES_EDITRICE = ["Editors", "Moderators"]


@dataclass
class Bilan:
    """What a run created, and what it found already there."""

    lieux_crees: int = 0
    lieux_existants: int = 0
    recits_crees: int = 0
    recits_existants: int = 0
    brouillons_crees: int = 0
    brouillons_existants: int = 0
    images_creees: int = 0
    codages_crees: int = 0
    comptes: list[str] = field(default_factory=list)
    campagne: str = ""


def tous_les_recits() -> list[dict]:
    """Hand-written then composed stories, each with its slug."""
    recits = [*RECITS, *recits_composes()]
    for recit in recits:
        recit.setdefault("slug", slug_de(recit["titre"]))
    slugs = [r["slug"] for r in recits] + [r["slug"] for r in RECITS_BROUILLONS]
    if len(set(slugs)) != len(slugs):  # a content error, caught by the tests
        raise ValueError("Deux récits de démonstration ont la même adresse.")
    return recits


def slug_de(titre: str, longueur: int = 70) -> str:
    """A readable slug, cut at a word boundary."""
    slug = slugify(titre)
    if len(slug) > longueur:
        slug = slug[:longueur].rsplit("-", 1)[0]
    return slug


def moment(jour: datetime.date, heure: int = 18) -> datetime.datetime:
    """An aware datetime on that day, Paris time."""
    return datetime.datetime.combine(jour, datetime.time(heure), tzinfo=PARIS)


def scene_de(lieu: dict, variante: str, cle: str = "", quand: datetime.date | None = None):
    """The drawing of one picture: the place's variant, made unique by the story's key."""
    v = VARIANTES[variante]
    dessin = dict(lieu["dessin"])
    dessin["voisins"] = tuple(dessin.get("voisins", photos.Lieu.voisins))
    saison = v.get("saison", "")
    if not saison and quand is not None and quand.month in (9, 10, 11):
        saison = "automne"
    return photos.Scene(
        lieu=photos.Lieu(**dessin),
        moment=v["moment"],
        decor=frozenset(v["decor"]),
        graine=zlib.crc32(cle.encode()) % 100_000 if cle else sorted(VARIANTES).index(variante),
        saison=saison,
        vue=v.get("vue", "exterieur"),
        activite=lieu["type_activite"],
    )


# Words of a story's title or standfirst that place it inside, or outside.
DEDANS = ("poêle", "salle", "comptoir", "atelier", "veillée", "tricot", "cuisine", "rayon",
          "soupe", "belote", "conte", "réunion", "permanence", "à l'intérieur")  # fmt: skip
DEHORS = ("marché", "terrasse", "place", "rue", "jardin", "fête de", "balade", "parvis")

NOMBRES = ("", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix")


def description(lieu: dict, scene: photos.Scene, texte: str, personnes: int) -> str:
    """The alt text: what the picture shows, said plainly."""
    if scene.vue == "interieur":
        salle = interieurs.SALLES.get(scene.activite, interieurs.SALLES["multi-commerce"]).nom
        debut = f"Illustration : {salle} {lieu['du']} {lieu['a_commune']}, {texte}"
    else:
        debut = f"Illustration : la façade {lieu['du']} {lieu['a_commune']}, {texte}"
        if scene.saison == "automne":
            debut += ", en automne"
    if personnes == 0:
        return f"{debut}, sans personne."
    if personnes == 1:
        return f"{debut}, une personne."
    nombre = NOMBRES[personnes] if personnes < len(NOMBRES) else "une dizaine de"
    return f"{debut}, {nombre} personnes."


class Photos:
    """Draws each picture once (one per story and per view) and stores it as a Wagtail image."""

    def __init__(self, collection: Collection, bilan: Bilan):
        self.collection = collection
        self.bilan = bilan
        self.modele = get_image_model()
        self.cache: dict[tuple[str, str, str], object] = {}

    def get(
        self,
        lieu: dict,
        variante: str,
        cle: str = "",
        quand: datetime.date | None = None,
        sujet: str = "",
    ):
        """The picture of the place in that variant; `cle` makes it the story's own."""
        index = (lieu["slug"], variante, cle)
        if index in self.cache:
            return self.cache[index]
        texte = VARIANTES[variante]["texte"]
        titre = f"{lieu['title']} ({lieu['commune']}) — {texte}"
        if sujet:
            titre = f"{titre} — {sujet}"
        image = self.modele.objects.filter(collection=self.collection, title=titre).first()
        if image is None:
            image = self.creer(lieu, variante, titre, texte, cle, quand)
        self.cache[index] = image
        return image

    def pour_recit(self, lieu: dict, d: dict):
        """A story's main picture: inside for testimonies and every other story, else outside."""
        variante = d["photo"]
        sujet = f"{d['titre']} {d['chapo']}".lower()
        if d["genre"] == "photos" or any(mot in sujet for mot in DEHORS):
            dedans = False  # a photo report shows the place from outside first
        elif any(mot in sujet for mot in DEDANS):
            dedans = True
        else:  # testimonies, one in two; other stories, one in three
            dedans = zlib.crc32(d["slug"].encode()) % (2 if d["genre"] == "temoignage" else 3) == 0
        if dedans:
            variante = "veillee" if variante in VARIANTES_DU_SOIR else "comptoir"
        return self.get(lieu, variante, d["slug"], d["date"], f"« {d['titre']} »")

    def creer(self, lieu: dict, variante: str, titre: str, texte: str, cle: str, quand):
        scene = scene_de(lieu, variante, cle, quand)
        dessin = dessins.photo(scene)
        suffixe = f"-{zlib.crc32(cle.encode()):08x}" if cle else ""
        nom = f"demo-{lieu['slug']}-{variante}{suffixe}.jpg"
        image = self.modele(
            title=titre,
            description=description(lieu, scene, texte, dessin.personnes),
            collection=self.collection,
        )
        image.file = ImageFile(io.BytesIO(dessin.jpeg), name=nom)
        image._set_image_file_metadata()
        image.save()
        self.bilan.images_creees += 1
        return image


class Chargeur:
    """One run of the loader."""

    def __init__(self):
        self.bilan = Bilan()
        self.a_indexer: list = []

    @transaction.atomic
    def charger(self) -> Bilan:
        with indexation_differee(), disable_reference_index_auto_update():
            self._charger()
        self.indexer()
        self.references()
        return self.bilan

    def _charger(self) -> None:
        initialiser_site()
        self.a_indexer.extend(creer_pages_information())
        self.index_lieux = LieuIndexPage.objects.get()
        self.index_recits = RecitIndexPage.objects.get()
        self.editrice = self.comptes()
        self.photos = Photos(self.collection(), self.bilan)
        self.indicateurs = {i.slug: i for i in Indicateur.objects.all()}
        lieux = {d["slug"]: self.lieu(d, rang) for rang, d in enumerate(LIEUX)}
        for donnees in tous_les_recits():
            self.recit(donnees, lieux[donnees["lieu"]])
        for donnees in RECITS_BROUILLONS:
            self.brouillon(donnees, lieux[donnees["lieu"]])
        self.campagne(list(lieux.values()))

    # -- collection -----------------------------------------------------------
    def campagne(self, lieux: list[LieuPage]) -> Campagne:
        """An open campaign of this year, every demo place invited (`inviter --lieu` works)."""
        aujourd_hui = datetime.date.today()
        campagne = Campagne.objects.filter(annee=aujourd_hui.year).first()
        if campagne is None:
            campagne = Campagne.objects.create(
                annee=aujourd_hui.year,
                titre=f"Récits {aujourd_hui.year}",
                ouverture=aujourd_hui - datetime.timedelta(days=30),
                cloture=aujourd_hui + datetime.timedelta(days=120),
                introduction=(
                    "Racontez-nous ce que votre lieu a changé cette année dans la vie du "
                    "village : un moment, une rencontre, une habitude nouvelle."
                ),
            )
            self.bilan.campagne = f"Campagne « {campagne.titre} » ouverte"
        else:
            self.bilan.campagne = f"Campagne « {campagne.titre} » déjà présente"
        for lieu in lieux:
            Invitation.objects.get_or_create(campagne=campagne, lieu=lieu)
        return campagne

    # -- accounts ----------------------------------------------------------
    def comptes(self):
        utilisateurs = get_user_model()
        editrice = utilisateurs.objects.filter(username=EDITRICE["username"]).first()
        if editrice is None:
            editrice = utilisateurs.objects.create_user(
                username=EDITRICE["username"],
                email=EDITRICE["email"],
                password=EDITRICE["password"],
                first_name="Camille",
                is_staff=True,
            )
            editrice.groups.add(*Group.objects.filter(name__in=GROUPES_EDITRICE))
            self.bilan.comptes.append(
                f"Compte éditrice créé : identifiant « {EDITRICE['username']} », "
                f"mot de passe « {EDITRICE['password']} » (groupes Editors et Moderators)."
            )
        else:
            self.bilan.comptes.append(
                f"Compte éditrice « {EDITRICE['username']} » déjà présent (mot de passe inchangé)."
            )
        if not utilisateurs.objects.filter(username=ADMIN["username"]).exists():
            utilisateurs.objects.create_superuser(
                username=ADMIN["username"], email=ADMIN["email"], password=ADMIN["password"]
            )
            self.bilan.comptes.append(
                f"Superutilisateur créé : identifiant « {ADMIN['username']} », "
                f"mot de passe « {ADMIN['password']} »."
            )
        else:
            self.bilan.comptes.append(
                f"Superutilisateur « {ADMIN['username']} » déjà présent (mot de passe inchangé)."
            )
        return editrice

    def collection(self) -> Collection:
        racine = Collection.get_first_root_node()
        existante = racine.get_children().filter(name=COLLECTION).first()
        return existante or racine.add_child(name=COLLECTION)

    # -- places -------------------------------------------------------------
    def lieu(self, d: dict, rang: int) -> LieuPage:
        existant = LieuPage.objects.child_of(self.index_lieux).filter(slug=d["slug"]).first()
        if existant:
            self.bilan.lieux_existants += 1
            return existant
        # daytime pictures for the places list, varied from one place to the next
        vitrine = [v for v in d["variantes"] if v not in ("soiree", "nuit")]
        page = LieuPage(
            title=d["title"],
            slug=d["slug"],
            article=article_probable(d["title"]),
            type_activite=d["type_activite"],
            commune=d["commune"],
            code_postal=d["code_postal"],
            departement=d["departement"],
            region=d["region"],
            date_ouverture=d["date_ouverture"],
            description=f"<p>{escape(d['description'])}</p>",
            photo=self.photos.get(d, vitrine[rang % len(vitrine)]),
            latitude=d["latitude"],
            longitude=d["longitude"],
            contact_nom=d["contact_nom"],
            contact_email=d["contact_email"],
        )
        self.index_lieux.add_child(instance=page)
        page.save_revision(clean=False).publish()
        quand = moment(d["date_ouverture"], 10)
        self.dater(page, quand)
        self.bilan.lieux_crees += 1
        self.a_indexer.append(page)
        return page

    # -- stories ------------------------------------------------------------
    def corps(self, blocs: list[tuple], lieu: dict, d: dict) -> list[dict]:
        """Turn the content's tuples into raw StreamField data; each picture its own."""
        vues = iter(range(1, 100))

        def image(variante: str) -> dict:
            rang = next(vues)
            sujet = f"« {d['titre']} », vue {rang}"
            photo = self.photos.get(lieu, variante, f"{d['slug']}#{rang}", d["date"], sujet)
            return {"image": photo.pk, "decorative": False, "alt_text": photo.description}

        resultat = []
        for bloc in blocs:
            genre = bloc[0]
            if genre == "p":
                html = "".join(f"<p>{escape(p.strip())}</p>" for p in bloc[1].split("\n\n"))
                resultat.append({"type": "paragraphe", "value": html})
            elif genre == "t":
                valeur = {"citation": bloc[1], "nom": bloc[2], "role": bloc[3]}
                resultat.append({"type": "temoignage", "value": valeur})
            elif genre == "img":
                valeur = {"image": image(bloc[1]), "legende": bloc[2]}
                resultat.append({"type": "image", "value": valeur})
            elif genre == "gal":
                vues = [{"image": image(v), "legende": legende} for v, legende in bloc[2]]
                resultat.append({"type": "galerie", "value": {"titre": bloc[1], "photos": vues}})
            else:
                raise ValueError(f"Bloc de démonstration inconnu : {genre}")
        return resultat

    def nouvelle_page(self, d: dict, lieu_page: LieuPage, lieu: dict, image) -> RecitPage:
        page = RecitPage(
            title=d["titre"],
            slug=d["slug"],
            chapo=d["chapo"],
            corps=self.corps(d["corps"], lieu, d),
            lieu=lieu_page,
            date=d["date"],
            genre=d["genre"],
            signature=d["signature"],
            auteur_nom=d["auteur"],
            image=image,
            source=d["source"],
        )
        page.tags.add(*self.tags(d["tags"]))
        return page

    def tags(self, noms: list[str]) -> list[Tag]:
        """Existing tags whatever their case (TAGGIT_CASE_INSENSITIVE), else new ones."""
        resultat = []
        for nom in noms:
            tag = Tag.objects.filter(name__iexact=nom).first() or Tag.objects.create(name=nom)
            resultat.append(tag)
        return resultat

    def recit(self, d: dict, lieu_page: LieuPage) -> None:
        if RecitPage.objects.child_of(self.index_recits).filter(slug=d["slug"]).exists():
            self.bilan.recits_existants += 1
            return
        lieu = next(x for x in LIEUX if x["slug"] == d["lieu"])
        page = self.nouvelle_page(d, lieu_page, lieu, self.photos.pour_recit(lieu, d))
        self.index_recits.add_child(instance=page)
        page.save_revision(clean=False).publish()
        quand = moment(d["date"] + datetime.timedelta(days=3 + len(d["titre"]) % 9))
        self.dater(page, quand)
        self.codages(page, d, quand)
        self.bilan.recits_crees += 1
        self.a_indexer.append(page)

    def brouillon(self, d: dict, lieu_page: LieuPage) -> None:
        if RecitPage.objects.child_of(self.index_recits).filter(slug=d["slug"]).exists():
            self.bilan.brouillons_existants += 1
            return
        lieu = next(x for x in LIEUX if x["slug"] == d["lieu"])
        image = self.photos.get(
            lieu, d["photo_propre"], d["slug"], d.get("date"), f"« {d['titre']} » (brouillon)"
        )
        page = self.nouvelle_page(d, lieu_page, lieu, image)
        page.live = False
        self.index_recits.add_child(instance=page)
        page.save_revision(clean=False)
        creer_codages(
            Codage(
                recit=page,
                indicateur=self.indicateurs[slug],
                origine=Codage.Origine.ASSISTANT,
                statut=Codage.Statut.SUGGERE,
                score=score,
                explication=f"Mots repérés : {mots}.",
            )
            for slug, score, mots in d["suggestions"]
        )
        self.bilan.brouillons_crees += 1
        self.a_indexer.append(page)

    def codages(self, page: RecitPage, d: dict, quand: datetime.datetime) -> None:
        """Accepted editor codings: the whole story, plus a few passages."""
        commun = {
            "recit": page,
            "origine": Codage.Origine.EDITEUR,
            "statut": Codage.Statut.ACCEPTE,
            "decide_par": self.editrice,
            "decide_le": quand,
        }
        lignes = [Codage(indicateur=self.indicateurs[s], **commun) for s in d["indicateurs"][:4]]
        texte = page.texte_brut()
        for slug, passage in d.get("passages", {}).items():
            debut = texte.find(passage)
            if debut < 0:
                raise ValueError(f"Passage introuvable dans « {page.title} » : {passage}")
            lignes.append(
                Codage(
                    indicateur=self.indicateurs[slug],
                    debut=debut,
                    fin=debut + len(passage),
                    passage=passage,
                    **commun,
                )
            )
        self.bilan.codages_crees += creer_codages(lignes)

    def dater(self, page: Page, quand: datetime.datetime) -> None:
        """Publication dates near the story's own date, so feeds and the admin read right."""
        Page.objects.filter(pk=page.pk).update(
            first_published_at=quand,
            last_published_at=quand,
            latest_revision_created_at=quand,
        )
        if page.latest_revision_id:
            Revision.objects.filter(pk=page.latest_revision_id).update(created_at=quand)

    def indexer(self) -> None:
        """Index what was created now, in bulk, so search works before any worker runs."""
        par_modele: dict[type, list] = {}
        for objet in [*self.a_indexer, *self.photos.cache.values()]:
            par_modele.setdefault(type(objet), []).append(objet)
        for backend in get_search_backends(with_auto_update=True):
            for modele, objets in par_modele.items():
                backend.add_bulk(modele, objets)

    def references(self) -> None:
        """Record the new objects in Wagtail's reference index (image usage, tags) at once."""
        for objet in [*self.a_indexer, *self.photos.cache.values()]:
            if ReferenceIndex.is_indexed(type(objet)):
                ReferenceIndex.create_or_update_for_object(objet)


@contextmanager
def indexation_differee():
    """Suspend the per-save search indexing while loading, then index once at the end.

    Each page is saved three times (creation, revision, publication): left connected, the
    handler would queue hundreds of redundant index tasks for the worker (or, with the
    immediate task backend, index every intermediate save). Wagtail offers the same switch
    for its reference index (`disable_reference_index_auto_update`), used alongside.
    """
    coupes = [
        modele
        for modele in get_indexed_models()
        if post_save.disconnect(post_save_signal_handler, sender=modele)
    ]
    try:
        yield
    finally:
        for modele in coupes:
            post_save.connect(post_save_signal_handler, sender=modele)
