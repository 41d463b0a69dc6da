"""Admin screens of the yearly collection: campaigns, their dashboard, and contributions."""

from __future__ import annotations

import datetime

import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Count
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.functional import cached_property
from django.utils.html import format_html, format_html_join, linebreaks
from django.utils.safestring import mark_safe
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.widgets.button import HeaderButton
from wagtail.log_actions import LogFormatter, log
from wagtail.log_actions import registry as journal
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views import snippets as vues_snippets
from wagtail.snippets.views.snippets import SnippetViewSet

from .campagnes import Campagne, Contribution, Invitation
from .exports import TYPE_CSV, TYPE_XLSX, export_csv, export_xlsx, lignes_campagne
from .models import LieuPage, indicateur_model
from .relances import ACTION_RELANCE, compte, lieux_a_relancer, relancer

# -- permissions -----------------------------------------------------------------------------


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


# -- journal (campaign history) -------------------------------------------------------------


def _formateur(libelle: str, modele: str) -> type[LogFormatter]:
    """A history line such as "Nouveau lien pour « Café des Tilleuls »", from the entry's data."""

    def format_message(self, entree) -> str:
        donnees = {"lieu": "", "envois": 0, "jusqu_au": "", **(entree.data or {})}
        donnees["lieux"] = compte(donnees["envois"], "lieu", "lieux")
        return modele.format(**donnees)

    return type(
        "CollecteLogFormatter",
        (LogFormatter,),
        {"label": libelle, "format_message": format_message},
    )


FORMATEURS_JOURNAL = {
    "recits.lien_regenerer": _formateur("Lien régénéré", "Nouveau lien pour « {lieu} »"),
    "recits.lien_revoquer": _formateur("Lien révoqué", "Lien révoqué pour « {lieu} »"),
    "recits.lien_prolonger": _formateur(
        "Lien prolongé", "Lien de « {lieu} » prolongé jusqu'au {jusqu_au}"
    ),
    ACTION_RELANCE: _formateur("Relance", "Relance envoyée à {lieux} sans contribution"),
}


def enregistrer_actions_du_journal(actions) -> None:
    """Name the campaign's history entries in French (called by the register_log_actions hook)."""
    for code, formateur in FORMATEURS_JOURNAL.items():
        actions.register_action(code)(formateur)


# -- campaigns: form ------------------------------------------------------------------------


def _libelle_lieu(lieu: LieuPage) -> str:
    libelle = f"{lieu.title} — {lieu.commune} ({lieu.departement})"
    return libelle if lieu.live else f"{libelle}, page non publiée"


class CampagneForm(WagtailAdminModelForm):
    """The campaign form, with the places to invite ticked in the same screen.

    Ticking a place gives it a link; unticking it switches the link off. Invitations are
    never deleted: what a place already sent stays attached to it.
    """

    lieux_invites = forms.ModelMultipleChoiceField(
        label="Lieux invités",
        queryset=LieuPage.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=(
            "Chaque lieu coché reçoit un lien personnel vers le formulaire. Décocher un lieu "
            "désactive son lien (ce qu'il a déjà envoyé est gardé) ; le cocher à nouveau lui "
            "donne un nouveau lien. Les liens se copient, s'exportent et s'envoient depuis le "
            "tableau de bord de la campagne."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        champ = self.fields["lieux_invites"]
        champ.queryset = LieuPage.objects.order_by("title", "pk")
        champ.label_from_instance = _libelle_lieu
        if self.instance.pk and "lieux_invites" not in self.initial:
            self.initial["lieux_invites"] = list(
                self.instance.invitations.filter(revoquee_le__isnull=True).values_list(
                    "lieu_id", flat=True
                )
            )
        self.bilan_invitations = {"invites": 0, "reactives": 0, "desactives": 0}

    def save(self, commit: bool = True) -> Campagne:
        campagne = super().save(commit=commit)
        if commit:
            self.enregistrer_invitations(campagne)
        else:
            save_m2m = self.save_m2m

            def save_m2m_et_invitations() -> None:
                save_m2m()
                self.enregistrer_invitations(campagne)

            self.save_m2m = save_m2m_et_invitations
        return campagne

    def enregistrer_invitations(self, campagne: Campagne) -> None:
        """Create the missing invitations, switch links on again or off as ticked."""
        coches = {lieu.pk for lieu in self.cleaned_data.get("lieux_invites") or []}
        existantes = {invitation.lieu_id: invitation for invitation in campagne.invitations.all()}
        for lieu_id in sorted(coches):
            invitation = existantes.get(lieu_id)
            if invitation is None:
                Invitation.objects.create(campagne=campagne, lieu_id=lieu_id)
                self.bilan_invitations["invites"] += 1
            elif invitation.revoquee_le:
                invitation.regenerer()  # a new link: the switched-off one may have leaked
                self.bilan_invitations["reactives"] += 1
        for lieu_id, invitation in existantes.items():
            if lieu_id not in coches and invitation.revoquee_le is None:
                invitation.revoquer()
                self.bilan_invitations["desactives"] += 1

    def resume_invitations(self) -> str:
        """What ticking and unticking did, in one sentence (empty when nothing changed)."""
        bilan = self.bilan_invitations
        morceaux = []
        if bilan["invites"]:
            morceaux.append(compte(bilan["invites"], "lieu invité", "lieux invités"))
        if bilan["reactives"]:
            morceaux.append(
                compte(bilan["reactives"], "lien réactivé", "liens réactivés")
                + " avec une nouvelle adresse"
            )
        if bilan["desactives"]:
            morceaux.append(compte(bilan["desactives"], "lien désactivé", "liens désactivés"))
        return (" ; ".join(morceaux) + ".") if morceaux else ""


# -- campaigns: create, edit, delete ---------------------------------------------------------


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

    template_name = "recits/admin/tableau_campagne.html"
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


class ProlongationForm(forms.Form):
    """The new last day of a link."""

    jusqu_au = forms.DateField(
        label="Valable jusqu'au",
        error_messages={
            "required": "Choisissez jusqu'à quelle date le lien marche.",
            "invalid": "Date non reconnue : utilisez le format JJ/MM/AAAA.",
        },
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
    )

    def clean_jusqu_au(self) -> datetime.date:
        date = self.cleaned_data["jusqu_au"]
        if date < timezone.localdate():
            raise forms.ValidationError("Choisissez une date qui n'est pas encore passée.")
        return date


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


# -- contributions (read only) ---------------------------------------------------------------


class ContributionFilterSet(WagtailFilterSet):
    """Filter contributions by campaign, place and kind."""

    lieu = django_filters.ModelChoiceFilter(
        label="Lieu", queryset=LieuPage.objects.order_by("title")
    )

    class Meta:
        model = Contribution
        fields = ["campagne", "lieu", "genre"]


def _oui_non(valeur: bool) -> str:
    return "Oui" if valeur else "Non"


class ContributionInspectView(vues_snippets.InspectView):
    """A contribution as it was sent, with its consent, photos and the draft it produced."""

    LIBELLES = {
        "statut": "Où elle en est",
        "photos": "Photos",
        "page": "Récit créé",
        "indicateurs_choisis": "Indicateurs choisis par le lieu",
    }
    TEXTES_LONGS = ("texte", "pourquoi", "temoin_paroles")

    def get_field_label(self, field_name, field):
        return self.LIBELLES.get(field_name) or super().get_field_label(field_name, field)

    def get_field_display_value(self, field_name, field):
        if field_name in self.TEXTES_LONGS:
            texte = getattr(self.object, field_name)
            # linebreaks() escapes the text first, so marking its paragraphs safe is sound.
            return mark_safe(linebreaks(texte, autoescape=True)) if texte.strip() else "—"
        if field_name.startswith("consentement_") and field_name != "consentement_version":
            return _oui_non(getattr(self.object, field_name))
        valeur = super().get_field_display_value(field_name, field)
        return "—" if valeur in (None, "") else valeur

    def get_statut_display_value(self) -> str:
        return self.object.statut_affiche

    def get_page_display_value(self):
        if not self.object.page_id:
            return "—"
        return format_html(
            '<a href="{}">Ouvrir le brouillon « {} » dans l\'éditeur</a>',
            reverse("wagtailadmin_pages:edit", args=[self.object.page_id]),
            self.object.page.title,
        )

    def get_indicateurs_choisis_display_value(self) -> str:
        slugs = self.object.indicateurs_choisis or []
        noms = dict(indicateur_model().objects.filter(slug__in=slugs).values_list("slug", "nom"))
        return ", ".join(noms.get(slug, slug) for slug in slugs) or "Aucun"

    def get_photos_display_value(self):
        photos = list(self.object.photos.all())
        if not photos:
            return "Aucune"
        return format_html(
            "{}<ul>{}</ul>",
            compte(len(photos), "photo", "photos"),
            format_html_join(
                "",
                "<li>{} — description : {} — {}</li>",
                (
                    (p.legende or "Sans légende", p.description, p.get_reconnaissable_display())
                    for p in photos
                ),
            ),
        )


class ContributionViewSet(SnippetViewSet):
    """What places sent, exactly as sent: listed and read here, edited in the story page."""

    model = Contribution
    icon = "mail"
    menu_label = "Contributions"
    menu_order = 110
    url_prefix = "collecte/contributions"
    url_namespace = "collecte_contributions"
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = ContributionInspectView
    inspect_view_fields = [
        "titre",
        "lieu",
        "campagne",
        "recue_le",
        "statut",
        "page",
        "genre",
        "texte",
        "pourquoi",
        "quand",
        "date_moment",
        "temoin_paroles",
        "temoin_signature",
        "temoin_nom",
        "temoin_role",
        "temoin_age",
        "indicateurs_choisis",
        "photos",
        "consentement_site",
        "consentement_rapport",
        "consentement_presse",
        "consentement_version",
        "signature",
        "signature_nom",
        "email",
        "retiree_le",
    ]
    list_display = [
        "titre",
        "lieu",
        "campagne",
        "genre",
        "recue_le",
        Column("statut", label="Où elle en est", accessor="statut_affiche"),
        Column("nb_photos", label="Photos"),
    ]
    filterset_class = ContributionFilterSet
    list_per_page = 50
    search_fields = ["titre", "texte"]
    ordering = ["-recue_le"]

    def get_queryset(self, request):
        return (
            Contribution.objects.select_related("lieu", "campagne")
            .avec_statut()
            .annotate(nb_photos=Count("photos"))
        )


class CollecteGroup(ViewSetGroup):
    """One admin menu entry for the yearly collection."""

    menu_label = "Collecte"
    menu_icon = "mail"
    menu_order = 150
    items = (CampagneViewSet, ContributionViewSet)
