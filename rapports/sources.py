"""Where quotes come from: the codings editors accepted, those marked as quotes first.

The curation workspace (issue 11) marks quotes with `Codage.citation`; this is the one
place the report reads them, so a change of how quotes are marked changes only this.
"""

from __future__ import annotations

from collections.abc import Iterable

from indicateurs.models import Codage


def passages_citables(recit_ids: Iterable[int], indicateur_ids: Iterable[int] | None = None):
    """Accepted passage codings of these stories (marked quotes first), as plain dicts."""
    codages = Codage.objects.filter(
        recit_id__in=list(recit_ids), statut=Codage.Statut.ACCEPTE, a_revoir=False
    ).exclude(passage="")
    if indicateur_ids is not None:
        codages = codages.filter(indicateur_id__in=list(indicateur_ids))
    return list(
        codages.order_by("-citation", "-score", "pk").values(
            "pk", "recit_id", "indicateur_id", "bloc", "passage", "score", "citation"
        )
    )
