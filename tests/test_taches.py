"""Task workers that recover: heartbeats, retries after a dead worker, pruning, id-only args."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import time
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone
from django_tasks import task
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from exploitation.checks import erreurs_arguments, taches_du_projet
from exploitation.models import Travailleur
from exploitation.taches import (
    ERREUR_ABANDON,
    purger_resultats,
    recuperer_taches_orphelines,
)

from .serveurs import PYTHON, RACINE, environnement_production

BASE_DE_DONNEES_TACHES = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default", "images", "nlp"],
    }
}


def tache_en_cours(travailleurs: list[str], depuis: float, **champs) -> DBTaskResult:
    """A RUNNING task row claimed by these workers, the last claim `depuis` seconds ago."""
    return DBTaskResult.objects.create(
        status=TaskResultStatus.RUNNING,
        args_kwargs={"args": ["1"], "kwargs": {}},
        task_path="indicateurs.tasks.analyser_recit",
        queue_name="nlp",
        backend_name="default",
        run_after=timezone.now(),
        started_at=timezone.now() - timedelta(seconds=depuis),
        worker_ids=travailleurs,
        **champs,
    )


def vivant(identifiant: str) -> None:
    maintenant = timezone.now()
    Travailleur.objects.create(
        identifiant=identifiant,
        hote="h",
        pid=1,
        files="nlp",
        demarre_le=maintenant,
        vu_le=maintenant,
    )


@pytest.mark.django_db
def test_la_tache_d_un_worker_mort_retourne_en_file(settings):
    settings.RECITS_TACHES_BAIL = 2
    orpheline = tache_en_cours(["mort"], depuis=30)
    vivant("actif")
    suivie = tache_en_cours(["actif"], depuis=30)
    recente = tache_en_cours(["nouveau"], depuis=0)
    bilan = recuperer_taches_orphelines()
    assert (bilan.remises, bilan.abandonnees) == (1, 0)
    orpheline.refresh_from_db()
    assert orpheline.status == TaskResultStatus.READY
    assert orpheline.started_at is None
    assert orpheline in DBTaskResult.objects.ready()
    suivie.refresh_from_db()
    recente.refresh_from_db()
    assert suivie.status == recente.status == TaskResultStatus.RUNNING


@pytest.mark.django_db
def test_apres_trois_workers_morts_la_tache_est_abandonnee(settings):
    settings.RECITS_TACHES_BAIL = 2
    tache = tache_en_cours(["a", "b", "c"], depuis=30)
    bilan = recuperer_taches_orphelines()
    assert (bilan.remises, bilan.abandonnees) == (0, 1)
    tache.refresh_from_db()
    assert tache.status == TaskResultStatus.FAILED
    assert tache.exception_class_path == ERREUR_ABANDON
    assert "3 fois" in tache.traceback
    assert tache.finished_at is not None


@pytest.mark.django_db
def test_les_resultats_anciens_sont_purges(settings):
    settings.RECITS_TACHES_CONSERVATION_JOURS = 7
    ancienne = tache_en_cours(["a"], depuis=0)
    recente = tache_en_cours(["a"], depuis=0)
    en_file = tache_en_cours([], depuis=0)
    DBTaskResult.objects.filter(pk=ancienne.pk).update(
        status=TaskResultStatus.SUCCESSFUL, finished_at=timezone.now() - timedelta(days=8)
    )
    DBTaskResult.objects.filter(pk=recente.pk).update(
        status=TaskResultStatus.FAILED, finished_at=timezone.now() - timedelta(days=6)
    )
    DBTaskResult.objects.filter(pk=en_file.pk).update(status=TaskResultStatus.READY)
    assert purger_resultats() == 1
    assert set(DBTaskResult.objects.values_list("pk", flat=True)) == {recente.pk, en_file.pk}


def test_les_taches_du_projet_ne_prennent_que_des_identifiants():
    taches = taches_du_projet()
    assert "indicateurs.tasks.analyser_recit" in {t.module_path for t in taches}
    assert erreurs_arguments(taches) == []


@task()
def prevenir(recit_id: str, email: str, texte) -> None:
    """A task that would keep an e-mail address and a text in the task table."""


def test_une_tache_qui_prend_un_texte_est_refusee():
    erreurs = erreurs_arguments([prevenir])
    assert [e.id for e in erreurs] == ["exploitation.E001", "exploitation.E001"]
    assert "« email »" in erreurs[0].msg and "« texte »" in erreurs[1].msg


def test_l_analyse_a_sa_propre_file():
    from indicateurs.tasks import analyser_recit

    assert analyser_recit.queue_name == "nlp"


# ---------------------------------------------------------------------------
# The fault test: a real `manage.py db_worker`, SIGKILLed in the middle of an analysis
# ---------------------------------------------------------------------------
class BaseDuWorker:
    """The database the worker subprocesses use: a file copy (SQLite) or the test base."""

    def __init__(self, dossier):
        self.sqlite = connection.vendor == "sqlite"
        if self.sqlite:
            self.chemin = dossier / "taches.sqlite3"
            copie = sqlite3.connect(self.chemin)
            connection.ensure_connection()
            connection.connection.backup(copie)
            copie.close()
            self.url = f"sqlite:///{self.chemin}"
        else:
            reglages = connection.settings_dict
            self.url = (
                f"postgres://{reglages['USER']}:{reglages['PASSWORD']}@{reglages['HOST']}:"
                f"{reglages['PORT']}/{reglages['NAME']}"
            )

    def lire(self, sql: str, *params):
        if self.sqlite:
            with sqlite3.connect(self.chemin, timeout=20) as base:
                return base.execute(sql.replace("%s", "?"), params).fetchall()
        with connection.cursor() as curseur:
            curseur.execute(sql, params)
            return curseur.fetchall()

    def tache(self, identifiant: str) -> tuple[str, list[str], str | None]:
        import json

        ((statut, travailleurs, valeur),) = self.lire(
            f"SELECT status, worker_ids, return_value FROM {DBTaskResult._meta.db_table} "
            "WHERE id = %s",
            identifiant if not self.sqlite else identifiant.replace("-", ""),
        )
        charger = (lambda v: v) if not isinstance(travailleurs, str) else json.loads
        return statut, charger(travailleurs), charger(valeur) if valeur else None


def lancer_worker(base: BaseDuWorker, identifiant: str) -> subprocess.Popen:
    env = environnement_production(DATABASE_URL=base.url, RECITS_TACHES_BAIL="2")
    return subprocess.Popen(
        [PYTHON, "manage.py", "db_worker", "--queue-name", "nlp", "--no-reload",
         "--no-startup-delay", "--interval", "0.1", "--worker-id", identifiant],
        cwd=RACINE, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def attendre(condition, delai: float, quoi: str):
    limite = time.monotonic() + delai
    while time.monotonic() < limite:
        resultat = condition()
        if resultat:
            return resultat
        time.sleep(0.05)
    raise AssertionError(f"{quoi} : rien après {delai} s")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_worker_tue_pendant_l_analyse_la_tache_aboutit_apres_redemarrage(
    settings, creer_recit, tmp_path
):
    settings.TASKS = BASE_DE_DONNEES_TACHES
    recit = creer_recit(title="Le marché du samedi", chapo="Tout le village se retrouve.")
    ((identifiant,),) = DBTaskResult.objects.filter(
        task_path="indicateurs.tasks.analyser_recit"
    ).values_list("id")
    identifiant = str(identifiant)
    base = BaseDuWorker(tmp_path)

    premier = lancer_worker(base, "premier")
    try:
        attendre(lambda: base.tache(identifiant)[0] == "RUNNING", 90, "tâche prise")
        premier.send_signal(signal.SIGKILL)  # mid-analysis: the model is still loading
        premier.wait(timeout=10)
    finally:
        premier.kill()
    time.sleep(1)
    assert base.tache(identifiant)[:2] == ("RUNNING", ["premier"])

    second = lancer_worker(base, "second")
    try:
        statut, travailleurs, valeur = attendre(
            lambda: (t := base.tache(identifiant))[0] in ("SUCCESSFUL", "FAILED") and t,
            180,
            "tâche reprise",
        )
        assert (statut, travailleurs, valeur) == ("SUCCESSFUL", ["premier", "second"], "analysé")
        assert (
            base.lire("SELECT COUNT(*) FROM indicateurs_analyse WHERE recit_id = %s", recit.pk)[0][
                0
            ]
            == 1
        )
    finally:
        second.send_signal(signal.SIGTERM)
        second.wait(timeout=30)
    # A clean stop forgets its heartbeat; the killed worker's stays until it is a day old.
    restants = base.lire("SELECT identifiant FROM exploitation_travailleur")
    assert [r[0] for r in restants] == ["premier"]
