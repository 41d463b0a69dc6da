"""Registers the collection's admin screens, history lines and moderation hooks."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from .journal import enregistrer_actions_du_journal
from .models import Contribution
from .moderation import (
    effacer_plutot_que_supprimer,
    exiger_le_consentement,
    refuser_approbation_dans_l_editeur,
    refuser_publication_groupee,
    refuser_suppression_groupee,
    urls_admin,
)
from .permissions import politique_contributions
from .viewsets import CollecteGroup, proteger_campagnes_utilisees
from .viewsets.recits import RecitPageViewSet

# Before the viewsets: Wagtail would otherwise create the default policy for the model.
register_permission_policy(Contribution, politique_contributions)
register_snippet(CollecteGroup)
hooks.register("register_log_actions", enregistrer_actions_du_journal)
hooks.register("before_delete_snippet", proteger_campagnes_utilisees)
hooks.register("register_admin_urls", urls_admin)
hooks.register("before_publish_page", exiger_le_consentement)
hooks.register("before_delete_page", effacer_plutot_que_supprimer)
hooks.register("before_bulk_action", refuser_suppression_groupee)
hooks.register("before_bulk_action", refuser_publication_groupee)
hooks.register("before_edit_page", refuser_approbation_dans_l_editeur)
hooks.register("register_admin_viewset", RecitPageViewSet)
