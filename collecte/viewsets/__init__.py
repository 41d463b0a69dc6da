"""The collection's admin menu: campaigns and contributions, one module per viewset."""

from wagtail.admin.viewsets.base import ViewSetGroup

from .campagnes import CampagneViewSet, proteger_campagnes_utilisees
from .contributions import ContributionViewSet

__all__ = [
    "CampagneViewSet",
    "CollecteGroup",
    "ContributionViewSet",
    "proteger_campagnes_utilisees",
]


class CollecteGroup(ViewSetGroup):
    """One admin menu entry for the yearly collection."""

    menu_label = "Collecte"
    menu_icon = "mail"
    menu_order = 150
    items = (CampagneViewSet, ContributionViewSet)
