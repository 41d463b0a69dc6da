"""Every public page type renders, in French, with what a visitor expects on it."""

import pytest
from bs4 import BeautifulSoup

from indicateurs.models import Codage, Indicateur

from .factories import ImageFactory

pytestmark = pytest.mark.django_db


def texte(reponse) -> str:
    return BeautifulSoup(reponse.content, "html.parser").get_text(" ", strip=True)


@pytest.fixture
def recit_complet(creer_recit):
    image = ImageFactory(title="Comptoir")
    return creer_recit(
        title="Le four rallumé",
        slug="le-four-rallume",
        chapo="Après douze ans d'arrêt, le four du village chauffe à nouveau.",
        image=image,
        indicateurs=["lien-social", "convivialite"],
        corps=[
            {"type": "paragraphe", "value": "<p>Le premier matin, il y avait la queue.</p>"},
            {
                "type": "temoignage",
                "value": {
                    "citation": "On se dit bonjour, maintenant.",
                    "nom": "Josette",
                    "role": "habitante",
                },
            },
            {
                "type": "image",
                "value": {
                    "image": {"image": image.pk, "decorative": False, "alt_text": "Le four allumé"},
                    "legende": "Le four, un matin d'hiver",
                },
            },
        ],
    )


def test_accueil(client, recit_complet):
    reponse = client.get("/")
    assert reponse.status_code == 200
    contenu = texte(reponse)
    assert "Le four rallumé" in contenu
    assert "Lien social" in contenu and "Convivialité" in contenu
    assert '<html lang="fr">' in reponse.content.decode()


def test_page_recit(client, recit_complet, lieu):
    reponse = client.get("/recits/le-four-rallume/")
    assert reponse.status_code == 200
    html = reponse.content.decode()
    contenu = texte(reponse)
    assert "Après douze ans d'arrêt" in contenu
    assert "On se dit bonjour, maintenant." in contenu
    assert "— Josette, habitante" in contenu
    assert 'alt="Le four allumé"' in html
    assert "Le four, un matin d'hiver" in contenu
    assert "Café des Tilleuls" in contenu and "/lieux/cafe-tilleuls/" in html
    assert 'href="/recits/?indicateur=lien-social"' in html
    assert 'property="og:title" content="Le four rallumé"' in html
    assert 'property="og:image"' in html
    assert "Raconté par Josette" in contenu


def test_signature_anonyme(client, creer_recit):
    recit = creer_recit(signature="anonyme", auteur_nom="Marcel Dupont")
    contenu = texte(client.get(recit.url))
    assert "Raconté par Anonyme" in contenu
    assert "Marcel Dupont" not in contenu


def test_recits_lies_sans_brouillon(client, recit_complet, creer_recit):
    creer_recit(title="Même lieu publié", indicateurs=["lien-social"])
    creer_recit(title="Même lieu en brouillon", live=False, indicateurs=["lien-social"])
    contenu = texte(client.get(recit_complet.url))
    assert "Même lieu publié" in contenu
    assert "Même lieu en brouillon" not in contenu


def test_pages_lieux(client, lieu, recit_complet, creer_recit):
    creer_recit(title="Pas encore publié", live=False)
    liste = client.get("/lieux/")
    assert liste.status_code == 200
    assert "Café des Tilleuls" in texte(liste)
    assert "1 récit publié" in texte(liste)
    fiche = client.get("/lieux/cafe-tilleuls/")
    contenu = texte(fiche)
    assert "Ardèche (07)" in contenu
    assert "Le four rallumé" in contenu
    assert "Pas encore publié" not in contenu


def test_pages_indicateurs(client, recit_complet):
    liste = client.get("/indicateurs/")
    assert liste.status_code == 200
    contenu = texte(liste)
    for indicateur in Indicateur.objects.filter(actif=True):
        assert indicateur.nom in contenu
    fiche = client.get("/indicateurs/lien-social/")
    assert fiche.status_code == 200
    assert "Le four rallumé" in texte(fiche)
    assert client.get("/indicateurs/inconnu/").status_code == 404


def test_indicateur_inactif_introuvable(client, recit_complet):
    Indicateur.objects.filter(slug="convivialite").update(actif=False)
    assert client.get("/indicateurs/convivialite/").status_code == 404
    assert "Convivialité" not in texte(client.get(recit_complet.url))


def test_codage_suggere_ou_rejete_non_affiche(client, creer_recit):
    recit = creer_recit(title="Sans preuve")
    Codage.objects.create(
        recit=recit,
        indicateur=Indicateur.objects.get(slug="mixite"),
        origine=Codage.Origine.ASSISTANT,
        statut=Codage.Statut.SUGGERE,
    )
    assert "Mixité" not in texte(client.get(recit.url))
    assert "Sans preuve" not in texte(client.get("/indicateurs/mixite/"))


def test_brouillon_repond_404(client, creer_recit):
    creer_recit(title="Brouillon secret", slug="brouillon-secret", live=False)
    assert client.get("/recits/brouillon-secret/").status_code == 404
    assert "Brouillon secret" not in texte(client.get("/recits/"))
    assert "Brouillon secret" not in texte(client.get("/"))
    assert "Brouillon secret" not in texte(client.get("/lieux/cafe-tilleuls/"))


def test_page_404_en_francais(client, arbre):
    reponse = client.get("/nulle-part/")
    assert reponse.status_code == 404
    assert "Cette page est introuvable" in texte(reponse)


def test_page_500_en_francais(arbre):
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert "Un problème est survenu" in html
    assert 'lang="fr"' in html


def test_robots(client, arbre):
    reponse = client.get("/robots.txt")
    assert reponse.status_code == 200
    assert reponse["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in reponse.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in reponse.content.decode()


@pytest.mark.parametrize(
    ("commune", "attendu"),
    [
        ("Saint-Agrève", "à Saint-Agrève"),
        ("Le Pont-de-Tarnon", "au Pont-de-Tarnon"),
        ("Les Balmes-du-Coiron", "aux Balmes-du-Coiron"),
        ("La Motte-Chalancon", "à La Motte-Chalancon"),
        ("Lesches-en-Diois", "à Lesches-en-Diois"),
    ],
)
def test_a_la_commune_contracte_le_et_les(commune, attendu):
    from recits.models import LieuPage

    assert LieuPage(commune=commune).a_la_commune == attendu


def test_fiche_lieu_dit_au_pont(client, arbre, lieu, creer_recit):
    lieu.commune = "Le Pont-de-Tarnon"
    lieu.save_revision().publish()
    recit = creer_recit(title="Le bal du 14 juillet")
    contenu = texte(client.get(recit.url))
    assert "Café au Pont-de-Tarnon" in contenu and "à Le " not in contenu


@pytest.mark.parametrize("nombre, attendu", [(0, "0 récit"), (1, "1 récit"), (2, "2 récits")])
def test_pluriel_a_la_francaise(nombre, attendu):
    from django.template import engines

    gabarit = engines["django"].from_string("{{ n }} récit{{ n|pluriel }}")
    assert gabarit.render({"n": nombre}) == attendu


def test_accueil_sans_titre_double_et_zero_recit(client, arbre):
    html = client.get("/").content.decode()
    assert html.count("Récits vivants · Récits vivants") == 0
    assert "0</strong> récit publié" in html
