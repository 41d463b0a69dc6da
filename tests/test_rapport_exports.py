"""Every output of a report, opened back: indicator names, quotes, sources, escaping, no withdrawn text."""

from __future__ import annotations

import io
import subprocess

import pytest
from docx import Document
from openpyxl import load_workbook

from rapports.exports import exporter
from rapports.generation import generer_blocs
from rapports.models import RapportPage

from .factories import ImageFactory, RecitPageFactory
from .rapport_donnees import P1, P3, P4, consentir, construire_collection, passage, publier

pytestmark = pytest.mark.django_db

PIEGE = '=HYPERLINK("http://exemple.invalid","clic") <script>alert(1)</script> **gras** [lien](x)'


@pytest.fixture
def rapport(arbre, lieu, client):
    donnees = construire_collection(arbre, lieu, client)
    piege = RecitPageFactory(
        parent=arbre["recits"],
        lieu=lieu,
        title="Piège",
        date=__import__("datetime").date(2025, 8, 8),
    )
    consentir(piege)
    passage(piege, "mixite", PIEGE, score=0.9)
    generer_blocs(donnees["rapport"])
    return publier(donnees["rapport"])


def pdftotext(octets: bytes, tmp_path) -> str:
    chemin = tmp_path / "r.pdf"
    chemin.write_bytes(octets)
    return subprocess.run(
        ["pdftotext", "-layout", str(chemin), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_docx_titres_citations_sources(rapport):
    document = Document(io.BytesIO(exporter(rapport, "docx")))
    titres = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Lien social" in titres and "Sources" in titres
    citations = [p.text for p in document.paragraphs if p.style.name == "Quote"]
    assert f"« {P1} »" in citations and f"« {P4} »" in citations
    assert f"« {PIEGE} »" in citations  # kept as plain text, not interpreted
    assert all(P3 not in p.text for p in document.paragraphs)
    sources = document.tables[-1]
    lignes = [[c.text for c in ligne.cells] for ligne in sources.rows]
    assert lignes[0] == ["Récit", "Lieu", "Commune", "Année", "Lien"]
    assert any(ligne[1] == "Boulangerie du Pont" and ligne[4] == "non public" for ligne in lignes)
    assert len(document.inline_shapes) >= 2  # the two charts


def test_xlsx_une_ligne_par_citation_et_par_chiffre_texte_jamais_formule(rapport):
    classeur = load_workbook(io.BytesIO(exporter(rapport, "xlsx")))
    citations = list(classeur["Citations"].iter_rows(values_only=True))
    assert citations[0][:3] == ("Indicateur", "Citation", "Nom")
    textes = [ligne[1] for ligne in citations[1:]]
    assert P1 in textes and P4 in textes and P3 not in textes
    cellule = next(
        c for ligne in classeur["Citations"].iter_rows() for c in ligne if c.value == PIEGE
    )
    assert cellule.data_type == "s"  # a string, never a formula
    chiffres = list(classeur["Chiffres"].iter_rows(values_only=True))
    assert ("Lien social", "Récits qui en témoignent", 4, "2025", "tous les lieux") in chiffres
    assert any(
        ligne[0] == "Boulangerie du Pont" or ligne[1] == "Boulangerie du Pont"
        for ligne in classeur["Sources"].iter_rows(values_only=True)
    )


def test_markdown_echappe(rapport):
    texte = exporter(rapport, "md").decode()
    assert "## Lien social" in texte and "## Sources" in texte
    assert "<script>" not in texte and "\\<script\\>" in texte
    assert "\\*\\*gras\\*\\*" in texte
    assert "Pas encore de récit pour cet indicateur sur la période\\." in texte


def test_pdf_texte_sommaire_numeros_de_page(rapport, tmp_path):
    octets = exporter(rapport, "pdf")
    assert octets[:5] == b"%PDF-"
    texte = pdftotext(octets, tmp_path)
    infos = subprocess.run(
        ["pdfinfo", str(tmp_path / "r.pdf")], capture_output=True, text=True, check=True
    ).stdout
    assert "Tagged:          yes" in infos  # PDF/UA: a structure tree for screen readers
    assert "Title:           Rapport 2025" in infos
    plat = " ".join(texte.split())
    assert "Sommaire" in plat and "Lien social" in plat and "Sources" in plat
    assert "Page 1 sur" in plat
    assert "anciens du village se retrouvent" in plat
    assert "sans accord pour le rapport" not in plat.lower()
    assert "alert(1)" in plat  # the trap text is shown as text, not run


def test_photo_absente_du_stockage_document_entier(rapport, arbre, lieu, tmp_path):
    image = ImageFactory(title="Disparue")
    r = RecitPageFactory(
        parent=arbre["recits"],
        lieu=lieu,
        date=__import__("datetime").date(2025, 4, 4),
        corps=[
            {
                "type": "image",
                "value": {
                    "image": {"image": image.pk, "alt_text": "Une salle", "decorative": False},
                    "legende": "La salle",
                },
            }
        ],
    )
    consentir(r, photos=True)
    passage(
        r,
        "emploi-insertion",
        "Deux emplois créés au village grâce au café, une vraie fierté pour tous.",
        score=0.9,
    )
    brouillon = RapportPage.objects.get(pk=rapport.pk).get_latest_revision_as_object()
    generer_blocs(brouillon)
    image.file.storage.delete(image.file.name)
    brouillon = RapportPage.objects.get(pk=rapport.pk).get_latest_revision_as_object()
    document = Document(io.BytesIO(exporter(brouillon, "docx")))
    assert any("Photo manquante dans le stockage : La salle" in p.text for p in document.paragraphs)
    assert "Photo manquante" in pdftotext(exporter(brouillon, "pdf"), tmp_path)


def test_export_depuis_l_admin(rapport, admin_client):
    for format_, debut in (("docx", b"PK"), ("xlsx", b"PK"), ("pdf", b"%PDF"), ("md", b"# ")):
        reponse = admin_client.get(f"/admin/rapports/{rapport.pk}/exporter/{format_}/")
        assert reponse.status_code == 200 and reponse.content.startswith(debut)
        assert "attachment" in reponse["Content-Disposition"]
    assert admin_client.get(f"/admin/rapports/{rapport.pk}/exporter/odt/").status_code == 404


def test_le_pdf_ne_va_jamais_chercher_sur_le_reseau():
    from rapports.exports.pdf import _lecteur_local

    lecteur = _lecteur_local()
    with pytest.raises(ValueError):
        lecteur.fetch("http://exemple.invalid/photo.png")
    reponse = lecteur.fetch("data:text/plain;base64,Ym9uam91cg==")
    assert reponse.read() == b"bonjour"


def test_weasyprint_ne_laisse_pas_passer_les_photos_tronquees():
    """Its import flips a Pillow switch process-wide; contributed photos need it off."""
    from PIL import ImageFile

    from collecte.photos import PhotoRefusee, nettoyer_photo
    from rapports.exports.pdf import _weasyprint_html
    from tests import photos_fixtures as fx

    _weasyprint_html()
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False
    with pytest.raises(PhotoRefusee):
        nettoyer_photo(fx.jpeg_tronque(), "x.jpg")
