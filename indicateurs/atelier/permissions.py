"""Who may read or change a story's codings: the story's own page permissions decide."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

DROIT_LECTURE = "indicateurs.lire_atelier"


def peut_coder(utilisateur, recit) -> bool:
    """Coding is editing the story: whoever may edit the page (Éditeurs, Modérateurs)."""
    return bool(utilisateur.is_active and recit.permissions_for_user(utilisateur).can_edit())


def peut_lire(utilisateur, recit) -> bool:
    """Readers (Lecteurs) see every workspace; the others see those of stories they edit."""
    return bool(
        utilisateur.is_active
        and (utilisateur.has_perm(DROIT_LECTURE) or peut_coder(utilisateur, recit))
    )


def exiger(autorise: bool) -> None:
    """A 403 rather than a hint that the story exists."""
    if not autorise:
        raise PermissionDenied
