"""The report in PDF (WeasyPrint, tagged PDF/UA): page numbers, table of contents, charts."""

from __future__ import annotations

import base64

from django.template.loader import render_to_string

from ..contenu import Contenu
from ..graphiques import image_graphique


def _donnee_png(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode()


def en_pdf(contenu: Contenu, base_url: str = "") -> bytes:
    """Render the print template to PDF; images come as data URLs or local files only."""
    from weasyprint import HTML

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
