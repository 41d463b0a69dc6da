"""Reading stored block values (no model imports: every module of the app may use it)."""

from __future__ import annotations

import uuid

VIDE = "Pas encore de récit pour cet indicateur sur la période."


def _items(valeurs: list[dict]) -> list[dict]:
    return [{"type": "item", "value": v, "id": str(uuid.uuid4())} for v in valeurs]


def _valeurs(liste) -> list[dict]:
    """A ListBlock's raw value as plain dicts, whichever storage format it has."""
    resultat = []
    for element in liste or []:
        if isinstance(element, dict) and "value" in element and element.get("type") == "item":
            resultat.append(dict(element["value"]))
        elif isinstance(element, dict):
            resultat.append(dict(element))
    return resultat
