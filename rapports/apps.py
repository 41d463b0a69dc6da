"""The annual report: evidence blocks, freezing on publication, withdrawals, documents."""

from django.apps import AppConfig


class RapportsConfig(AppConfig):
    """Adds the reports section, freezes reports on publication, follows withdrawals."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "rapports"
    verbose_name = "Rapports"

    def ready(self) -> None:
        from wagtail.signals import page_published

        from collecte.effacement import contribution_effacee
        from recits import extensions

        from .models import RapportIndexPage
        from .profil import fragment_profil_lieu
        from .retraits import contribution_effacee as suivre_effacement
        from .services import figer_a_la_publication

        extensions.ajouter_rubrique(
            extensions.Rubrique(
                modele=RapportIndexPage,
                slug="rapports",
                titre="Les rapports",
                libelle_menu="Rapports",
                introduction=(
                    "<p>Chaque année, ce que les récits des lieux montrent de leur utilité "
                    "sociale, indicateur par indicateur.</p>"
                ),
            )
        )
        extensions.ajouter_fragment("lieu", fragment_profil_lieu)
        page_published.connect(figer_a_la_publication, dispatch_uid="rapports-figer")
        contribution_effacee.connect(suivre_effacement, dispatch_uid="rapports-effacement")
