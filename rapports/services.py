"""Freezing a report on publication, and « Actualiser »: what would change, then apply it."""

from __future__ import annotations

from django.utils import timezone

from .donnees import _valeurs
from .generation import calculer_blocs, nouveau_corps
from .models import RapportPage


def figer_a_la_publication(sender, instance, **kwargs) -> None:
    """A published report is frozen: its stored blocks are its snapshot until « Actualiser »."""
    if isinstance(instance, RapportPage):
        RapportPage.objects.filter(pk=instance.pk).update(fige_le=timezone.now())


def _resume(corps: list) -> dict[int, dict]:
    resume = {}
    for element in corps:
        if element.get("type") == "preuve":
            v = element["value"]
            resume[v.get("indicateur")] = {
                "chiffres": dict(v.get("chiffres") or {}),
                "citations": {
                    c.get("codage"): c.get("texte", "")
                    for c in _valeurs(v.get("citations"))
                    if c.get("choisie") and not c.get("retiree")
                },
            }
    return resume


def differences(rapport: RapportPage) -> tuple[list[dict], list, dict]:
    """What a refresh would change (per indicator: figures before/after, quotes in/out)."""
    from indicateurs.models import Indicateur

    blocs, graphiques = calculer_blocs(rapport)
    corps = nouveau_corps(rapport, blocs)
    avant, apres = _resume(list(rapport.corps.raw_data)), _resume(corps)
    noms = dict(Indicateur.objects.values_list("pk", "nom"))
    lignes = []
    for indicateur in apres.keys() | avant.keys():
        a, b = (
            avant.get(indicateur, {"chiffres": {}, "citations": {}}),
            apres.get(indicateur, {"chiffres": {}, "citations": {}}),
        )
        chiffres = [
            {"cle": cle, "avant": a["chiffres"].get(cle), "apres": b["chiffres"].get(cle)}
            for cle in (
                "recits",
                "lieux",
                "departements",
                "lieux_perimetre",
                "part_lieux",
                "recits_precedent",
            )
            if a["chiffres"].get(cle) != b["chiffres"].get(cle)
        ]
        ajoutees = [t for k, t in b["citations"].items() if k not in a["citations"]]
        retirees = [t for k, t in a["citations"].items() if k not in b["citations"]]
        if chiffres or ajoutees or retirees:
            lignes.append(
                {
                    "indicateur": noms.get(indicateur, "Indicateur supprimé"),
                    "chiffres": chiffres,
                    "ajoutees": ajoutees,
                    "retirees": retirees,
                }
            )
    lignes.sort(key=lambda ligne: ligne["indicateur"])
    return lignes, corps, graphiques


def actualiser(rapport: RapportPage, utilisateur=None) -> RapportPage:
    """Apply a refresh the editor has seen, and publish it again when the report is live."""
    _lignes, corps, graphiques = differences(rapport)
    rapport.corps = corps
    rapport.graphiques = graphiques
    rapport.genere_le = timezone.now()
    revision = rapport.save_revision(user=utilisateur, log_action=True)
    if rapport.live:
        revision.publish(user=utilisateur)
    return rapport
