"""Send the reminder e-mails of a campaign, as the dashboard's button does."""

from django.core.management.base import BaseCommand, CommandError

from collecte.relances import compte, lieux_a_relancer, relancer

from .inviter import campagne_ou_erreur


class Command(BaseCommand):
    help = (
        "Envoie par e-mail son lien à chaque lieu invité qui n'a encore rien envoyé "
        "(lien valide, e-mail de contact renseigné)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--campagne", required=True, metavar="ANNEE", help="Année de la campagne, ex. 2025."
        )
        parser.add_argument(
            "--simulation",
            action="store_true",
            help="Affiche les lieux qui seraient relancés, sans envoyer d'e-mail.",
        )

    def handle(self, *args, campagne: str, simulation: bool = False, **options) -> None:
        campagne_trouvee = campagne_ou_erreur(campagne)
        relances = lieux_a_relancer(campagne_trouvee)
        if simulation:
            nombre = len(relances.a_ecrire)
            verbe = "serait envoyé" if nombre < 2 else "seraient envoyés"
            self.stdout.write(
                f"Simulation : {compte(nombre, 'e-mail', 'e-mails')} {verbe} (aucun n'est parti)."
            )
            for invitation in relances.a_ecrire:
                self.stdout.write(f"  – {invitation.lieu.title}")
        else:
            envoyes = relancer(campagne_trouvee, relances=relances)
            self.stdout.write(
                self.style.SUCCESS(
                    compte(envoyes, "e-mail de relance envoyé.", "e-mails de relance envoyés.")
                )
            )
        if relances.sans_email:
            noms = ", ".join(invitation.lieu.title for invitation in relances.sans_email)
            self.stdout.write(
                self.style.WARNING(
                    f"Sans e-mail de contact (à compléter dans la page du lieu) : {noms}."
                )
            )
        if relances.echecs:
            noms = ", ".join(invitation.lieu.title for invitation in relances.echecs)
            raise CommandError(f"L'envoi a échoué pour : {noms}. Réessayez plus tard.")
