"""Erasure: the one way a contribution leaves, whoever asks (the place, the team, a deletion).

A withdrawal from the contributor's link, an editor's erasure on a person's request (GDPR
art. 17) and the deletion of a contributed story page all come here, so the promise of
the withdrawal page holds on every path. What the contribution left behind goes:

- the story page with every revision, workflow and task state, comment and subscription
  (cascades of the page), its history lines (`PageLogEntry`: they carry the title), its
  search index row (SQLite's FTS5 table is then optimised: deleted terms otherwise stay
  in its segments), its reference index rows, and the tags only this story used;
- the helper's analysis and every coding with its passage (`indicateurs` service);
- the photos: private originals, Wagtail images, every rendition file, their history;
- the analysis task results of the story (their return value or error text);
- every cache: cached pages and fragments are keyed by a generation that the deletion
  renews, so nobody can reach them, but the values would stay in memory or Redis until
  they expire; erasures are rare and everything cached is recomputed on demand, so the
  caches are emptied when the erasure commits;
- on SQLite, the bytes of deleted rows (`ecraser_ce_qui_est_supprime`);
- what the person wrote or chose, in the `Contribution` itself (`Contribution.vider`).

What stays is the `Contribution` row with its campaign, place, link, the day it was
received, when and by whom it was withdrawn, and one history line on the campaign
(without text or name). Layers above (reports) listen to `contribution_effacee`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db import connection, transaction
from django.dispatch import Signal
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, PageLogEntry
from wagtail.search import index

from indicateurs.services import effacer_lectures_du_recit
from indicateurs.tasks import analyser_recit
from recits.models import RecitPage, RecitTag

from .models import Contribution

logger = logging.getLogger(__name__)

ACTION_RETRAIT = "collecte.retrait"
ACTION_EFFACEMENT = "collecte.effacement"

# Sent once the erasure has committed, with `contribution_id`, `campagne_id`, `lieu_id`
# and `par` (a `Contribution.Retrait` value): a higher layer drops its own copies here.
contribution_effacee = Signal()

# Background tasks that take a story id and may keep its text in a result or an error.
TACHES_DU_RECIT = (analyser_recit,)


@dataclass
class _Fichiers:
    """Files to delete once the erasure commits (a rollback must find them in place)."""

    a_supprimer: list[tuple[object, str]] = field(default_factory=list)

    def ajouter(self, fichier) -> None:
        if fichier and fichier.name:
            self.a_supprimer.append((fichier.storage, fichier.name))

    def supprimer(self) -> None:
        for stockage, nom in self.a_supprimer:
            try:
                stockage.delete(nom)
            except OSError:  # the sweep (nettoyer_fichiers_prives) tries again later
                logger.exception("Fichier d'une contribution effacée non supprimé : %s", nom)


def effacer_contribution(
    contribution: Contribution, par: str, utilisateur=None, page_en_suppression: bool = False
) -> bool:
    """Erase a contribution and everything it left; False when it was already erased.

    `page_en_suppression` is set when the story page is being deleted by its caller
    (Wagtail's delete action, whose `pre_delete` brought us here): the page itself is then
    left to that deletion, everything else happens here, in the same transaction.
    """
    with transaction.atomic():
        contribution = (
            Contribution.objects.select_for_update().select_related("campagne", "lieu")
        ).get(pk=contribution.pk)
        if contribution.effacee_le:
            return False
        fichiers = _Fichiers()
        page_id = contribution.page_id
        _effacer_photos(contribution, fichiers)
        contribution.save(update_fields=contribution.vider(timezone.now(), par))
        if page_id is not None:
            _effacer_recit(page_id, supprimer_la_page=not page_en_suppression)
            _effacer_taches(page_id)
        log(
            instance=contribution.campagne,
            action=ACTION_RETRAIT if par == Contribution.Retrait.LIEN else ACTION_EFFACEMENT,
            user=utilisateur,
            data={"lieu": contribution.lieu.title, "par": par},
        )
        transaction.on_commit(fichiers.supprimer)
        transaction.on_commit(_vider_caches)
        transaction.on_commit(_compacter_base)
        transaction.on_commit(
            lambda: contribution_effacee.send(
                sender=Contribution,
                contribution_id=contribution.pk,
                campagne_id=contribution.campagne_id,
                lieu_id=contribution.lieu_id,
                par=par,
            )
        )
    return True


def _effacer_photos(contribution: Contribution, fichiers: _Fichiers) -> None:
    """Private originals, the library images made at publication, their renditions."""
    Image = get_image_model()
    photos = list(contribution.photos.all())
    image_ids = [photo.image_id for photo in photos if photo.image_id]
    for photo in photos:
        fichiers.ajouter(photo.fichier)
    images = list(Image.objects.filter(pk__in=image_ids).prefetch_related("renditions"))
    for image in images:
        fichiers.ajouter(image.file)
        for rendition in image.renditions.all():
            fichiers.ajouter(rendition.file)
    contribution.photos.all().delete()
    for image in images:
        image.delete()
    ModelLogEntry.objects.filter(
        content_type__app_label=Image._meta.app_label,
        content_type__model=Image._meta.model_name,
        object_id__in=[str(pk) for pk in image_ids],
    ).delete()


def _effacer_recit(page_id: int, supprimer_la_page: bool) -> None:
    """The story page and what hangs on it: readings, tags, search index, history."""
    effacer_lectures_du_recit(page_id)
    etiquettes = RecitTag.objects.filter(content_object_id=page_id)
    tags = list(etiquettes.values_list("tag_id", flat=True))
    etiquettes.delete()
    _supprimer_tags_orphelins(tags)
    page = RecitPage.objects.filter(pk=page_id).first()
    if page is not None:
        # Wagtail also does it after the deletion; here it happens before the optimisation.
        index.remove_object(page)
        if supprimer_la_page:
            page.delete()  # revisions, workflow and task states, comments go with it
    _oublier_historique_page(page_id)
    _optimiser_index_plein_texte()


def _oublier_historique_page(page_id: int) -> None:
    """Every history line of the page: Wagtail keeps them after a deletion, with the title."""
    PageLogEntry.objects.filter(page_id=page_id).delete()


def _supprimer_tags_orphelins(tag_ids: list[int]) -> None:
    """Tags only the erased story carried (they may spell its content): gone with it."""
    if not tag_ids:
        return
    Tag = RecitTag.tag_model()
    libres = Tag.objects.filter(pk__in=tag_ids)
    for relation in Tag._meta.related_objects:
        libres = libres.filter(**{f"{relation.name}__isnull": True})
    libres.delete()


def _optimiser_index_plein_texte() -> None:
    """Merge SQLite's FTS5 segments: until then they keep the deleted terms."""
    if connection.vendor != "sqlite":
        return  # PostgreSQL deletes the row and its tsvector with it
    from modelsearch.conf import get_app_config

    try:
        table = get_app_config().get_model("SQLiteFTSIndexEntry")._meta.db_table
    except LookupError:
        return
    if table not in connection.introspection.table_names():
        return
    with connection.cursor() as curseur:
        curseur.execute(f'INSERT INTO "{table}"("{table}") VALUES (\'optimize\')')


def _effacer_taches(page_id: int | None) -> None:
    """Results of the story's background tasks (an error text may quote the story)."""
    if page_id is None or not apps.is_installed("django_tasks_db"):
        return
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.filter(
        task_path__in=[tache.module_path for tache in TACHES_DU_RECIT],
        args_kwargs__args=[str(page_id)],
    ).delete()


def _vider_caches() -> None:
    """Empty every cache: unreachable values of the erased story would wait for expiry.

    With the default local-memory cache this empties the cache of this process; others
    cannot reach the values (their keys carry a renewed generation) and drop them when
    they expire. With Redis, one call empties the cache every process shares.
    """
    for alias in settings.CACHES:
        caches[alias].clear()


def _compacter_base() -> None:
    """SQLite in WAL mode: copy the zeroed pages back into the base and empty the log."""
    if connection.vendor != "sqlite" or connection.in_atomic_block:
        return
    with connection.cursor() as curseur:
        curseur.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def ecraser_ce_qui_est_supprime(sender, connection, **kwargs) -> None:
    """connection_created: SQLite overwrites deleted rows with zeros, on every connection.

    Otherwise a deleted row (and every earlier version of an updated one) stays in the
    free space of the database file. Debian builds SQLite with this on, python.org and
    many others with it off. PostgreSQL leaves dead rows to VACUUM (see the README).
    """
    if connection.vendor == "sqlite":
        with connection.cursor() as curseur:
            curseur.execute("PRAGMA secure_delete = ON")


def recit_supprime(sender, instance, **kwargs) -> None:
    """pre_delete of a story page: a contributed story is never deleted without its erasure."""
    contribution = Contribution.objects.filter(page_id=instance.pk, effacee_le__isnull=True).first()
    if contribution is not None:
        effacer_contribution(
            contribution, par=Contribution.Retrait.SUPPRESSION, page_en_suppression=True
        )
