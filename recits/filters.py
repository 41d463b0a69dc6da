"""Public filters of the story index, read from the query string (django-filter)."""

from urllib.parse import urlencode

import django_filters
from django import forms
from django.apps import apps
from django.db.models import Exists, OuterRef, QuerySet
from django.http import QueryDict

from .models import LieuPage, RecitPage
from .territoires import DEPARTEMENTS

ANNEE_MIN, ANNEE_MAX = 1990, 2100


def _indicateurs(request=None):
    return apps.get_model("indicateurs", "Indicateur").objects.filter(actif=True).order_by("ordre")


def _lieux(request=None):
    return LieuPage.objects.live().public().order_by("title").only("pk", "title", "slug")


class SlugChoiceFilter(django_filters.ModelChoiceFilter):
    """A choice by slug whose options are labelled with a readable name."""

    def __init__(self, *args, label_attr: str = "title", **kwargs):
        self.label_attr = label_attr
        super().__init__(*args, to_field_name="slug", **kwargs)

    @property
    def field(self):
        champ = super().field
        champ.label_from_instance = lambda obj: getattr(obj, self.label_attr)
        return champ


class RecitFilter(django_filters.FilterSet):
    """Narrows published stories by indicator, place, département, year, genre and tag."""

    indicateur = SlugChoiceFilter(
        label="Indicateur",
        queryset=_indicateurs,
        method="filtrer_indicateur",
        empty_label="Tous les indicateurs",
        label_attr="nom",
    )
    lieu = SlugChoiceFilter(
        label="Lieu", field_name="lieu", queryset=_lieux, empty_label="Tous les lieux"
    )
    departement = django_filters.ChoiceFilter(
        label="Département",
        field_name="lieu__departement",
        empty_label="Tous les départements",
    )
    annee = django_filters.NumberFilter(
        label="Année",
        method="filtrer_annee",
        min_value=ANNEE_MIN,
        max_value=ANNEE_MAX,
        widget=forms.Select,
    )
    genre = django_filters.ChoiceFilter(
        label="Genre", choices=RecitPage.Genre.choices, empty_label="Tous les genres"
    )
    tag = django_filters.CharFilter(label="Mot-clé", field_name="tags__slug", max_length=100)

    class Meta:
        model = RecitPage
        fields: list[str] = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        deps = LieuPage.objects.live().public().values_list("departement", flat=True).distinct()
        codes = sorted(set(deps))
        self.filters["departement"].extra["choices"] = [
            (code, f"{DEPARTEMENTS.get(code, code)} ({code})") for code in codes
        ]
        annees = self.queryset.dates("date", "year", order="DESC")
        self.filters["annee"].extra["widget"] = forms.Select(
            choices=[("", "Toutes les années")] + [(d.year, str(d.year)) for d in annees]
        )

    def filtrer_indicateur(self, queryset: QuerySet, name: str, value) -> QuerySet:
        """Keep stories with an accepted coding for this indicator (no duplicate rows)."""
        codage = apps.get_model("indicateurs", "Codage")
        return queryset.filter(
            Exists(codage.objects.filter(recit=OuterRef("pk"), indicateur=value, statut="accepte"))
        )

    def filtrer_annee(self, queryset: QuerySet, name: str, value) -> QuerySet:
        """Keep stories whose moment happened that year."""
        return queryset.filter(date__year=int(value))

    def filtres_actifs(self) -> list[dict]:
        """The valid filters in use, each with a label and the URL that removes it."""
        if not self.is_bound:
            return []
        self.form.is_valid()
        actifs = []
        for nom, valeur in self.form.cleaned_data.items():
            if valeur in (None, "", []):
                continue
            champ = self.form.fields[nom]
            if hasattr(valeur, "pk"):
                texte = champ.label_from_instance(valeur)
            elif nom == "departement":
                texte = DEPARTEMENTS.get(valeur, valeur)
            elif nom == "genre":
                texte = RecitPage.Genre(valeur).label
            elif nom == "annee":
                texte = str(int(valeur))
            else:
                texte = str(valeur)
            actifs.append(
                {"nom": nom, "label": champ.label, "valeur": texte, "url": self.url_sans(nom)}
            )
        return actifs

    def erreurs_lisibles(self) -> list[str]:
        """One French sentence per filter value that could not be understood."""
        if not self.is_bound or self.form.is_valid():
            return []
        messages = []
        for nom in self.form.errors:
            label = self.form.fields[nom].label if nom in self.form.fields else nom
            valeur = self.data.get(nom, "")[:60]
            messages.append(
                f"Le filtre « {label} » ne connaît pas la valeur « {valeur} » : il est ignoré."
            )
        return messages

    def _params(self) -> QueryDict:
        return self.data.copy() if self.data is not None else QueryDict(mutable=True)

    def url_sans(self, *noms: str) -> str:
        """Query string of the current filters without the given ones (and back to page 1)."""
        params = self._params()
        for nom in (*noms, "page"):
            params.pop(nom, None)
        propres = {k: v for k, v in params.items() if v}
        return "?" + urlencode(propres) if propres else "?"

    def requete_sans(self, *noms: str) -> str:
        """Query string to which a pagination link appends `page=`."""
        params = self._params()
        for nom in noms:
            params.pop(nom, None)
        propres = {k: v for k, v in params.items() if v}
        return urlencode(propres)
