"""Chart data as table rows, for the accessible tables that follow each chart."""

from django import template

register = template.Library()


@register.filter
def lignes_couverture(donnees: dict) -> list:
    """(indicator name, values per year) rows."""
    couverture = (donnees or {}).get("couverture") or {}
    return [
        (i["nom"], couverture.get(i["slug"], [])) for i in (donnees or {}).get("indicateurs") or []
    ]


@register.filter
def lignes_matrice(donnees: dict) -> list:
    """(place, values per indicator) rows."""
    return list(
        zip((donnees or {}).get("lieux") or [], (donnees or {}).get("matrice") or [], strict=False)
    )


@register.filter
def lignes_comparaison(donnees: dict) -> list:
    """(indicator name, previous, current) rows."""
    comparaison = (donnees or {}).get("comparaison") or {}
    return [
        (i["nom"], *(str(v) for v in comparaison.get(i["slug"]) or [0, 0]))
        for i in (donnees or {}).get("indicateurs") or []
    ]
