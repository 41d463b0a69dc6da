"""The report as documents: Markdown, XLSX, DOCX, PDF, all from `contenu.contenu_du_rapport`."""

from __future__ import annotations

FORMATS = {
    "md": ("text/markdown; charset=utf-8", "md"),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    "pdf": ("application/pdf", "pdf"),
}


def exporter(rapport, format_: str, base_url: str = "") -> bytes:
    """The report in one format, as bytes."""
    from ..contenu import contenu_du_rapport

    contenu = contenu_du_rapport(rapport, fichiers=format_ in ("docx", "pdf"))
    if format_ == "md":
        from .markdown import en_markdown

        return en_markdown(contenu, base_url).encode("utf-8")
    if format_ == "xlsx":
        from .tableur import en_xlsx

        return en_xlsx(contenu, base_url)
    if format_ == "docx":
        from .word import en_docx

        return en_docx(contenu, base_url)
    if format_ == "pdf":
        from .pdf import en_pdf

        return en_pdf(contenu, base_url)
    raise ValueError(f"Format inconnu : {format_}")
