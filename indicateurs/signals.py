"""Queue the helper after each edit of a story's text (never in the request itself)."""

from functools import partial

from django.db import transaction
from wagtail.models import Revision

from recits.models import RecitPage


def _mettre_en_file(recit_id) -> None:
    from .tasks import analyser_recit

    transaction.on_commit(partial(analyser_recit.enqueue, str(recit_id)))


def recit_enregistre(sender, instance, created=False, raw=False, **kwargs) -> None:
    """A story was saved (created, published, moved): analyse it once the save commits."""
    if raw or instance.pk is None:
        return
    _mettre_en_file(instance.pk)


def revision_enregistree(sender, instance, created=False, raw=False, **kwargs) -> None:
    """A draft of a story was saved: its text may have changed."""
    if raw or not created:
        return
    modele = instance.content_type.model_class() if instance.content_type_id else None
    if modele is not None and issubclass(modele, RecitPage):
        _mettre_en_file(instance.object_id)


def connecter() -> None:
    """Called from IndicateursConfig.ready()."""
    from django.db.models.signals import post_save

    post_save.connect(recit_enregistre, sender=RecitPage, dispatch_uid="indic-analyse-recit")
    post_save.connect(revision_enregistree, sender=Revision, dispatch_uid="indic-analyse-rev")
