"""The demo content loads in one command, twice without duplicates, and is complete."""

import datetime
from io import BytesIO, StringIO
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from PIL import Image
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from collecte.models import Campagne
from demo import dessins
from demo.chargement import scene_de
from demo.contenu import BROUILLONS, LIEUX
from demo.informations import PAGES_INFORMATION
from indicateurs.defaults import INDICATEURS_PAR_DEFAUT
from indicateurs.models import Codage
from recits.models import InformationPage, LieuPage, RecitPage


def compter() -> dict[str, int]:
    """Everything the loader creates, counted."""
    return {
        "pages": Page.objects.count(),
        "lieux": LieuPage.objects.count(),
        "recits": RecitPage.objects.count(),
        "images": get_image_model().objects.count(),
        "codages": Codage.objects.count(),
        "utilisateurs": get_user_model().objects.count(),
    }


def charger(*options: str) -> str:
    sortie = StringIO()
    call_command("load_initial_data", *options, stdout=sortie)
    return sortie.getvalue()


@pytest.mark.django_db
def test_chargement_idempotent_et_complet(client, dessins_rapides):
    premier = charger()
    avant = compter()
    second = charger()

    assert compter() == avant, "un second chargement ne crée aucun doublon"
    assert "66 créés" in premier
    assert "0 créés, 66 déjà présents" in second
    assert list(InformationPage.objects.order_by("path").values_list("slug", flat=True)) == [
        d["slug"] for d in PAGES_INFORMATION
    ], "pages d'information créées une seule fois"

    lieux = LieuPage.objects.live()
    assert lieux.count() >= 12
    assert lieux.values("departement").distinct().count() >= 6
    assert all(lieu.photo_id and lieu.region and lieu.contact_email for lieu in lieux)

    publies = RecitPage.objects.live()
    assert publies.count() >= 66
    assert {r.date.year for r in publies} >= {2023, 2024, 2025}
    assert set(publies.values_list("genre", flat=True)) == {"recit", "temoignage", "photos"}
    assert set(publies.values_list("signature", flat=True)) == {"prenom", "pseudonyme", "anonyme"}
    assert len(set(publies.values_list("title", flat=True))) == publies.count()
    assert not publies.filter(image__isnull=True).exists()
    assert not publies.filter(first_published_at__isnull=True).exists()

    acceptes = Codage.objects.filter(recit__live=True, statut="accepte", origine="editeur")
    assert set(publies.values_list("pk", flat=True)) == set(
        acceptes.filter(debut__isnull=True).values_list("recit_id", flat=True)
    )
    assert set(acceptes.values_list("indicateur__slug", flat=True)) == {
        i["slug"] for i in INDICATEURS_PAR_DEFAUT
    }
    for codage in acceptes.filter(debut__isnull=False).select_related("recit"):
        texte = codage.recit.specific.texte_brut()
        assert texte[codage.debut : codage.fin] == codage.passage

    # bodies really hold the blocks they claim (Wagtail drops unknown block names silently)
    types = {bloc.block_type for r in publies for bloc in r.corps}
    assert types == {"paragraphe", "temoignage", "image", "galerie"}
    for recit in publies:
        assert 2 <= len(recit.corps) <= 5, recit.title
        assert 1 <= recit.tags.count() <= 3, recit.title
        for bloc in recit.corps:
            if bloc.block_type == "image":
                assert bloc.value["image"].pk and bloc.value["image"].contextual_alt_text

    brouillons = RecitPage.objects.filter(slug__in=BROUILLONS)
    assert brouillons.count() == len(BROUILLONS) >= 3
    assert not brouillons.filter(live=True).exists()
    assert not brouillons.filter(first_published_at__isnull=False).exists()

    assert RecitPage.objects.search("soupe").count() > 0, "indexé sans attendre le worker"
    assert client.login(username="editrice", password="recits-demo")
    editrice = get_user_model().objects.get(username="editrice")
    assert editrice.is_staff and editrice.first_name == "Camille"
    assert set(editrice.groups.values_list("name", flat=True)) == {"Editors", "Moderators"}
    assert get_user_model().objects.get(username="admin").is_superuser

    # an open campaign of this year invites every place: the README's `inviter --lieu` works
    campagne = Campagne.ouverte()
    assert campagne is not None and campagne.annee == datetime.date.today().year
    assert set(campagne.invitations.values_list("lieu_id", flat=True)) == set(
        lieux.values_list("pk", flat=True)
    )
    assert Campagne.objects.count() == 1 and "Campagne « Récits" in premier
    sortie = StringIO()
    call_command("inviter", "--lieu", "cafe-de-la-fontaine", stdout=sortie, stderr=StringIO())
    lien = sortie.getvalue().strip()
    assert lien.startswith(Site.objects.get(is_default_site=True).root_url + "/contribuer/")
    assert client.get(urlsplit(lien).path).status_code == 200

    # indexing on save is switched back on once loading is over
    recit = publies.first()
    recit.title = "Zanzibar au village"
    recit.save()
    assert RecitPage.objects.search("zanzibar").count() == 1


@pytest.mark.django_db
def test_tout_ou_rien(arbre, dessins_rapides, monkeypatch):
    from demo.chargement import Chargeur

    creer = Chargeur.recit
    appels = []

    def recit_qui_echoue(self, d, lieu_page):
        appels.append(d["slug"])
        if len(appels) == 3:
            raise RuntimeError("panne au milieu du chargement")
        creer(self, d, lieu_page)

    monkeypatch.setattr(Chargeur, "recit", recit_qui_echoue)

    with pytest.raises(RuntimeError):
        charger()

    assert not LieuPage.objects.exists()
    assert not RecitPage.objects.exists()
    assert not get_user_model().objects.exists()
    assert not get_image_model().objects.exists()


@pytest.mark.django_db
def test_premiere_fois_ne_fait_rien_si_des_lieux_existent(lieu):
    avant = compter()

    sortie = charger("--premiere-fois")

    assert "déjà présent" in sortie
    assert compter() == avant
    assert not get_user_model().objects.filter(username="editrice").exists()


def test_illustrations_deterministes_sans_metadonnees():
    scene = scene_de(LIEUX[0], "soiree")

    donnees = dessins.jpeg(scene)

    assert donnees == dessins.jpeg(scene), "même graine, même image"
    image = Image.open(BytesIO(donnees))
    assert (image.format, image.size) == ("JPEG", (1600, 1000))
    assert not image.getexif() and "exif" not in image.info
