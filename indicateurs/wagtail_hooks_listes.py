"""Registers the curation screens: « Récits à coder » and the agreement dashboard.

Wagtail only auto-imports each app's ``wagtail_hooks`` module; this one is imported once
from ``IndicateursConfig.ready()`` so that it stays apart from the workspace's hooks.
"""

from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup

from .listes_admin import RecitsACoderViewSet
from .vues_accord import TableauAccordViewSet


class CurationGroup(ViewSetGroup):
    """One menu entry for the editors' reading screens."""

    menu_label = "Curation"
    menu_icon = "list-ul"
    menu_order = 210
    items = (RecitsACoderViewSet, TableauAccordViewSet)


@hooks.register("register_admin_viewset")
def enregistrer_curation():
    """The listing and the dashboard, under one « Curation » menu."""
    return CurationGroup()
