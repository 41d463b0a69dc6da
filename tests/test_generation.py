"""The bulk generator builds a valid tree of published, rendered and searchable stories."""

import io
import re
from urllib.parse import urlencode

import pytest
from django.core.management import call_command
from django.utils.html import escape
from wagtail.models import Page

from indicateurs.models import Codage
from recits.blocks import texte_du_corps
from recits.models import LieuIndexPage, LieuPage, RecitIndexPage, RecitPage, RecitTag
from recits.texte import normaliser


@pytest.fixture
def genere(db):
    sortie = io.StringIO()
    call_command("generer_recits", nombre=30, lieux=4, graine=1, images=1, stdout=sortie)
    return sortie.getvalue()


def _mot_distinctif(recits: list[RecitPage]) -> tuple[RecitPage, str]:
    """A story and a word of its title that few stories contain (so it lands on page 1)."""
    textes = [set(r.texte_normalise().split()) for r in recits]
    for recit in recits:
        mots = [m for m in re.findall(r"\w+", recit.title) if len(m) >= 5]
        for mot in sorted(mots, key=lambda m: sum(normaliser(m) in t for t in textes)):
            if sum(normaliser(mot) in t for t in textes) <= 6:
                return recit, mot
    raise AssertionError("aucun mot distinctif dans les titres générés")


def test_generer_recits_cree_un_arbre_valide(genere):
    assert "30 récits, 4 lieux" in genere
    assert RecitPage.objects.live().count() == 30
    assert LieuPage.objects.live().count() == 4
    assert Page.find_problems() == ([], [], [], [], [])
    assert RecitIndexPage.objects.get().numchild == 30
    assert LieuIndexPage.objects.get().numchild == 4
    for recit in RecitPage.objects.all():
        assert recit.url_path == f"/accueil/recits/{recit.slug}/"
        assert 1 <= RecitTag.objects.filter(content_object=recit).count() <= 3
        codages = Codage.objects.filter(recit=recit)
        assert 1 <= codages.count() <= 3
        assert set(codages.values_list("statut", "origine")) == {("accepte", "editeur")}
        assert 2021 <= recit.date.year <= 2025
        assert 150 <= len(texte_du_corps(recit.corps).split()) <= 360


def test_les_pages_generees_se_publient(genere, client):
    recits = list(RecitPage.objects.live().select_related("lieu").order_by("-date", "-pk"))
    dernier = recits[0]

    reponse = client.get(dernier.url)
    assert reponse.status_code == 200
    assert escape(dernier.title) in reponse.content.decode()

    assert client.get(dernier.lieu.url).status_code == 200

    liste = client.get("/recits/")
    assert liste.status_code == 200
    assert dernier.url in liste.content.decode()

    recit, mot = _mot_distinctif(recits)
    trouve = client.get("/recherche/?" + urlencode({"q": mot}))
    assert trouve.status_code == 200
    assert recit.url in trouve.content.decode(), mot


def test_une_seconde_generation_complete_l_arbre(genere):
    call_command("generer_recits", nombre=5, lieux=0, graine=2, images=0, stdout=io.StringIO())
    assert RecitPage.objects.count() == 35
    assert LieuPage.objects.count() == 4
    assert RecitIndexPage.objects.get().numchild == 35
    assert Page.find_problems() == ([], [], [], [], [])
