"""The qualitative framework: indicators, codings, the spaCy helper and the editors' tools."""

from django.apps import AppConfig


class IndicateursConfig(AppConfig):
    """Plugs indicators into stories and renews public caches when codings change."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "indicateurs"
    verbose_name = "Indicateurs"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from recits.publication import vider_caches_publics

        from . import signals
        from .atelier import ancrage, permissions
        from .models import Codage, Indicateur

        signals.connecter()
        ancrage.connecter()
        permissions.connecter()
        from . import (
            wagtail_hooks_exports,  # noqa: F401  names and exports screens
            wagtail_hooks_listes,  # noqa: F401  (curation screens; see its docstring)
        )

        self.brancher_sur_recits()

        for signal in (post_save, post_delete):
            signal.connect(
                vider_caches_publics, sender=Indicateur, dispatch_uid=f"indic-cache-{id(signal)}"
            )
            signal.connect(codage_change, sender=Codage, dispatch_uid=f"codage-cache-{id(signal)}")

    @staticmethod
    def brancher_sur_recits() -> None:
        """Give stories their indicators: listings, editor panels and form, the section page."""
        from wagtail.admin.panels import FieldPanel, MultiFieldPanel

        from recits import extensions

        from .forms import IndicateursRecitForm
        from .models import IndicateurIndexPage
        from .panels import SuggestionsPanel
        from .publics import IndicateursPublics

        extensions.brancher_indicateurs(IndicateursPublics())
        extensions.etendre_formulaire(IndicateursRecitForm)
        extensions.ajouter_panneaux(
            [
                MultiFieldPanel([FieldPanel("indicateurs")], heading="Indicateurs"),
                SuggestionsPanel(heading="Suggestions de l'assistant", icon="tag"),
            ]
        )
        extensions.ajouter_rubrique(
            extensions.Rubrique(
                modele=IndicateurIndexPage,
                slug="indicateurs",
                titre="Les indicateurs",
                libelle_menu="Indicateurs",
                introduction=(
                    "<p>Ce que nous cherchons dans les récits : les effets d'un lieu sur la vie "
                    "du village que les chiffres ne montrent pas.</p>"
                ),
            )
        )


def codage_change(sender, instance, **kwargs) -> None:
    """Accepted or rejected codings change public indicator chips: renew public caches."""
    from .models import Codage

    if instance.statut != Codage.Statut.SUGGERE:
        from recits.publication import vider_caches_publics

        vider_caches_publics()
