"""The report in PDF (WeasyPrint, tagged PDF/UA): page numbers, table of contents, charts."""

from __future__ import annotations

import base64

from django.template.loader import render_to_string

from ..contenu import Contenu
from ..graphiques import image_graphique


def _donnee_png(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode()


def _weasyprint_html():
    """WeasyPrint's HTML class, without the process-wide switch its import flips.

    Importing weasyprint sets Pillow's ``ImageFile.LOAD_TRUNCATED_IMAGES = True`` for the
    whole process; contributed photos rely on it being False to refuse truncated uploads
    (collecte/photos.py), so it is put back at once. A damaged photo in a report is then
    left out of the PDF by WeasyPrint, which is what a report should do anyway.
    """
    from PIL import ImageFile
    from weasyprint import HTML

    ImageFile.LOAD_TRUNCATED_IMAGES = False
    return HTML


def en_pdf(contenu: Contenu, base_url: str = "") -> bytes:
    """Render the print template to PDF; images come as data URLs or local files only."""
    HTML = _weasyprint_html()

    graphiques = {
        s.graphique: _donnee_png(image_graphique(contenu.rapport, s.graphique))
        for s in contenu.sections
        if s.genre == "graphique"
    }
    html = render_to_string(
        "rapports/rapport_pdf.html",
        {
            "contenu": contenu,
            "rapport": contenu.rapport,
            "graphiques": graphiques,
            "base_url": base_url,
        },
    )
    document = HTML(string=html, base_url="/", url_fetcher=_lecteur_local())
    return document.write_pdf(pdf_variant="pdf/ua-1", uncompressed_pdf=False)


def _lecteur_local():
    """Only data URLs and local files (photos): a report never fetches from the network."""
    from weasyprint.urls import URLFetcher

    return URLFetcher(
        allowed_protocols={"data", "file"}, allow_redirects=False, fail_on_errors=True
    )
