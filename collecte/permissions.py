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
