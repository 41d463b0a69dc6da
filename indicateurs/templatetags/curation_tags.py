"""Template filters of the curation screens."""

from django import template

register = template.Library()


@register.filter
def pluriel_fr(nombre, suffixe: str = "s") -> str:
    """French plural mark: « 0 récit », « 1 récit », « 2 récits » (Django's pluralize says « 0 récits »)."""
    try:
        return suffixe if abs(int(nombre)) > 1 else ""
    except (TypeError, ValueError):
        return ""
