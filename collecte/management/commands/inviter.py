"""Print a place's personal link for a campaign, creating the invitation when needed."""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from collecte.exports import lien_absolu
from collecte.models import Campagne, Invitation
from recits.models import LieuPage


def campagne_ou_erreur(annee: str) -> Campagne:
    """The campaign of a year, or a CommandError in French that lists the existing ones."""
    if not str(annee).strip().isdigit():
        raise CommandError(
            f"« {annee} » n'est pas une année : écrivez par exemple --campagne 2025."
        )
    campagne = Campagne.objects.filter(annee=int(annee)).first()
    if campagne is None:
        annees = ", ".join(str(a) for a in Campagne.objects.values_list("annee", flat=True))
        raise CommandError(
            f"Aucune campagne pour l'année {annee}. "
            + (
                f"Campagnes existantes : {annees}."
                if annees
                else "Aucune campagne n'existe encore."
            )
        )
    return campagne


def campagne_ouverte_ou_erreur() -> Campagne:
    """The campaign collecting today, or a CommandError in French saying what to write."""
    campagne = Campagne.ouverte()
    if campagne is None:
        annees = ", ".join(str(a) for a in Campagne.objects.values_list("annee", flat=True))
        raise CommandError(
            "Aucune campagne n'est ouverte aujourd'hui : précisez l'année avec --campagne"
            + (f" (campagnes existantes : {annees})." if annees else " (aucune campagne n'existe).")
        )
    return campagne


class Command(BaseCommand):
    help = (
        "Affiche le lien personnel d'un lieu pour une campagne, en créant l'invitation si "
        "besoin. Seul le lien va sur la sortie standard : un script peut le récupérer tel quel."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--campagne",
            metavar="ANNEE",
            help="Année de la campagne ; sans elle, la campagne ouverte aujourd'hui.",
        )
        parser.add_argument(
            "--lieu",
            required=True,
            metavar="SLUG",
            help="Adresse (slug) de la page du lieu, ex. cafe-de-la-fontaine.",
        )

    def handle(self, *args, campagne: str | None, lieu: str, **options) -> None:
        campagne_trouvee = (
            campagne_ouverte_ou_erreur() if campagne is None else campagne_ou_erreur(campagne)
        )
        lieux = list(LieuPage.objects.filter(slug=lieu)[:2])
        if not lieux:
            raise CommandError(
                f"Aucun lieu n'a l'adresse « {lieu} ». Vérifiez le slug dans l'onglet "
                "« Promotion » de la page du lieu."
            )
        if len(lieux) > 1:
            raise CommandError(f"Plusieurs pages ont l'adresse « {lieu} » : précisez le lieu.")
        invitation, creee = Invitation.objects.get_or_create(
            campagne=campagne_trouvee, lieu=lieux[0]
        )
        nom = lieux[0].title
        if creee:
            self.stderr.write(
                self.style.SUCCESS(
                    f"Invitation créée pour « {nom} » (campagne {campagne_trouvee.annee})."
                )
            )
        elif invitation.revoquee_le:
            invitation.regenerer()
            self.stderr.write(
                self.style.WARNING(
                    f"Le lien de « {nom} » avait été révoqué : un nouveau lien a été créé."
                )
            )
        elif not invitation.est_valide():
            fin = timezone.localdate(invitation.fin_de_validite())
            self.stderr.write(
                self.style.WARNING(
                    f"Attention : ce lien a expiré le {fin:%d/%m/%Y}. Prolongez-le dans le "
                    "tableau de bord de la campagne."
                )
            )
        self.stdout.write(lien_absolu(invitation))
