"""The public contribution form: plain French, phone-first, no JavaScript required."""

from __future__ import annotations

import datetime
import secrets

from django import forms
from django.core import signing
from django.utils import timezone

from indicateurs.models import Indicateur
from recits.texte import une_ligne

from .consentement import TEXTES_CONSENTEMENT
from .models import Contribution, PhotoContribution
from .requetes import TROP_LOURD

MOIS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
SEL_HORODATAGE = "recits.contribution.horodatage"
DELAI_MIN_SECONDES = 3
DELAI_MAX_SECONDES = 24 * 3600

ROLES = [
    ("", "Choisir…"),
    ("habitant·e", "Habitant·e"),
    ("bénévole", "Bénévole"),
    ("salarié·e", "Salarié·e"),
    ("élu·e", "Élu·e"),
    ("client·e", "Client·e"),
    ("commerçant·e", "Commerçant·e du lieu"),
    ("producteur·rice", "Producteur·rice"),
    ("autre", "Autre"),
]
AGES = [
    ("", "Ne pas préciser"),
    ("moins de 18 ans", "Moins de 18 ans"),
    ("18-29 ans", "18 à 29 ans"),
    ("30-44 ans", "30 à 44 ans"),
    ("45-59 ans", "45 à 59 ans"),
    ("60-74 ans", "60 à 74 ans"),
    ("75 ans et plus", "75 ans et plus"),
]
# The indicators in the contributors' words (the slugs are fixed; other indicators
# added by editors show their own name).
MOTS_SIMPLES = {
    "bien-vivre": "On vit mieux au village, on en est fier",
    "lien-social": "Des gens se rencontrent, s'entraident, se parlent",
    "convivialite": "Un bon moment partagé, une fête, un repas, des rires",
    "lutte-isolement": "Quelqu'un de seul ou d'isolé a trouvé sa place",
    "services-proximite": "Un service utile tout près : pain, courses, colis…",
    "participation": "Des habitants donnent un coup de main, proposent, décident",
    "mixite": "Des gens différents se croisent : âges, origines, anciens et nouveaux",
    "dynamisme-territorial": "Le village bouge : producteurs, projets, nouveaux habitants",
    "transition-ecologique": "Moins de voiture, du local, moins de déchets",
    "emploi-insertion": "Quelqu'un a trouvé un travail, une formation, un métier",
}
# The form's own error messages, in one place: the server says them, and the step-by-step
# check in contribution.js says them before sending (rendered with json_script).
MESSAGES = {
    "requis": "Ce champ est obligatoire.",
    "texte": "Racontez ce moment en quelques phrases.",
    "temoin_paroles": "Écrivez les paroles de la personne.",
    "temoin_nom": "Indiquez son prénom ou son pseudonyme.",
    "quand_annee": "Choisissez aussi l'année.",
    "signature_nom": "Indiquez votre prénom ou votre pseudonyme.",
    "photo_description": "Décrivez la photo en une phrase pour les personnes aveugles.",
    "photo_reconnaissable": "Dites si l'on reconnaît des personnes et si elles sont d'accord.",
    "photo_fichier": "Vous avez écrit une légende : choisissez aussi la photo.",
    "photos_aucune": "Vous avez choisi « Des photos » : ajoutez au moins une photo.",
    # Checked on the phone before a long upload ({nom}, {max}: filled in by contribution.js);
    # the server says the same (photos._trop_grande) for a form sent without the script.
    "photo_trop_grande": "« {nom} » est trop grande : {max} au plus. Choisissez une photo plus légère.",
    # Said by contribution.js when a send is refused without the server's own words
    # (nginx's 413 page, Django's CSRF page).
    "envoi_trop_lourd": TROP_LOURD,
    "envoi_refuse": "Cet envoi n'a pas pu être pris en compte.",
}
TYPES_ACCEPTES = "image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif,.jpg,.jpeg"


class ChampUneLigne(forms.CharField):
    """A one-line text field: no line break nor control character survives (titles, names)."""

    def to_python(self, value) -> str:
        return une_ligne(super().to_python(value))


def horodatage_signe(invitation_id: int | None, cle_envoi: str, moment: float | None = None) -> str:
    """The form's signed ticket: when it was shown, for which link, with which one-time key.

    The time spots forms sent faster than a person types; the link and the key make the
    ticket good for one contribution on that link only: sent again, it returns the same
    contribution (the key is unique), and it opens no other link.
    """
    horodatage = int(timezone.now().timestamp() if moment is None else moment)
    valeur = f"{invitation_id if invitation_id is not None else '-'}:{cle_envoi}:{horodatage}"
    return signing.Signer(salt=SEL_HORODATAGE).sign(valeur)


class PhotoForm(forms.Form):
    """One photo slot: the file, its caption, its description and the image-rights answer."""

    fichier = forms.FileField(
        label="Photo",
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": TYPES_ACCEPTES}),
        help_text="JPEG, PNG, WebP ou HEIC (iPhone), 15 Mo au plus.",
    )
    legende = ChampUneLigne(
        label="Légende", max_length=250, required=False, help_text="Ce que montre la photo."
    )
    description = ChampUneLigne(
        label="Description pour les personnes aveugles",
        max_length=250,
        required=False,
        help_text="Par exemple : « Trois personnes jouent aux cartes ».",
    )
    reconnaissable = forms.ChoiceField(
        label="Peut-on reconnaître des personnes sur cette photo ?",
        choices=PhotoContribution.Reconnaissable.choices,
        required=False,
        widget=forms.RadioSelect,
    )

    def clean(self) -> dict:
        donnees = super().clean()
        if donnees.get("fichier"):
            if not donnees.get("description", "").strip():
                self.add_error("description", MESSAGES["photo_description"])
            if not donnees.get("reconnaissable"):
                self.add_error("reconnaissable", MESSAGES["photo_reconnaissable"])
        elif donnees.get("legende") or donnees.get("description"):
            self.add_error("fichier", MESSAGES["photo_fichier"])
        return donnees


class PhotoFormSet(forms.BaseFormSet):
    """Up to six photo slots; empty slots are simply ignored."""

    default_error_messages = {
        "missing_management_form": (
            "Le formulaire des photos est arrivé incomplet : renvoyez le formulaire depuis "
            "la page précédente."
        ),
        "too_many_forms": "Six photos au plus : retirez-en, puis renvoyez le formulaire.",
        "too_few_forms": "Le formulaire des photos est arrivé incomplet.",
    }

    def repli_ouvert(self) -> bool:
        """Whether photos 2 to 6 (folded) were filled in or hold an error: hidden, they look lost."""
        return self.is_bound and any(
            f.errors
            or any(f.data.get(f.add_prefix(nom)) for nom in f.fields)
            or f.files.get(f.add_prefix("fichier"))
            for f in self.forms[1:]
        )

    def photos_envoyees(self) -> list[tuple[int, dict]]:
        """(slot index, cleaned data) of the slots that carry a file."""
        return [
            (i, f.cleaned_data)
            for i, f in enumerate(self.forms)
            if getattr(f, "cleaned_data", None) and f.cleaned_data.get("fichier")
        ]


def photo_formset_class(nombre: int):
    """A formset class with a fixed number of photo slots (no JavaScript needed)."""
    return forms.formset_factory(
        PhotoForm, formset=PhotoFormSet, extra=nombre, max_num=nombre, absolute_max=nombre
    )


class ContributionForm(forms.Form):
    """Everything a place tells us about one moment, with consent per channel."""

    genre = forms.ChoiceField(
        label="Que voulez-vous partager ?",
        choices=Contribution.Genre.choices,
        widget=forms.RadioSelect,
        initial=Contribution.Genre.RECIT,
    )
    titre = ChampUneLigne(
        label="Un titre",
        max_length=150,
        help_text="Quelques mots, par exemple : « Le premier marché de Noël ».",
    )
    texte = forms.CharField(
        label="Racontez",
        label_suffix=" (obligatoire, sauf pour un témoignage)",
        required=False,
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="Ce qui s'est passé, qui était là, ce qui a changé.",
    )
    pourquoi = forms.CharField(
        # Optional: typing is most of a contributor's time on a phone; without it the
        # standfirst is the beginning of the story (services._chapo_et_corps).
        label="Pourquoi ce moment compte-t-il pour vous ?",
        label_suffix="",
        help_text="Si vous le voulez : une phrase suffit, elle ouvrira votre récit sur le site.",
        max_length=5_000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    quand_mois = forms.TypedChoiceField(
        label="Quand : le mois",
        choices=[("", "—")] + [(i, nom) for i, nom in enumerate(MOIS, start=1)],
        coerce=int,
        empty_value=None,
        required=False,
    )
    quand_annee = forms.TypedChoiceField(
        label="l'année", choices=(), coerce=int, empty_value=None, required=False
    )
    quand = ChampUneLigne(
        label="En quelques mots (facultatif)",
        max_length=120,
        required=False,
        help_text="« un jeudi soir », « tout l'hiver »…",
    )
    date_moment = forms.DateField(
        label="Date précise (si vous la connaissez)",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    temoin_paroles = forms.CharField(
        label="Ses paroles",
        label_suffix=" (obligatoire pour un témoignage)",
        max_length=10_000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Les mots de la personne, tels qu'elle les a dits.",
    )
    temoin_signature = forms.ChoiceField(
        label="Comment la nommer ?",
        choices=[
            (Contribution.Signature.PRENOM, "Avec son prénom"),
            (Contribution.Signature.PSEUDONYME, "Avec un pseudonyme"),
            (Contribution.Signature.ANONYME, "Sans nom (anonyme)"),
        ],
        required=False,
        widget=forms.RadioSelect,
    )
    temoin_nom = ChampUneLigne(label="Son prénom ou pseudonyme", max_length=80, required=False)
    temoin_role = forms.ChoiceField(label="Son rôle", choices=ROLES, required=False)
    temoin_age = forms.ChoiceField(label="Son âge (facultatif)", choices=AGES, required=False)
    indicateurs = forms.MultipleChoiceField(
        label="De quoi ce récit parle-t-il, selon vous ?",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="L'équipe fera aussi sa lecture.",
    )
    consentement_site = forms.BooleanField(label=TEXTES_CONSENTEMENT["site"], required=False)
    consentement_rapport = forms.BooleanField(label=TEXTES_CONSENTEMENT["rapport"], required=False)
    consentement_presse = forms.BooleanField(label=TEXTES_CONSENTEMENT["presse"], required=False)
    signature = forms.ChoiceField(
        label="Comment voulez-vous être nommé·e si le récit est publié ? (obligatoire)",
        label_suffix="",
        choices=Contribution.Signature.choices,
        widget=forms.RadioSelect,
    )
    signature_nom = ChampUneLigne(label="Votre prénom ou pseudonyme", max_length=80, required=False)
    email = forms.EmailField(
        label="Votre e-mail (facultatif)",
        required=False,
        help_text="Seulement pour vous prévenir de la publication. Jamais publié.",
    )
    # Anti-abuse fields: a honeypot no person fills, a signed timestamp, a one-time key.
    site_web = forms.CharField(label="Ne pas remplir ce champ", required=False)
    horodatage = forms.CharField(widget=forms.HiddenInput, required=False)
    cle_envoi = forms.CharField(widget=forms.HiddenInput, max_length=64, required=False)

    def __init__(self, *args, invitation_id: int | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.invitation_id = invitation_id
        annee = datetime.date.today().year
        self.fields["quand_annee"].choices = [("", "—")] + [
            (a, str(a)) for a in range(annee, annee - 6, -1)
        ]
        self.fields["indicateurs"].choices = [
            (slug, MOTS_SIMPLES.get(slug, nom))
            for slug, nom in Indicateur.objects.filter(actif=True)
            .order_by("ordre", "nom")
            .values_list("slug", "nom")
        ]
        if not self.is_bound:
            cle = self.initial.setdefault("cle_envoi", secrets.token_hex(16))
            self.initial.setdefault("horodatage", horodatage_signe(invitation_id, cle))
        # Marked in words, explained once above the form; conditional ones say when.
        for champ in self.fields.values():
            if champ.required and champ.label_suffix is None:
                champ.label_suffix = " (obligatoire)"

    def clean_cle_envoi(self) -> str:
        """The one-time key the ticket was signed with (est_un_robot refused any other)."""
        return self._ticket()[1] if self._ticket() else secrets.token_hex(16)

    def _ticket(self) -> tuple[float, str] | None:
        """(time shown, one-time key) of a genuine ticket for this link and key, else None."""
        try:
            valeur = signing.Signer(salt=SEL_HORODATAGE).unsign(self.data.get("horodatage", ""))
            lien, cle, affiche = valeur.split(":")
            affiche = float(affiche)
        except (signing.BadSignature, ValueError):
            return None
        attendu = str(self.invitation_id) if self.invitation_id is not None else "-"
        if lien != attendu or cle != self.data.get("cle_envoi", ""):
            return None  # another link's ticket, or a fresh key on a used ticket
        return affiche, cle

    def age_du_formulaire(self) -> float | None:
        """Seconds since the form was shown, or None if its ticket is forged or not this link's."""
        ticket = self._ticket()
        return None if ticket is None else timezone.now().timestamp() - ticket[0]

    def est_un_robot(self) -> bool:
        """True for a filled honeypot or a forged ticket: no person does either."""
        return bool(self.data.get("site_web")) or self.age_du_formulaire() is None

    def envoye_trop_vite(self) -> bool:
        """True for a complete form sent faster than a person can write one (a robot).

        Only asked of a valid form: a person who taps « Envoyer » at once on an empty
        form must see what is missing, not a thank-you page for a story never stored.
        """
        age = self.age_du_formulaire()
        return age is not None and age < DELAI_MIN_SECONDES

    @property
    def cases_accord(self) -> list:
        """The three consent boxes, rendered box first, then their long label."""
        return [
            self[nom]
            for nom in ("consentement_site", "consentement_rapport", "consentement_presse")
        ]

    def clean(self) -> dict:
        donnees = super().clean()
        temoignage = donnees.get("genre") == Contribution.Genre.TEMOIGNAGE
        if not temoignage and not donnees.get("texte", "").strip():
            self.add_error("texte", MESSAGES["texte"])
        if temoignage:
            # Only the words are required: a person not named stays anonymous.
            if not donnees.get("temoin_paroles", "").strip():
                self.add_error("temoin_paroles", MESSAGES["temoin_paroles"])
            if not donnees.get("temoin_signature"):
                donnees["temoin_signature"] = Contribution.Signature.ANONYME
            elif (
                donnees["temoin_signature"] != Contribution.Signature.ANONYME
                and not donnees.get("temoin_nom", "").strip()
            ):
                self.add_error("temoin_nom", MESSAGES["temoin_nom"])
        mois, annee = donnees.get("quand_mois"), donnees.get("quand_annee")
        if mois and not annee:
            self.add_error("quand_annee", MESSAGES["quand_annee"])
        elif annee and not donnees.get("date_moment"):
            # The story is dated by this answer, not by the day it was sent.
            donnees["date_moment"] = datetime.date(annee, mois or 1, 1)
            periode = f"{MOIS[mois - 1]} {annee}" if mois else str(annee)
            precision = donnees.get("quand", "").strip()
            donnees["quand"] = (f"{precision}, {periode}" if precision else periode)[:120]
        signature = donnees.get("signature")
        nomme = signature and signature != Contribution.Signature.ANONYME
        if nomme and not donnees.get("signature_nom", "").strip():
            self.add_error("signature_nom", MESSAGES["signature_nom"])
        age = self.age_du_formulaire()
        if age is not None and age > DELAI_MAX_SECONDES:
            # A form left open for a day on a phone: keep what was typed, ask to send again.
            self.data = self.data.copy()
            self.data["horodatage"] = horodatage_signe(self.invitation_id, self.data["cle_envoi"])
            raise forms.ValidationError(
                "Ce formulaire est resté ouvert très longtemps : vérifiez-le et envoyez-le à nouveau."
            )
        return donnees
