"""Withdrawal and erasure leave nothing behind: not in any table, file or cache.

The completeness test follows a contribution through everything the site does with it
(publication, photos in the image library, the real spaCy task, a passage coding, tags,
a comment, every public page rendered with the page cache on, the admin screens), then
withdraws or erases it, and scans every column of every table, every file of the media
and private folders and every cached value for a marker word, a person's name and the
photos' bytes. The same scan run before the withdrawal finds them in many places, so it
is not blind.
"""

from __future__ import annotations

import io
import json
import os
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.backends.db import SessionStore
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.db.models import Q
from django.test import Client
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import (
    Comment,
    ModelLogEntry,
    Page,
    PageLogEntry,
    ReferenceIndex,
    Revision,
    WorkflowState,
)

from collecte.effacement import contribution_effacee, effacer_contribution
from collecte.models import Contribution
from indicateurs.models import Analyse, Codage, Indicateur
from indicateurs.services import creer_codages
from recits.models import RecitPage

from .factories import InvitationFactory
from .utils import envoyer_contribution, fichiers_sous

Image = get_image_model()
MARQUEUR = "Xquilombar"
NOM = "Bertrande Kwapisz"
# Searched lower-case in text and bytes. SQLite's FTS5 stores a term after the prefix it
# shares with the term before it, and the index is stemmed: the words minus their first
# letter are searched, which no other term of this small index begins with.
AIGUILLES = ("quilombar", "wapisz")

TEXTE = (
    f"Le jour du {MARQUEUR}, {NOM} est revenue au café pour la première fois depuis l'hiver. "
    "Tout le village l'attendait sous les platanes.\n\n"
    f"Elle a dit : « Le {MARQUEUR}, c'est ma fête. »"
)


@pytest.fixture
def taches_en_base(settings):
    """The database task queue of `make run`, instead of the tests' immediate backend."""
    settings.TASKS = {
        "default": {
            "BACKEND": "django_tasks_db.DatabaseBackend",
            "QUEUES": settings.RECITS_FILES_TACHES,
        }
    }


def executer_taches() -> None:
    """Run every queued task as `manage.py db_worker` does, then return."""
    call_command(
        "db_worker",
        batch=True,
        queue_name="*",
        startup_delay=False,
        reload=False,
        stdout=io.StringIO(),
        stderr=io.StringIO(),
    )


def _texte(table: str, colonne: str, valeur) -> str | None:
    """A cell as searchable lower-case text (sessions decoded, bytes read as Latin-1)."""
    if valeur is None:
        return None
    if table == "django_session" and colonne == "session_data":
        return json.dumps(SessionStore().decode(valeur), ensure_ascii=False).lower()
    if isinstance(valeur, memoryview):
        valeur = valeur.tobytes()
    if isinstance(valeur, bytes):
        return valeur.decode("latin-1").lower()
    if isinstance(valeur, (dict, list)):
        return json.dumps(valeur, ensure_ascii=False).lower()
    return str(valeur).lower()


TYPES_TEXTE = {
    "CharField",
    "TextField",
    "JSONField",
    "BinaryField",
    "SlugField",
    "EmailField",
    "URLField",
    "FileField",
}


def chercher_en_base(morceaux: list[bytes]) -> tuple[Counter, dict]:
    """Where the needles (and the photos' bytes) are, per table and column; what was read."""
    trouves: Counter = Counter()
    lu = {"tables": 0, "colonnes_texte": 0, "lignes": 0}
    qn = connection.ops.quote_name
    with connection.cursor() as curseur:
        for table in connection.introspection.table_names(curseur):
            lu["tables"] += 1
            for colonne in connection.introspection.get_table_description(curseur, table):
                try:
                    type_champ = connection.introspection.get_field_type(colonne.type_code, colonne)
                except KeyError:
                    type_champ = "TextField"  # FTS5 columns have no declared type: text
                lu["colonnes_texte"] += type_champ in TYPES_TEXTE
            curseur.execute(f"SELECT * FROM {qn(table)}")  # noqa: S608 (introspected names)
            colonnes = [c[0] for c in curseur.description]
            for ligne in curseur.fetchall():
                lu["lignes"] += 1
                for colonne, valeur in zip(colonnes, ligne, strict=True):
                    texte = _texte(table, colonne, valeur)
                    if texte is None:
                        continue
                    if any(aiguille in texte for aiguille in AIGUILLES) or any(
                        m.decode("latin-1").lower() in texte for m in morceaux
                    ):
                        trouves[f"{table}.{colonne}"] += 1
    return trouves, lu


def chercher_dans_les_fichiers(morceaux: list[bytes], lu: dict) -> Counter:
    """Files of the media and private folders whose name or bytes hold a needle."""
    trouves: Counter = Counter()
    racines = {"media": Path(settings.MEDIA_ROOT), "prive": Path(settings.PRIVATE_MEDIA_ROOT)}
    for nom_racine, racine in racines.items():
        for chemin in fichiers_sous(racine):
            lu["fichiers"] = lu.get("fichiers", 0) + 1
            contenu = chemin.read_bytes()
            bas = contenu.lower()
            nom = str(chemin.relative_to(racine)).lower()
            if (
                any(a in nom for a in AIGUILLES)
                or any(a.encode() in bas for a in AIGUILLES)
                or any(m in contenu for m in morceaux)
            ):
                trouves[f"{nom_racine}:{chemin.relative_to(racine)}"] += 1
    return trouves


def chercher_en_cache(morceaux: list[bytes], lu: dict) -> Counter:
    """Cached values (pickled, as the cache keeps them) that hold a needle."""
    trouves: Counter = Counter()
    for alias in settings.CACHES:
        cache = caches[alias]
        assert isinstance(cache, LocMemCache), "the scan reads the local-memory cache"
        for cle, valeur in list(cache._cache.items()):
            lu["valeurs_en_cache"] = lu.get("valeurs_en_cache", 0) + 1
            bas = valeur.lower()
            if any(a.encode() in bas for a in AIGUILLES) or any(m in valeur for m in morceaux):
                trouves[f"cache:{alias}:{cle.split(':')[2] if ':' in cle else cle}"] += 1
    return trouves


def tout_chercher(morceaux: list[bytes]) -> tuple[Counter, dict]:
    en_base, lu = chercher_en_base(morceaux)
    fichiers = chercher_dans_les_fichiers(morceaux, lu)
    return en_base + fichiers + chercher_en_cache(morceaux, lu), lu


def octets_de_la_base(dossier: Path) -> bytes:
    """SQLite: every page of the database as stored, free pages included (a backup copy)."""
    copie = dossier / "copie.sqlite3"
    copie.unlink(missing_ok=True)
    connection.ensure_connection()
    cible = sqlite3.connect(copie)
    connection.connection.backup(cible)
    cible.close()
    return copie.read_bytes().lower()


PAGES_PUBLIQUES = [
    "/",
    "/recits/",
    "/recits/?lieu=cafe-tilleuls",
    "/recits/?indicateur=lien-social",
    "/recits/flux/",
    "/lieux/",
    "/lieux/cafe-tilleuls/",
    "/indicateurs/",
    "/indicateurs/lien-social/",
    f"/recherche/?q={MARQUEUR}",
    f"/recherche/?q={NOM}",
    "/sitemap.xml",
]


def visiter_le_site(recit_url: str | None) -> dict[str, bytes]:
    """Every public page, twice each as an anonymous visitor (the second from the cache)."""
    visiteur = Client()
    pages = {}
    for url in [*PAGES_PUBLIQUES, *([recit_url] if recit_url else [])]:
        visiteur.get(url)
        pages[url] = visiteur.get(url).content
    return pages


@pytest.fixture
def moderatrice(django_user_model):
    utilisatrice = django_user_model.objects.create_user(
        "moderatrice", "moderation@exemple.fr", "x", is_staff=True
    )
    utilisatrice.groups.add(Group.objects.get(name="Moderators"))
    return utilisatrice


@pytest.fixture
def admin_client_complet(django_user_model):
    admin = django_user_model.objects.create_superuser("admin", "admin@exemple.fr", "x")
    client = Client()
    client.force_login(admin)
    return client


def photo_unique() -> bytes:
    """A JPEG no other test sends: its bytes, once cleaned, exist only for this contribution."""
    tampon = io.BytesIO()
    PILImage.frombytes("RGB", (320, 240), os.urandom(320 * 240 * 3)).save(tampon, "JPEG")
    return tampon.getvalue()


def contribution_vecue(client, invitation, moderatrice) -> tuple[Contribution, list[bytes]]:
    """Send, analyse, code, tag, comment, publish and show a contribution everywhere."""
    contribution = envoyer_contribution(
        client,
        invitation,
        photos=[
            (f"Le {MARQUEUR} sous les platanes", f"{NOM} danse", "fete.jpg", photo_unique()),
            (f"Le gâteau du {MARQUEUR}", "Un gâteau", "gateau.jpg", photo_unique()),
        ],
        genre="temoignage",
        titre=f"Le retour de Bertrande au {MARQUEUR}",
        texte=TEXTE,
        pourquoi=f"Parce que {NOM} ne sortait plus de chez elle.",
        temoin_paroles=f"Ici, pour le {MARQUEUR}, on me dit bonjour.",
        temoin_signature="prenom",
        temoin_nom="Bertrande",
        temoin_role="habitant·e",
        temoin_age="75 ans et plus",
        signature_nom=NOM,
        email="bertrande.kwapisz@exemple.fr",
        consentement_presse="on",
    )
    morceaux = []
    for photo in contribution.photos.all():
        with photo.fichier.open("rb") as fichier:
            morceaux.append(fichier.read()[4000:4064])
    executer_taches()  # the spaCy helper, in the worker as in production
    page = RecitPage.objects.get(pk=contribution.page_id)
    passage = TEXTE[: TEXTE.index(",")]
    creer_codages(
        [
            Codage(
                recit=page,
                indicateur=Indicateur.objects.get(slug="lien-social"),
                debut=0,
                fin=len(passage),
                passage=passage,
                origine=Codage.Origine.EDITEUR,
                statut=Codage.Statut.ACCEPTE,
                decide_par=moderatrice,
            )
        ]
    )
    page.tags.add(MARQUEUR)
    revision = page.save_revision(user=moderatrice, log_action=True)
    Comment.objects.create(
        page=page,
        user=moderatrice,
        text=f"Vérifier que {NOM} est d'accord pour son nom.",
        contentpath="title",
        revision_created=revision,
    )
    revision.publish(user=moderatrice)  # the photos move into the image library
    executer_taches()  # search index, reference index, analysis of the new text
    page = RecitPage.objects.get(pk=page.pk)
    assert page.live and page.image_id
    editrice = Client()
    editrice.force_login(moderatrice)
    for url in (
        f"/admin/pages/{page.pk}/edit/",
        f"/admin/pages/{page.pk}/history/",
        f"/admin/collecte/contributions/inspect/{contribution.pk}/",
        *(f"/admin/recits/photos/{photo.pk}/" for photo in contribution.photos.all()),
    ):
        assert editrice.get(url).status_code == 200, url
    pages = visiter_le_site(page.url)
    assert MARQUEUR.encode() in pages[page.url] and b"Bertrande" in pages[page.url]
    assert page.url.encode() in pages[f"/recherche/?q={MARQUEUR}"]
    return contribution, morceaux


def retirer_par_le_lien(client, contribution, invitation, admin_client_complet) -> None:
    reponse = client.post(f"/contribuer/{invitation.jeton()}/retirer/{contribution.pk}/")
    assert reponse.status_code == 302


def effacer_depuis_l_admin(client, contribution, invitation, admin_client_complet) -> None:
    reponse = admin_client_complet.post(f"/admin/collecte/contributions/{contribution.pk}/effacer/")
    assert reponse.status_code == 302


def supprimer_le_recit(client, contribution, invitation, admin_client_complet) -> None:
    """A bulk deletion of the story page in Wagtail's explorer (no confirmation page of ours)."""
    url = f"/admin/bulk/wagtailcore/page/delete/?id={contribution.page_id}&next=/admin/"
    assert admin_client_complet.post(url).status_code == 302
    assert not RecitPage.objects.filter(pk=contribution.page_id).exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize(
    "effacer",
    [retirer_par_le_lien, effacer_depuis_l_admin, supprimer_le_recit],
    ids=["retrait-par-le-lien", "effacement-par-l-equipe", "suppression-du-recit"],
)
def test_rien_ne_reste_nulle_part(
    client,
    arbre,
    lieu,
    moderatrice,
    admin_client_complet,
    taches_en_base,
    settings,
    tmp_path,
    effacer,
):
    settings.RECITS_CACHE_PAGES = True
    fichiers_avant = fichiers_sous(settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT)
    invitation = InvitationFactory(lieu=lieu)
    contribution, morceaux = contribution_vecue(client, invitation, moderatrice)
    recit_url = RecitPage.objects.get(pk=contribution.page_id).url
    image_ids = list(contribution.photos.values_list("image_id", flat=True))
    assert all(image_ids)
    analyse = Analyse.objects.get(recit_id=contribution.page_id)
    assert any(NOM in str(nom) for nom in analyse.noms)  # the real helper found the name

    avant, lu_avant = tout_chercher(morceaux)
    endroits = {endroit.split(".")[0].split(":")[0] for endroit in avant}
    attendus = {
        "recits_contribution",
        "recits_photocontribution",
        "wagtailcore_page",
        "wagtailcore_revision",
        "wagtailcore_pagelogentry",
        "wagtailcore_comment",
        "wagtailimages_image",
        "indicateurs_analyse",
        "indicateurs_codage",
        "wagtailsearch_indexentry",
        "taggit_tag",
        "media",
        "prive",
        "cache",
    }
    if connection.vendor == "sqlite":
        attendus |= {"wagtailsearch_indexentry_fts_data", "wagtailsearch_indexentry_fts_content"}
    assert attendus <= endroits, (sorted(attendus - endroits), sorted(endroits))
    if connection.vendor == "sqlite":
        assert all(a.encode() in octets_de_la_base(tmp_path) for a in AIGUILLES)

    effacer(client, contribution, invitation, admin_client_complet)
    executer_taches()  # what Wagtail queued on deletion (file removals, index updates)

    apres, lu = tout_chercher(morceaux)
    print(f"\n{connection.vendor} : avant {lu_avant}, {len(avant)} endroits ; après {lu}, {apres}")
    assert apres == Counter(), apres
    assert fichiers_sous(settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT) <= fichiers_avant
    assert lu["tables"] > 60 and lu["colonnes_texte"] > 150

    if connection.vendor == "sqlite":
        # Below SQL: the database's own pages, free ones included, hold nothing either.
        assert not any(a.encode() in octets_de_la_base(tmp_path) for a in AIGUILLES)

    # Visitors find nothing either (a search page only repeats what the visitor typed).
    for url, contenu in visiter_le_site(None).items():
        if url.startswith("/recherche/"):
            assert recit_url.encode() not in contenu and b"Le retour de" not in contenu, url
        else:
            assert not any(a.encode() in contenu.lower() for a in AIGUILLES), url

    # Nothing keeps even the erased ids (rows without text the scan would not see).
    page_id, types = contribution.page_id, ContentType.objects.get_for_models(RecitPage, Image)
    assert not ReferenceIndex.objects.filter(
        Q(content_type=types[RecitPage], object_id=str(page_id))
        | Q(to_content_type=types[RecitPage], to_object_id=str(page_id))
        | Q(to_content_type=types[Image], to_object_id__in=[str(pk) for pk in image_ids])
    ).exists()
    assert not Revision.page_revisions.filter(object_id=str(page_id)).exists()
    page_de_base = ContentType.objects.get_for_model(Page)
    assert not WorkflowState.objects.filter(
        base_content_type=page_de_base, object_id=str(page_id)
    ).exists()
    assert not Image.objects.filter(pk__in=image_ids).exists()

    # What stays: that a contribution of this place and campaign came, and went.
    reste = Contribution.objects.get(pk=contribution.pk)
    assert (reste.campagne_id, reste.lieu_id) == (invitation.campagne_id, lieu.pk)
    assert reste.recue_le and reste.retiree_le and reste.effacee_le and reste.page_id is None
    journal = ModelLogEntry.objects.filter(object_id=str(invitation.campagne_id))
    assert journal.filter(action__in=["collecte.retrait", "collecte.effacement"]).count() == 1


# -- the service, path by path ----------------------------------------------------------------


@pytest.fixture
def invitation(arbre, lieu):
    return InvitationFactory(lieu=lieu)


@pytest.mark.django_db
def test_signal_envoye_apres_l_effacement(client, invitation, django_capture_on_commit_callbacks):
    contribution = envoyer_contribution(client, invitation)
    recus = []

    def recepteur(sender, **kwargs):
        recus.append((kwargs, Contribution.objects.get(pk=kwargs["contribution_id"]).titre))

    contribution_effacee.connect(recepteur)
    try:
        with django_capture_on_commit_callbacks(execute=True) as rappels:
            effacer_contribution(contribution, par=Contribution.Retrait.EQUIPE)
            assert recus == []  # not before the commit
        assert rappels
    finally:
        contribution_effacee.disconnect(recepteur)
    assert recus == [
        (
            {
                "signal": contribution_effacee,
                "contribution_id": contribution.pk,
                "campagne_id": invitation.campagne_id,
                "lieu_id": invitation.lieu_id,
                "par": "equipe",
            },
            "",  # receivers already see the erased row
        )
    ]
    # A second erasure does nothing and sends nothing.
    with django_capture_on_commit_callbacks(execute=True):
        assert effacer_contribution(contribution, par=Contribution.Retrait.LIEN) is False
    assert len(recus) == 1


@pytest.mark.django_db
def test_une_contribution_ne_se_modifie_que_pour_etre_videe(client, invitation):
    contribution = envoyer_contribution(client, invitation)
    contribution.titre = ""
    with pytest.raises(ValidationError):
        contribution.save(update_fields=["titre"])  # emptied, but not erased
    contribution = Contribution.objects.get(pk=contribution.pk)
    champs = contribution.vider(contribution.recue_le, Contribution.Retrait.EQUIPE)
    contribution.texte = "Un autre texte"  # erased, but not to the erased value
    with pytest.raises(ValidationError):
        contribution.save(update_fields=champs)
    contribution.texte = ""
    contribution.save(update_fields=champs)
    assert Contribution.objects.filter(pk=contribution.pk, texte="", titre="").exists()


@pytest.mark.django_db
def test_resultats_de_taches_du_recit_effaces(client, invitation):
    """A failed analysis keeps its error text, which may quote the story: it goes too."""
    from django_tasks_db.models import DBTaskResult

    from indicateurs.tasks import analyser_recit

    contribution = envoyer_contribution(client, invitation, texte=TEXTE)
    page_id = contribution.page_id
    commun = {"task_path": analyser_recit.module_path, "backend_name": "default"}
    DBTaskResult.objects.create(
        **commun,
        args_kwargs={"args": [str(page_id)], "kwargs": {}},
        status="FAILED",
        run_after="9999-01-01T00:00:00Z",
        exception_class_path="ValueError",
        traceback=f"ValueError: phrase illisible : « {TEXTE[:60]} »",
    )
    autre = DBTaskResult.objects.create(
        **commun,
        args_kwargs={"args": [str(page_id + 1000)], "kwargs": {}},
        status="SUCCESSFUL",
        run_after="9999-01-01T00:00:00Z",
        return_value="analysé",
    )
    effacer_contribution(contribution, par=Contribution.Retrait.LIEN)
    assert list(DBTaskResult.objects.values_list("pk", flat=True)) == [autre.pk]


@pytest.mark.django_db
def test_suppression_du_recit_depuis_le_code_efface_la_contribution(client, invitation):
    """`page.delete()` (a shell, a script, the tree): the contribution is erased all the same."""
    contribution = envoyer_contribution(client, invitation, texte=TEXTE)
    page = RecitPage.objects.get(pk=contribution.page_id)
    page.delete()
    contribution.refresh_from_db()
    assert contribution.effacee_le and contribution.retrait_par == "suppression"
    assert contribution.texte == "" and contribution.signature_nom == ""
    assert not PageLogEntry.objects.filter(page_id=page.pk).exists()
    assert not Codage.objects.filter(recit_id=page.pk).exists()


@pytest.mark.django_db
def test_tags_d_autres_recits_gardes(client, invitation, creer_recit):
    """Only the tags the erased story alone carried go: the others are the team's words."""
    from taggit.models import Tag

    autre = creer_recit(title="Le marché", tags=["marché"])
    contribution = envoyer_contribution(client, invitation)
    page = RecitPage.objects.get(pk=contribution.page_id)
    page.tags.add("marché", MARQUEUR)
    page.save()
    effacer_contribution(contribution, par=Contribution.Retrait.LIEN)
    assert list(Tag.objects.values_list("name", flat=True)) == ["marché"]
    assert list(autre.tags.names()) == ["marché"]
