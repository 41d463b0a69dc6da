"""Public pages are cached for anonymous visitors and forgotten at every publishing change."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def cache_actif(settings):
    settings.RECITS_CACHE_PAGES = True


def test_deuxieme_visite_servie_par_le_cache(client, creer_recit):
    creer_recit(title="Le bal du 14 juillet")
    premiere = client.get("/recits/")
    assert "X-Cache-Recits" not in premiere
    seconde = client.get("/recits/")
    assert seconde["X-Cache-Recits"] == "hit"
    assert seconde.content == premiere.content


def test_depublication_visible_aussitot(client, creer_recit):
    recit = creer_recit(title="Le bal du 14 juillet")
    client.get("/recits/")
    client.get(recit.url)
    assert "Le bal du 14 juillet" in client.get("/recits/").content.decode()
    recit.unpublish()
    assert "Le bal du 14 juillet" not in client.get("/recits/").content.decode()
    assert client.get(recit.url).status_code == 404


def test_publication_visible_aussitot(client, creer_recit):
    brouillon = creer_recit(title="La fête des voisins", live=False)
    assert "La fête des voisins" not in client.get("/recits/").content.decode()
    brouillon.save_revision().publish()
    assert "La fête des voisins" in client.get("/recits/").content.decode()


def test_codage_accepte_visible_aussitot(client, creer_recit):
    from indicateurs.models import Codage, Indicateur

    recit = creer_recit(title="Le jardin partagé")
    assert "Mixité" not in client.get(recit.url).content.decode()
    Codage.objects.create(
        recit=recit,
        indicateur=Indicateur.objects.get(slug="mixite"),
        origine="editeur",
        statut="accepte",
    )
    assert "Mixité" in client.get(recit.url).content.decode()


def test_jamais_pour_les_connectes_ni_l_admin_ni_les_404(client, creer_recit, django_user_model):
    client.get("/nulle-part/")
    assert "X-Cache-Recits" not in client.get("/nulle-part/")
    utilisateur = django_user_model.objects.create_superuser("a", "a@exemple.fr", "x")
    client.force_login(utilisateur)
    client.get("/recits/")
    assert "X-Cache-Recits" not in client.get("/recits/")


@pytest.mark.parametrize("cache_pages", [True, False])
def test_compte_des_listes_suit_les_publications(client, settings, creer_recit, cache_pages):
    """Counts are kept between requests, never past a publish or a withdrawal."""
    from bs4 import BeautifulSoup

    settings.RECITS_CACHE_PAGES = cache_pages

    def compte(url: str) -> str | None:
        soupe = BeautifulSoup(client.get(url).content, "html.parser")
        ligne = soupe.select_one(".compte")
        return ligne.get_text(strip=True) if ligne else None

    premier = creer_recit(title="La fête des voisins", indicateurs=["mixite"])
    assert compte("/recits/") == "1 récit"
    assert compte("/recits/?indicateur=mixite") == "1 récit"
    second = creer_recit(title="Le marché du jeudi", indicateurs=["mixite"], live=False)
    assert compte("/recits/") == "1 récit"
    second.save_revision().publish()
    assert compte("/recits/") == "2 récits"
    assert compte("/recits/?indicateur=mixite") == "2 récits"
    assert compte("/recherche/?q=marche").startswith("1 récit trouvé")
    premier.unpublish()
    assert compte("/recits/") == "1 récit"
    assert compte("/recits/?indicateur=mixite") == "1 récit"
    second.refresh_from_db()  # publish() worked on a copy: this one still says draft
    second.unpublish()
    assert compte("/recherche/?q=marche") is None  # nothing found: no count line


def test_indicateurs_choisis_dans_l_editeur_visibles_aussitot(client, creer_recit):
    """Codings written with bulk_create (no post_save) still renew counts and chips."""
    from indicateurs.models import Indicateur
    from indicateurs.services import definir_indicateurs_recit

    recit = creer_recit(title="Le jardin partagé")
    assert "(0)" in client.get("/indicateurs/mixite/").content.decode()
    definir_indicateurs_recit(recit, [Indicateur.objects.get(slug="mixite")])
    contenu = client.get("/indicateurs/mixite/").content.decode()
    assert "(1)" in contenu and "Le jardin partagé" in contenu


def test_generation_renouvelee_encore_au_commit(django_capture_on_commit_callbacks):
    """A request between the change and its commit cannot keep old rows under the new key."""
    from recits.publication import generation_publique, vider_caches_publics

    with django_capture_on_commit_callbacks(execute=True):
        vider_caches_publics()
        pendant = generation_publique()
    assert generation_publique() != pendant


@pytest.mark.parametrize("cache_pages", [True, False])
def test_carte_suit_le_recadrage_de_sa_photo(client, settings, creer_recit, cache_pages):
    """Cards are kept between requests; a new focal point gives a new picture at once."""
    from bs4 import BeautifulSoup

    from .factories import ImageFactory

    settings.RECITS_CACHE_PAGES = cache_pages
    image = ImageFactory(width=640, height=400)
    creer_recit(title="Le bal du 14 juillet", image=image)

    def source() -> str:
        soupe = BeautifulSoup(client.get("/recits/").content, "html.parser")
        return soupe.select_one(".carte__image")["src"]

    avant = source()
    assert source() == avant
    image.focal_point_x, image.focal_point_y = 10, 10
    image.focal_point_width, image.focal_point_height = 20, 20
    image.save()
    assert source() != avant


def test_mesure_d_une_image_ne_vide_pas_les_caches():
    """Wagtail saves an image's size and hash when it first reads them: nothing visible."""
    from recits.publication import generation_publique

    from .factories import ImageFactory

    image = ImageFactory()
    image.file_hash = ""
    image.file_size = None
    image.save()
    avant = generation_publique()
    assert image.get_file_hash() and image.get_file_size()
    assert generation_publique() == avant
    image.title = "Le lavoir restauré"
    image.save()
    assert generation_publique() != avant
