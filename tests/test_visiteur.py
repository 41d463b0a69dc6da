"""What a first-time visitor needs: footer pages, a search that finds the cafés, the feed explained."""

from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from recits.models import HomePage, InformationPage, LieuPage
from recits.texte import normaliser_requete
from search import views as vues_recherche

from .factories import InformationPageFactory, LieuPageFactory

pytestmark = pytest.mark.django_db

SLUGS_DEMO = ["la-cooperative", "contact", "mentions-legales", "donnees-personnelles"]


def soupe(reponse) -> BeautifulSoup:
    assert reponse.status_code == 200
    return BeautifulSoup(reponse.content, "html.parser")


def liens_pied(client, url: str = "/") -> dict[str, str]:
    """The footer's information links, label → URL."""
    return {
        a.get_text(strip=True): a["href"]
        for a in soupe(client.get(url)).select(".pied__liens--informations a")
    }


def lieux_trouves(reponse) -> list[str]:
    return [a.get_text(strip=True) for a in soupe(reponse).select(".lieux-trouves a")]


# -- the page type ------------------------------------------------------------------------


def test_pages_information_sous_l_accueil_seulement():
    assert InformationPage in HomePage.clean_subpage_models()
    assert InformationPage.clean_parent_page_models() == [HomePage]
    assert InformationPage.clean_subpage_models() == []


def test_pages_information_dans_les_menus_par_defaut(arbre):
    assert InformationPage().show_in_menus is True
    assert InformationPage(show_in_menus=False).show_in_menus is False
    assert InformationPageFactory(parent=arbre["accueil"]).show_in_menus is True
    assert LieuPage().show_in_menus is False, "les autres types de page ne changent pas"


def test_page_information_rendue(client, arbre):
    page = InformationPageFactory(
        parent=arbre["accueil"],
        title="Contact",
        slug="contact",
        chapo="Écrivez-nous.",
        corps="<h2>Par courrier</h2><p>1 place de l'Exemple.</p>",
    )
    html = soupe(client.get(page.url))
    assert html.h1.get_text(strip=True) == "Contact"
    assert html.select_one(".chapo").get_text(strip=True) == "Écrivez-nous."
    assert html.select_one(".information__corps h2").get_text(strip=True) == "Par courrier"
    assert html.title.get_text(strip=True) == "Contact · Récits vivants"


def description(client, url: str) -> str:
    return soupe(client.get(url)).select_one("meta[name=description]")["content"]


def test_page_information_jamais_sans_description(client, arbre):
    accueil = arbre["accueil"]
    InformationPageFactory(parent=accueil, slug="vide", chapo="", corps="<p>Texte.</p>")
    InformationPageFactory(parent=accueil, slug="chapo", chapo="Qui nous sommes.")
    InformationPageFactory(
        parent=accueil, slug="seo", chapo="Qui nous sommes.", search_description="Pour Google."
    )
    site = description(client, "/recits/")
    assert site.startswith("Ce que les cafés"), "la description du site"
    assert description(client, "/vide/") == site
    assert description(client, "/chapo/") == "Qui nous sommes."
    assert description(client, "/seo/") == "Pour Google."


# -- demo content, and the search on it ---------------------------------------------------


def test_demo_pages_information_et_recherche_cafes(client, dessins_rapides):
    call_command("load_initial_data", stdout=StringIO())

    pages = InformationPage.objects.order_by("path")
    assert list(pages.values_list("slug", flat=True)) == SLUGS_DEMO
    assert all(p.live and p.first_published_at and p.show_in_menus for p in pages)
    assert liens_pied(client) == {
        "La coopérative": "/la-cooperative/",
        "Contact": "/contact/",
        "Mentions légales": "/mentions-legales/",
        "Données personnelles": "/donnees-personnelles/",
    }
    textes = {p.slug: soupe(client.get(p.url)).main.get_text(" ", strip=True) for p in pages}
    assert "contact@recits-vivants.exemple.fr" in textes["contact"]
    assert "démonstration" in textes["contact"]
    for mot in ("Éditeur", "Directeur", "Hébergeur", "[à compléter]"):
        assert mot in textes["mentions-legales"], mot
    for mot in ("EXIF", "GPS", "accord", "lien personnel", "Retirer", "effacement", "CNIL"):
        assert mot in textes["donnees-personnelles"], mot

    # « cafés »: the two cafés named so first (between them the engine's relevance, which
    # differs between SQLite and PostgreSQL), then the café that is not named so, then the
    # places that only mention one.
    reponse = client.get("/recherche/", {"q": "cafés"})
    premiers = lieux_trouves(reponse)
    assert set(premiers[:2]) == {"Café des Alpages", "Café de la Fontaine"}
    assert premiers[2] == "Le Bistrot de la Place"
    assert len(premiers) == 6
    voir = soupe(reponse).select_one(".lieux-trouves__tous")
    assert voir.get_text(strip=True) == "Voir les 7 lieux"
    tous = lieux_trouves(client.get("/recherche/" + voir["href"]))
    assert tous[:6] == premiers
    assert len(tous) == 7 and "L'Atelier des Lavandes" in tous


# -- footer: live pages only, refreshed on every change -----------------------------------


def test_pied_montre_seulement_les_pages_visibles(client, arbre):
    accueil = arbre["accueil"]
    InformationPageFactory(parent=accueil, title="Contact", slug="contact")
    brouillon = InformationPageFactory(
        parent=accueil, title="Tarifs secrets", slug="tarifs", live=False
    )
    reservee = InformationPageFactory(parent=accueil, title="Coulisses", slug="coulisses")
    PageViewRestriction.objects.create(
        page=reservee, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert liens_pied(client) == {"Contact": "/contact/"}
    for url in ("/", "/recits/", "/contact/"):
        contenu = client.get(url).content.decode()
        assert "Tarifs secrets" not in contenu and "Coulisses" not in contenu, url
    assert client.get(brouillon.url).status_code == 404


@pytest.mark.parametrize("restriction", [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN])
def test_pied_oublie_une_page_restreinte_apres_mise_en_cache(client, arbre, settings, restriction):
    settings.RECITS_CACHE_PAGES = True
    InformationPageFactory(parent=arbre["accueil"], title="Contact", slug="contact")
    coulisses = InformationPageFactory(parent=arbre["accueil"], title="Coulisses", slug="coulisses")
    assert liens_pied(client) == {"Contact": "/contact/", "Coulisses": "/coulisses/"}
    assert client.get("/")["X-Cache-Recits"] == "hit"

    PageViewRestriction.objects.create(
        page=coulisses, restriction_type=restriction, password="secret"
    )
    assert liens_pied(client) == {"Contact": "/contact/"}
    assert liens_pied(client, "/contact/") == {"Contact": "/contact/"}
    assert "Coulisses" not in client.get("/recits/").content.decode()


def test_pied_oublie_une_page_supprimee(client, arbre, settings):
    settings.RECITS_CACHE_PAGES = True
    InformationPageFactory(parent=arbre["accueil"], title="Contact", slug="contact")
    ancienne = InformationPageFactory(parent=arbre["accueil"], title="Ancienne", slug="ancienne")
    assert liens_pied(client) == {"Contact": "/contact/", "Ancienne": "/ancienne/"}
    assert client.get("/")["X-Cache-Recits"] == "hit"

    ancienne.delete()
    assert liens_pied(client) == {"Contact": "/contact/"}
    assert client.get("/ancienne/").status_code == 404
    assert "Ancienne" not in client.get("/contact/").content.decode()


def test_pied_suit_la_case_des_menus(client, arbre, settings):
    settings.RECITS_CACHE_PAGES = True
    InformationPageFactory(parent=arbre["accueil"], title="Contact", slug="contact")
    InformationPageFactory(
        parent=arbre["accueil"], title="Plan du site", slug="plan", show_in_menus=False
    )
    credits = InformationPageFactory(parent=arbre["accueil"], title="Crédits", slug="credits")
    assert liens_pied(client) == {"Contact": "/contact/", "Crédits": "/credits/"}
    assert client.get("/plan/").status_code == 200, "hors du menu, la page reste en ligne"
    assert client.get("/")["X-Cache-Recits"] == "hit"

    credits.show_in_menus = False
    credits.save_revision().publish()
    assert liens_pied(client) == {"Contact": "/contact/"}


def test_pied_rafraichi_a_chaque_publication(client, arbre, settings):
    settings.RECITS_CACHE_PAGES = True
    page = InformationPageFactory(
        parent=arbre["accueil"], title="Mentions légales", slug="mentions", live=False
    )
    assert liens_pied(client) == {}
    assert client.get("/")["X-Cache-Recits"] == "hit"

    page.save_revision().publish()
    assert liens_pied(client) == {"Mentions légales": "/mentions/"}

    page.refresh_from_db()
    page.title = "Mentions légales et crédits"
    page.save_revision().publish()
    assert liens_pied(client) == {"Mentions légales et crédits": "/mentions/"}
    assert client.get("/mentions/").status_code == 200

    page.refresh_from_db()  # publishing worked on the revision's copy of the page
    page.unpublish()
    assert liens_pied(client) == {}
    assert client.get("/mentions/").status_code == 404


# -- search: places ranked, every one reachable -------------------------------------------


@pytest.fixture
def lieux_cafe(arbre):
    """Four tiers-lieux that mention a café, then five cafés, one a bistrot, and a draft café."""
    parent = arbre["lieux"]
    for n in range(4):
        LieuPageFactory(
            parent=parent,
            title=f"Tiers-lieu {n}",
            slug=f"tiers-lieu-{n}",
            type_activite="tiers-lieu",
            description="<p>Un atelier, un café associatif, un café associatif encore.</p>",
        )
    for n in range(4):
        LieuPageFactory(parent=parent, title=f"Café {n}", slug=f"cafe-{n}", type_activite="cafe")
    LieuPageFactory(parent=parent, title="Le Bistrot", slug="bistrot", type_activite="cafe")
    LieuPageFactory(
        parent=parent, title="Café fermé", slug="cafe-ferme", type_activite="cafe", live=False
    )


def test_types_demandes_par_la_requete():
    def types(requete: str) -> set[str]:
        return vues_recherche.types_demandes(normaliser_requete(requete))

    assert types("cafés") == types("Café") == {"cafe"}
    assert types("tiers-lieux") == {"tiers-lieu"}
    assert types("épiceries fines") == {"epicerie"}
    assert types("lieu") == set(), "un mot du type ne suffit pas, il les faut tous"


def test_cafes_avant_les_lieux_qui_en_parlent(client, lieux_cafe):
    reponse = client.get("/recherche/", {"q": "cafés"})
    premiers = lieux_trouves(reponse)
    assert len(premiers) == 6
    assert set(premiers[:4]) == {"Café 0", "Café 1", "Café 2", "Café 3"}
    assert premiers[4] == "Le Bistrot"
    assert premiers[5].startswith("Tiers-lieu")
    assert "Café fermé" not in reponse.content.decode()
    assert soupe(reponse).select_one(".lieux-trouves__tous").get_text(strip=True) == (
        "Voir les 9 lieux"
    )


def test_le_cafe_ne_classe_pas_un_lieu_nomme_le_avant_les_cafes(client, arbre):
    parent = arbre["lieux"]
    LieuPageFactory(
        parent=parent,
        title="Le Relais",
        type_activite="tiers-lieu",
        description="<p>" + "Le café associatif, le café du samedi, le café des voisins. " * 5,
    )
    LieuPageFactory(
        parent=parent, title="Chez Paulette", type_activite="cafe", description="<p>Le bar.</p>"
    )
    LieuPageFactory(
        parent=parent, title="Au Comptoir", type_activite="cafe", description="<p>Le zinc.</p>"
    )
    trouves = lieux_trouves(client.get("/recherche/", {"q": "le café"}))
    assert set(trouves[:2]) == {"Chez Paulette", "Au Comptoir"}
    assert trouves[2] == "Le Relais"


def test_mots_vides_ne_comptent_pas_comme_nom():
    mots = vues_recherche.mots_du_nom(normaliser_requete("le café de la place"))
    assert mots == set(normaliser_requete("café place").split())
    cafe = {"cafe"}
    relais = LieuPage(title="Le Relais", type_activite="tiers-lieu")
    bistrot = LieuPage(title="Le Bistrot", type_activite="cafe")
    comptoir = LieuPage(title="Café-comptoir", type_activite="tiers-lieu")
    assert vues_recherche.rang_lieu(relais, mots, cafe) == (True, True)
    assert vues_recherche.rang_lieu(bistrot, mots, cafe) == (False, True)
    assert vues_recherche.rang_lieu(comptoir, mots, cafe) == (True, False)


def test_voir_tous_les_lieux_atteint_chacun(client, lieux_cafe, monkeypatch):
    monkeypatch.setattr(vues_recherche, "LIEUX_PAR_PAGE", 4)
    url = "/recherche/?q=caf%C3%A9s&lieux=tous"
    vus: list[str] = []
    pages = 0
    while url:
        html = soupe(client.get(url))
        pages += 1
        vus += [a.get_text(strip=True) for a in html.select(".lieux-trouves a")]
        assert "9 lieux trouvés" in html.select_one(".compte").get_text(" ", strip=True)
        assert not html.select(".carte__titre"), "la vue des lieux ne répète pas les récits"
        suivant = html.select_one(".pagination a[rel=next]")
        url = "/recherche/" + suivant["href"] if suivant else None
    assert pages == 3
    assert len(vus) == 9 and len(set(vus)) == 9
    assert "Café fermé" not in vus
    assert vus[:5] == lieux_trouves(client.get("/recherche/", {"q": "cafés"}))[:5]


def test_six_lieux_ou_moins_sans_lien(client, arbre):
    LieuPageFactory(parent=arbre["lieux"], title="Café seul", slug="cafe-seul")
    html = soupe(client.get("/recherche/", {"q": "café"}))
    assert [a.get_text(strip=True) for a in html.select(".lieux-trouves a")] == ["Café seul"]
    assert html.select_one(".lieux-trouves__tous") is None


def test_un_lieu_se_lit_pareil_dans_les_deux_vues(client, arbre):
    LieuPageFactory(
        parent=arbre["lieux"], title="Café seul", slug="cafe-seul", commune="Le Cheylard"
    )
    lignes = [
        soupe(client.get("/recherche/", params)).select_one(".lieux-trouves li")
        for params in ({"q": "café"}, {"q": "café", "lieux": "tous"})
    ]
    assert lignes[0].get_text(" ", strip=True) == "Café seul — Café au Cheylard (07)"
    assert str(lignes[0]) == str(lignes[1])


def test_vue_des_lieux_sans_resultat(client, arbre):
    html = soupe(client.get("/recherche/", {"q": "introuvable", "lieux": "tous"}))
    assert "0 lieu trouvé" in html.select_one(".compte").get_text(" ", strip=True)


# -- the feed, explained ------------------------------------------------------------------


def test_page_du_flux_explique_et_donne_l_adresse(client, arbre):
    assert liens_navigation_flux(client) == "/recits/flux/a-propos/"
    html = soupe(client.get("/recits/flux/a-propos/"))
    assert html.h1.get_text(strip=True) == "Suivre les récits avec le flux RSS"
    texte = html.main.get_text(" ", strip=True)
    assert "lecteur de flux" in texte and "Qu'est-ce qu'un flux" in texte
    champ = html.select_one("#adresse-flux")
    assert champ["value"] == "http://testserver/recits/flux/"
    assert champ.has_attr("readonly")
    assert html.select_one("label[for=adresse-flux]")
    bouton = html.select_one("button[data-copier=adresse-flux]")
    assert bouton.has_attr("hidden"), "sans JavaScript, pas de bouton qui ne ferait rien"
    assert html.select_one("script[src$='js/copier.js']")
    assert html.select_one("a[href='http://testserver/recits/flux/']")

    flux = client.get("/recits/flux/")
    assert flux.status_code == 200 and flux["Content-Type"].startswith("application/rss+xml")


def lien_alternatif_flux(client, url: str = "/"):
    """The feed's <link rel=alternate> in the page head, or None."""
    return soupe(client.get(url)).select_one("head link[rel=alternate][type='application/rss+xml']")


def test_liens_du_flux_suivent_la_page_des_recits(client, arbre, settings):
    settings.RECITS_CACHE_PAGES = True
    assert lien_alternatif_flux(client)["href"] == "/recits/flux/"
    assert client.get("/")["X-Cache-Recits"] == "hit"

    index = arbre["recits"]
    index.slug = "histoires"
    index.save_revision().publish()
    assert liens_navigation_flux(client) == "/histoires/flux/a-propos/"
    assert lien_alternatif_flux(client, "/lieux/")["href"] == "/histoires/flux/"
    assert client.get("/histoires/flux/a-propos/").status_code == 200
    # The other links to the story list follow it too.
    vide = soupe(client.get("/recherche/?q=zzzqqq"))
    assert vide.find("a", string="parcourez tous les récits")["href"] == "/histoires/"


def test_sans_page_des_recits_ni_lien_du_flux_ni_erreur(client, arbre):
    arbre["recits"].unpublish()
    html = soupe(client.get("/"))
    assert html.find("a", string="Suivre les récits (flux RSS)") is None
    assert lien_alternatif_flux(client) is None
    assert html.select_one(".pied__liens a[href='/recherche/']"), "le reste du pied demeure"


def liens_navigation_flux(client) -> str:
    """Where the footer's feed link points."""
    lien = soupe(client.get("/")).find("a", string="Suivre les récits (flux RSS)")
    return lien["href"]
