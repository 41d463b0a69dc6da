"""Public filters of the story index, read from the query string (django-filter)."""

from urllib.parse import urlencode

import django_filters
from django import forms
from django.db.models import QuerySet
from django.forms.utils import flatatt
from django.http import QueryDict
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.text import slugify
from taggit.models import Tag

from .listes import portant_indicateur
from .territoires import DEPARTEMENTS


class SelectSimple(forms.Select):
    """A flat <select> written directly in Python.

    Django renders each <option> through its own template, which cost about 9 ms per
    index page for the six filters; the markup here is the same, without the templates.
    """

    def render(self, name: str, value, attrs=None, renderer=None) -> SafeString:
        """The <select> and its options, the current value selected."""
        choisie = "" if value is None else str(value)
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (cle, " selected" if str(cle) == choisie else "", libelle)
                for cle, libelle in self.choices
            ),
        )
        attributs = flatatt(self.build_attrs(self.attrs, {**(attrs or {}), "name": name}))
        return format_html("<select{}>{}</select>", attributs, options)


class RecitFilter(django_filters.FilterSet):
    """Narrows published stories by indicator, place, département, year, genre and tag."""

    indicateur = django_filters.ChoiceFilter(
        label="Indicateur",
        method="filtrer_indicateur",
        empty_label="Tous les indicateurs",
        widget=SelectSimple,
    )
    lieu = django_filters.ChoiceFilter(
        label="Lieu",
        field_name="lieu__slug",
        empty_label="Tous les lieux",
        widget=SelectSimple,
    )
    departement = django_filters.ChoiceFilter(
        label="Département",
        field_name="lieu__departement",
        empty_label="Tous les départements",
        widget=SelectSimple,
    )
    annee = django_filters.ChoiceFilter(
        label="Année",
        method="filtrer_annee",
        empty_label="Toutes les années",
        widget=SelectSimple,
    )
    genre = django_filters.ChoiceFilter(
        label="Genre",
        empty_label="Tous les genres",
        widget=SelectSimple,
    )
    tag = django_filters.CharFilter(label="Mot-clé", method="filtrer_tag", max_length=100)

    def __init__(self, *args, choix: dict[str, list[tuple[str, str]]], **kwargs):
        """`choix` gives each select its options (the page computes them once per generation)."""
        super().__init__(*args, **kwargs)
        for nom, options in choix.items():
            self.filters[nom].extra["choices"] = options

    def filtrer_indicateur(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        """Keep stories with an accepted coding for this indicator (no duplicate rows)."""
        return portant_indicateur(queryset, value)

    def filtrer_annee(self, queryset: QuerySet, name: str, value) -> QuerySet:
        """Keep stories whose moment happened that year."""
        return queryset.filter(date__year=int(value))  # choices are validated years

    def filtrer_tag(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        """Match the tag's slug, so that « Marché », « marché » and « marche » agree.

        A tag nobody uses is ignored, and said so (`erreurs_lisibles`), rather than
        answering « 0 récit » to a mistyped or outdated link.
        """
        if not self.tag_connu(value):
            return queryset
        return queryset.filter(tags__slug=slugify(value))

    def tag_connu(self, valeur: str) -> bool:
        """True when some story carries this tag (compared by slug)."""
        return Tag.objects.filter(slug=slugify(valeur)).exists()

    def filtres_actifs(self) -> list[dict]:
        """The valid filters in use, each with a label and the URL that removes it."""
        if not self.is_bound:
            return []
        self.form.is_valid()
        actifs = []
        for nom, valeur in self.form.cleaned_data.items():
            if valeur in (None, "", []):
                continue
            if nom == "tag" and not self.tag_connu(valeur):
                continue
            champ = self.form.fields[nom]
            libelles = dict(getattr(champ, "choices", []))
            if nom == "departement":
                texte = DEPARTEMENTS.get(valeur, valeur)
            else:
                texte = str(libelles.get(valeur, valeur))
            actifs.append(
                {"nom": nom, "label": champ.label, "valeur": texte, "url": self.url_sans(nom)}
            )
        return actifs

    def erreurs_lisibles(self) -> list[str]:
        """One French sentence per filter value that could not be understood."""
        if not self.is_bound:
            return []
        messages = []
        tag = self.form.cleaned_data.get("tag") if self.form.is_valid() else None
        if tag and not self.tag_connu(tag):
            messages.append(
                f"Le filtre « Mot-clé » ne connaît pas la valeur « {tag[:60]} » : il est ignoré."
            )
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
