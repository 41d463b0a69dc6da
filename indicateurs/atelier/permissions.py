"""Who may read or change a story's codings: the story's own page permissions decide."""

from __future__ import annotations

from django.http import HttpResponseForbidden

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


MESSAGE_REFUS = "Vous n'avez pas accès à l'atelier de codage de ce récit."


def refus() -> HttpResponseForbidden:
    """A real 403 (Wagtail's admin would turn PermissionDenied into a redirect)."""
    return HttpResponseForbidden(MESSAGE_REFUS, content_type="text/plain; charset=utf-8")


def moderateurs_suivent(sender, instance, action, pk_set, **kwargs) -> None:
    """Modérateurs approve wherever Wagtail's Moderators do (tasks created after migrations)."""
    from django.contrib.auth.models import Group

    if action != "post_add" or not pk_set:
        return
    if Group.objects.filter(pk__in=pk_set, name="Moderators").exists():
        nouveau = Group.objects.filter(name="Modérateurs").first()
        if nouveau is not None and nouveau.pk not in pk_set:
            instance.groups.add(nouveau)


def connecter() -> None:
    """Called from IndicateursConfig.ready()."""
    from django.db.models.signals import m2m_changed
    from wagtail.models import GroupApprovalTask

    m2m_changed.connect(
        moderateurs_suivent,
        sender=GroupApprovalTask.groups.through,
        dispatch_uid="atelier-moderateurs-taches",
    )
