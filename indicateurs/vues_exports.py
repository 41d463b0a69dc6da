"""Admin downloads of the codings: CSV, XLSX, REFI-QDA codebook and project."""

from __future__ import annotations


def urls() -> list:
    """URLs of the exports (registered by wagtail_hooks_exports)."""
    return []
