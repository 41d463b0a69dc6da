"""Who may do what with the collection's records."""

from django.contrib.auth import get_user_model
from wagtail.permission_policies import ModelPermissionPolicy

from .models import Contribution


class ActionsLimiteesPolicy(ModelPermissionPolicy):
    """Django's model permissions, minus actions that make no sense for this kind of record."""

    def __init__(self, model, interdites: set[str]):
        super().__init__(model)
        self.interdites = frozenset(interdites)

    def user_has_permission(self, user, action: str) -> bool:
        return action not in self.interdites and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        permises = [action for action in actions if action not in self.interdites]
        if not permises:
            return get_user_model().objects.none()
        return super().users_with_any_permission(permises)


# A contribution is a record of what was sent: the admin shows it, never edits or deletes it.
politique_contributions = ActionsLimiteesPolicy(Contribution, {"add", "change", "delete"})


def peut_voir_contribution(utilisateur, contribution: Contribution) -> bool:
    """Whether an admin user may see a contribution and its photos.

    They need the right to read contributions and, while its story exists, the right to
    open that story in the editor (where the photos are shown). A withdrawn or erased
    contribution is shown to nobody.
    """
    if contribution.retiree_le or contribution.effacee_le:
        return False
    if not utilisateur.is_active or not utilisateur.has_perm("wagtailadmin.access_admin"):
        return False
    if not politique_contributions.user_has_permission(utilisateur, "view"):
        return False
    page = contribution.page
    return page is None or page.permissions_for_user(utilisateur).can_edit()


def peut_effacer_contribution(utilisateur) -> bool:
    """Erasing is irreversible: holders of the erase right only (Moderators, superusers)."""
    return utilisateur.is_active and politique_contributions.user_has_permission(
        utilisateur, "erase"
    )
