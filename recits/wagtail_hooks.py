"""Registers the collection's admin screens (campaigns, dashboard, contributions)."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from .campagnes import Contribution
from .viewsets import (
    CollecteGroup,
    enregistrer_actions_du_journal,
    politique_contributions,
    proteger_campagnes_utilisees,
)

# Before the viewsets: Wagtail would otherwise create the default policy for the model.
register_permission_policy(Contribution, politique_contributions)
register_snippet(CollecteGroup)
hooks.register("register_log_actions", enregistrer_actions_du_journal)
hooks.register("before_delete_snippet", proteger_campagnes_utilisees)
