"""Admin screens of the campaigns: the list, the form, the dashboard and its actions."""

from __future__ import annotations

import datetime

from django.db.models import Count
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets.button import HeaderButton
from wagtail.log_actions import log
from wagtail.log_actions import registry as journal
from wagtail.snippets.views import snippets as vues_snippets
from wagtail.snippets.views.snippets import SnippetViewSet

from ..admin_forms import CampagneForm, ProlongationForm
from ..exports import TYPE_CSV, TYPE_XLSX, export_csv, export_xlsx, lignes_campagne
from ..models import Campagne, Invitation
from ..relances import ACTION_RELANCE, compte, lieux_a_relancer, relancer


class LiensVersTableauMixin:
    """Create and edit views: a button to the dashboard and a summary of the invitations."""

    tableau_url_name = None

    def url_tableau(self, campagne: Campagne) -> str:
        return reverse(self.tableau_url_name, args=[campagne.pk])

    def _ajouter_resume(self, message: str | None) -> str | None:
        resume = self.form.resume_invitations() if hasattr(self.form, "resume_invitations") else ""
        return f"{message} {resume}".strip() if message else message

    def get_success_buttons(self):
        return [
            *super().get_success_buttons(),
            messages.button(self.url_tableau(self.object), "Tableau de bord"),
        ]


class CampagneCreateView(LiensVersTableauMixin, vues_snippets.CreateView):
    """After creating a campaign, go straight to its dashboard to send the links."""

    def get_success_message(self, instance):
        return self._ajouter_resume(super().get_success_message(instance))

    def get_success_url(self):
        return self.url_tableau(self.object)


class CampagneEditView(LiensVersTableauMixin, vues_snippets.EditView):
    """The campaign form with a "Tableau de bord" button in the header."""

    def get_success_message(self):
        return self._ajouter_resume(super().get_success_message())

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton("Tableau de bord", url=self.url_tableau(self.object), icon_name="table")
        ]


def proteger_campagnes_utilisees(request, objets):
    """Refuse to delete a campaign that received contributions (single or bulk delete).

    Connected to the ``before_delete_snippet`` hook; contributions refer to their campaign.
    """
    campagnes = [objet for objet in objets if isinstance(objet, Campagne)]
    if not campagnes:
        return None
    utilisees = Campagne.objects.filter(
        pk__in=[campagne.pk for campagne in campagnes], contributions__isnull=False
    ).distinct()
    if not utilisees:
        return None
    noms = ", ".join(f"« {campagne} »" for campagne in utilisees)
    messages.error(
        request, f"Rien n'a été supprimé : {noms} a reçu des contributions, qui s'y rattachent."
    )
    return redirect("collecte_campagnes:list")


# -- campaigns: dashboard and its actions ----------------------------------------------------


class CampagneMixin(PermissionCheckedMixin):
    """Views about one campaign, open to those who may change campaigns."""

    model = Campagne
    permission_required = "change"
    index_url_name = None
    edit_url_name = None
    tableau_url_name = None
    action_url_name = None
    relance_url_name = None
    export_url_name = None

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.campagne = get_object_or_404(Campagne, pk=kwargs["pk"])

    def url_tableau(self, ancre: str = "") -> str:
        url = reverse(self.tableau_url_name, args=[self.campagne.pk])
        return f"{url}#{ancre}" if ancre else url


class TableauCampagneView(CampagneMixin, WagtailAdminTemplateMixin, TemplateView):
    """Per invited place: its link, whether it was opened, what it sent and on which indicators."""

    template_name = "collecte/admin/tableau_campagne.html"
    page_title = "Tableau de bord"
    header_icon = "table"

    def get_page_subtitle(self) -> str:
        return str(self.campagne)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": "Campagnes"},
            {
                "url": reverse(self.edit_url_name, args=[self.campagne.pk]),
                "label": str(self.campagne),
            },
            {"url": "", "label": self.page_title, "sublabel": str(self.campagne)},
        ]

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(
                "Modifier la campagne et les lieux invités",
                url=reverse(self.edit_url_name, args=[self.campagne.pk]),
                icon_name="edit",
            )
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        maintenant = timezone.now()
        lignes = lignes_campagne(self.campagne, maintenant)
        relances = lieux_a_relancer(self.campagne, maintenant)
        derniere_relance = (
            journal.get_logs_for_instance(self.campagne)
            .filter(action=ACTION_RELANCE)
            .order_by("-timestamp")
            .first()
        )
        context.update(
            campagne=self.campagne,
            lignes=lignes,
            resume={
                "invites": len(lignes),
                "valides": sum(ligne.statut == "valide" for ligne in lignes),
                "ouverts": sum(bool(ligne.invitation.nb_ouvertures) for ligne in lignes),
                "contributeurs": sum(ligne.a_contribue for ligne in lignes),
                "contributions": sum(ligne.nb_contributions for ligne in lignes),
            },
            relances=relances,
            derniere_relance=derniere_relance,
            aujourdhui=timezone.localdate(maintenant),
            action_url_name=self.action_url_name,
            edit_url=reverse(self.edit_url_name, args=[self.campagne.pk]),
            relance_url=reverse(self.relance_url_name, args=[self.campagne.pk]),
            export_csv_url=reverse(self.export_url_name, args=[self.campagne.pk, "csv"]),
            export_xlsx_url=reverse(self.export_url_name, args=[self.campagne.pk, "xlsx"]),
        )
        return context


class ActionLienView(CampagneMixin, View):
    """Regenerate, revoke or extend one place's link (POST only, CSRF-protected)."""

    http_method_names = ["post"]
    actions = ("regenerer", "revoquer", "prolonger")

    def post(self, request, pk: int, invitation_pk: int, action: str):
        if action not in self.actions:
            raise Http404
        invitation = get_object_or_404(
            Invitation.objects.select_related("lieu"), pk=invitation_pk, campagne=self.campagne
        )
        invitation.campagne = self.campagne
        lieu = invitation.lieu.title
        donnees = {"lieu": lieu}
        if action == "regenerer":
            invitation.regenerer()
            messages.success(
                request, f"Nouveau lien créé pour « {lieu} » : l'ancien ne fonctionne plus."
            )
        elif action == "revoquer":
            invitation.revoquer()
            messages.success(request, f"Le lien de « {lieu} » ne fonctionne plus.")
        else:
            if invitation.revoquee_le:
                messages.error(
                    request,
                    f"Le lien de « {lieu} » est révoqué : créez un nouveau lien plutôt que "
                    "de le prolonger.",
                )
                return redirect(self.url_tableau(f"lieu-{invitation.pk}"))
            formulaire = ProlongationForm(request.POST)
            if not formulaire.is_valid():
                messages.error(request, f"« {lieu} » : " + " ".join(formulaire.errors["jusqu_au"]))
                return redirect(self.url_tableau(f"lieu-{invitation.pk}"))
            date = formulaire.cleaned_data["jusqu_au"]
            invitation.expire_le = timezone.make_aware(
                datetime.datetime.combine(date, datetime.time.max)
            )
            invitation.save(update_fields=["expire_le"])
            donnees["jusqu_au"] = date.strftime("%d/%m/%Y")
            messages.success(
                request, f"Le lien de « {lieu} » marche jusqu'au {date:%d/%m/%Y} inclus."
            )
        log(instance=self.campagne, action=f"recits.lien_{action}", user=request.user, data=donnees)
        return redirect(self.url_tableau(f"lieu-{invitation.pk}"))


class RelancerView(CampagneMixin, View):
    """E-mail their link to the invited places that have sent nothing yet (POST only)."""

    http_method_names = ["post"]

    def post(self, request, pk: int):
        relances = lieux_a_relancer(self.campagne)
        envoyes = relancer(self.campagne, utilisateur=request.user, relances=relances)
        if envoyes:
            messages.success(
                request, compte(envoyes, "e-mail de relance envoyé.", "e-mails de relance envoyés.")
            )
        elif not relances.echecs:
            messages.warning(request, "Aucun e-mail envoyé : aucun lieu à relancer.")
        if relances.sans_email:
            noms = ", ".join(invitation.lieu.title for invitation in relances.sans_email)
            messages.warning(
                request,
                f"Sans e-mail de contact (à compléter dans la page du lieu) : {noms}.",
            )
        if relances.echecs:
            noms = ", ".join(invitation.lieu.title for invitation in relances.echecs)
            messages.error(request, f"L'envoi a échoué pour : {noms}. Réessayez plus tard.")
        return redirect(self.url_tableau())


@method_decorator(never_cache, name="dispatch")
class ExportLiensView(CampagneMixin, View):
    """The links of the campaign as a CSV or Excel file (they are secret: never cached)."""

    http_method_names = ["get"]

    def get(self, request, pk: int, format: str):
        lignes = lignes_campagne(self.campagne)
        if format == "csv":
            contenu, type_mime = export_csv(lignes), TYPE_CSV
        elif format == "xlsx":
            contenu, type_mime = export_xlsx(lignes, f"Liens {self.campagne.annee}"), TYPE_XLSX
        else:
            raise Http404
        reponse = HttpResponse(contenu, content_type=type_mime)
        nom = f"liens-campagne-{self.campagne.annee}.{format}"
        reponse["Content-Disposition"] = f'attachment; filename="{nom}"'
        return reponse


# -- campaigns: viewset ----------------------------------------------------------------------


def _lien_tableau(campagne: Campagne) -> str:
    url = reverse("collecte_campagnes:tableau", args=[campagne.pk])
    return format_html(
        '<a href="{}">Tableau de bord<span class="w-sr-only"> de « {} »</span></a>', url, campagne
    )


class CampagneViewSet(SnippetViewSet):
    """Yearly campaigns: dates, texts, invited places, and a dashboard per campaign."""

    model = Campagne
    icon = "calendar-alt"
    menu_label = "Campagnes"
    menu_order = 100
    url_prefix = "collecte/campagnes"
    url_namespace = "collecte_campagnes"
    copy_view_enabled = False
    add_view_class = CampagneCreateView
    edit_view_class = CampagneEditView
    list_display = [
        "titre",
        "annee",
        "ouverture",
        "cloture",
        Column("nb_invitations", label="Lieux invités"),
        Column("nb_contributions", label="Contributions"),
        Column("tableau", label="Suivi", accessor=_lien_tableau),
    ]
    ordering = ["-annee"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("annee"), FieldPanel("titre")]),
            FieldRowPanel([FieldPanel("ouverture"), FieldPanel("cloture")]),
            FieldPanel("introduction"),
            FieldPanel("questions"),
            FieldPanel("lieux_invites"),
        ],
        base_form_class=CampagneForm,
    )

    def get_queryset(self, request):
        return Campagne.objects.annotate(
            nb_invitations=Count("invitations", distinct=True),
            nb_contributions=Count("contributions", distinct=True),
        )

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            tableau_url_name=self.get_url_name("tableau"),
            action_url_name=self.get_url_name("action_lien"),
            relance_url_name=self.get_url_name("relancer"),
            export_url_name=self.get_url_name("export"),
            **kwargs,
        )

    @cached_property
    def tableau_view(self):
        return self.construct_view(TableauCampagneView)

    @cached_property
    def action_lien_view(self):
        return self.construct_view(ActionLienView)

    @cached_property
    def relancer_view(self):
        return self.construct_view(RelancerView)

    @cached_property
    def export_view(self):
        return self.construct_view(ExportLiensView)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/tableau/", self.tableau_view, name="tableau"),
            path(
                "<int:pk>/tableau/lien/<int:invitation_pk>/<slug:action>/",
                self.action_lien_view,
                name="action_lien",
            ),
            path("<int:pk>/tableau/relancer/", self.relancer_view, name="relancer"),
            path("<int:pk>/liens.<slug:format>", self.export_view, name="export"),
        ]
