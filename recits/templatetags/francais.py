"""French plural in templates: « 0 récit », « 1 récit », « 2 récits » (Django's pluralize says « 0 récits »)."""

from django import template
from django.template.defaultfilters import pluralize

register = template.Library()


@register.filter(is_safe=False)
def pluriel(valeur, suffixe: str = "s") -> str:
    """Like pluralize, but zero and one take the singular, as in French."""
    try:
        nombre = abs(float(len(valeur) if hasattr(valeur, "__len__") else valeur))
    except (TypeError, ValueError):
        return ""
    return pluralize(2 if nombre >= 2 else 1, suffixe)
