"""The page tree is constrained: where each page type may live, and how many."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from indicateurs.models import IndicateurIndexPage
from rapports.models import RapportIndexPage, RapportPage
from recits.arborescence import enfant_publie, initialiser_site
from recits.models import (
    HomePage,
    InformationPage,
    LieuIndexPage,
    LieuPage,
    RecitIndexPage,
    RecitPage,
)


class TestReglesArborescence(WagtailPageTestCase):
    """Each page type accepts exactly the children it should."""

    def test_accueil(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            {RecitIndexPage, LieuIndexPage, IndicateurIndexPage, RapportIndexPage, InformationPage},
        )

    def test_pages_information(self):
        self.assertAllowedParentPageTypes(InformationPage, {HomePage})
        self.assertAllowedSubpageTypes(InformationPage, set())

    def test_rapports(self):
        self.assertAllowedParentPageTypes(RapportIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(RapportIndexPage, {RapportPage})
        self.assertAllowedParentPageTypes(RapportPage, {RapportIndexPage})
        self.assertAllowedSubpageTypes(RapportPage, set())

    def test_index_des_recits(self):
        self.assertAllowedParentPageTypes(RecitIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(RecitIndexPage, {RecitPage})

    def test_index_des_lieux(self):
        self.assertAllowedParentPageTypes(LieuIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(LieuIndexPage, {LieuPage})

    def test_index_des_indicateurs(self):
        self.assertAllowedParentPageTypes(IndicateurIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(IndicateurIndexPage, set())

    def test_feuilles(self):
        self.assertAllowedSubpageTypes(RecitPage, set())
        self.assertAllowedSubpageTypes(LieuPage, set())
        self.assertAllowedParentPageTypes(RecitPage, {RecitIndexPage})
        self.assertAllowedParentPageTypes(LieuPage, {LieuIndexPage})


@pytest.mark.django_db
def test_une_seule_page_de_chaque_index(arbre):
    accueil = arbre["accueil"]
    for modele in (HomePage, RecitIndexPage, LieuIndexPage, IndicateurIndexPage, RapportIndexPage):
        assert modele.max_count == 1
        assert not modele.can_create_at(accueil)
    assert RecitPage.can_create_at(arbre["recits"])


@pytest.mark.django_db
def test_initialiser_site_est_idempotent(arbre):
    avant = Page.objects.count()
    initialiser_site()
    initialiser_site()
    assert Page.objects.count() == avant
    assert [p.slug for p in arbre["accueil"].get_children()] == [
        "recits",
        "lieux",
        "indicateurs",
        "rapports",
    ]


@pytest.mark.django_db
def test_enfant_publie_cree_une_fois_et_laisse_les_retouches(arbre):
    accueil = arbre["accueil"]
    page = enfant_publie(accueil, InformationPage, "contact", title="Contact")
    assert isinstance(page, InformationPage)
    page.refresh_from_db()  # publishing worked on the revision's copy
    assert page.live and page.first_published_at and page.get_parent().pk == accueil.pk
    page.title = "Nous écrire"
    page.save_revision().publish()

    encore = enfant_publie(accueil, InformationPage, "contact", title="Contact")
    assert encore.pk == page.pk and encore.title == "Nous écrire"
    assert InformationPage.objects.count() == 1


@pytest.mark.django_db
def test_adresses_publiques_stables(arbre, lieu, creer_recit):
    recit = creer_recit(slug="le-jeudi-du-marche")
    assert arbre["recits"].url == "/recits/"
    assert arbre["lieux"].url == "/lieux/"
    assert arbre["indicateurs"].url == "/indicateurs/"
    assert recit.url == "/recits/le-jeudi-du-marche/"
    assert lieu.url == "/lieux/cafe-tilleuls/"


@pytest.mark.django_db
def test_slug_reserve_refuse(arbre, lieu):
    from django.core.exceptions import ValidationError

    recit = RecitPage(title="Flux", slug="flux", chapo="x", lieu=lieu, date="2024-01-01")
    with pytest.raises(ValidationError) as erreur:
        recit.full_clean()
    assert "réservée" in str(erreur.value)


@pytest.mark.django_db
def test_signature_sans_nom_refusee(arbre, lieu):
    from django.core.exceptions import ValidationError

    recit = RecitPage(
        title="Sans nom",
        slug="sans-nom",
        chapo="x",
        lieu=lieu,
        date="2024-01-01",
        signature=RecitPage.Signature.PRENOM,
        auteur_nom="",
    )
    with pytest.raises(ValidationError) as erreur:
        recit.full_clean()
    assert "Anonyme" in str(erreur.value)
