"""Every public page, the contribution form and its error state pass the Nu HTML Checker.

vnu (npm package `vnu-jar`, installed by `npm install` in tests/outils, run by the
machine's Java) reads the pages as files: it refuses loopback URLs.
"""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from .factories import ImageFactory, InformationPageFactory, InvitationFactory
from .utils import donnees_valides

VNU = (
    Path(__file__).resolve().parent
    / "outils"
    / "node_modules"
    / "vnu-jar"
    / "build"
    / "dist"
    / "vnu.jar"
)

pytestmark = pytest.mark.django_db


def erreurs_vnu(pages: dict[str, str], dossier: Path) -> list[str]:
    """The checker's errors, each prefixed with the page it was found on."""
    if not VNU.exists() or shutil.which("java") is None:
        pytest.fail("vnu introuvable : lancez `npm install` dans tests/outils (et installez Java)")
    fichiers = {}
    for nom, html in pages.items():
        fichier = dossier / f"{len(fichiers):02d}.html"
        fichier.write_text(html)
        fichiers[str(fichier)] = nom
    sortie = subprocess.run(
        [
            "java",
            "-jar",
            str(VNU),
            "--errors-only",
            "--format",
            "json",
            *fichiers,
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(sortie.stderr or sortie.stdout)["messages"]
    return [
        f"{fichiers.get(m.get('url', '').removeprefix('file:'), m.get('url'))} : {m.get('message')} — {m.get('extract', '')!r}"
        for m in messages
        if m.get("type") == "error"
    ]


def test_pages_publiques_et_formulaire_sans_erreur_html(client, arbre, creer_recit, lieu, tmp_path):
    image = ImageFactory(title="Comptoir")
    recit = creer_recit(
        title="Le four rallumé",
        slug="le-four-rallume",
        chapo="Le four du village chauffe à nouveau.",
        image=image,
        indicateurs=["lien-social"],
        tags=["four"],
        corps=[
            {"type": "paragraphe", "value": "<p>Le premier matin, il y avait la queue.</p>"},
            {
                "type": "temoignage",
                "value": {"citation": "On se dit bonjour.", "nom": "Josette", "role": "habitante"},
            },
        ],
    )
    information = InformationPageFactory(
        parent=arbre["accueil"],
        title="Données personnelles",
        slug="donnees-personnelles",
        corps="<h2>Vos photos</h2><p>Sans <strong>GPS</strong>.</p><ul><li>Un point.</li></ul>",
    )
    invitation = InvitationFactory(lieu=lieu)
    adresses = {
        "accueil": "/",
        "récits": "/recits/",
        "récits filtrés": "/recits/?departement=07&indicateur=lien-social",
        "mot-clé inconnu": "/recits/?tag=inconnu",
        "récit": recit.url,
        "lieux": "/lieux/",
        "lieu": lieu.url,
        "indicateurs": "/indicateurs/",
        "indicateur": "/indicateurs/lien-social/",
        "recherche vide": "/recherche/",
        "recherche": "/recherche/?q=four",
        "recherche, tous les lieux": "/recherche/?q=cafe&lieux=tous",
        "page d'information": information.url,
        "flux expliqué": "/recits/flux/a-propos/",
        "404": "/nulle-part/",
        "formulaire": invitation.chemin(),
    }
    pages = {nom: client.get(adresse).content.decode() for nom, adresse in adresses.items()}
    erreur = client.post(invitation.chemin(), donnees_valides(invitation, titre="", texte=""))
    assert (
        erreur.status_code == 200 and "Il reste quelque chose à corriger" in erreur.content.decode()
    )
    pages["formulaire en erreur"] = erreur.content.decode()
    assert erreurs_vnu(pages, tmp_path) == []
