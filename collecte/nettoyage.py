"""Nothing left behind by a crash: private files no row points to, withdrawals not erased.

A submission writes its photos inside its transaction, so that a committed contribution
always has them; when the process dies before the commit (a killed server, a lost
machine), the files stay without a row. A failure the process survives removes them at
once (collecte.services); this sweep removes the others. It leaves files younger than a
grace period alone: they may belong to a submission still in progress. It also purges the
rate-limit lock rows of keys that counted nothing within the hour (collecte.limites).
"""

from __future__ import annotations

import datetime
import posixpath
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.files.storage import Storage
from django.utils import timezone

from .effacement import effacer_contribution
from .limites import purger_verrous, verrous_perimes
from .models import Contribution, PhotoContribution
from .stockage import stockage_prive

DELAI_PAR_DEFAUT_HEURES = 24


@dataclass
class Bilan:
    """What a sweep removed (or, in a simulation, would remove)."""

    fichiers: list[tuple[str, int]] = field(default_factory=list)
    effacees: int = 0
    verrous: int = 0

    @property
    def octets(self) -> int:
        return sum(taille for _nom, taille in self.fichiers)


def delai_par_defaut() -> datetime.timedelta:
    """The grace period: RECITS_DELAI_FICHIERS_ORPHELINS_HEURES, 24 hours by default."""
    heures = getattr(settings, "RECITS_DELAI_FICHIERS_ORPHELINS_HEURES", DELAI_PAR_DEFAUT_HEURES)
    return datetime.timedelta(hours=heures)


def _fichiers(stockage: Storage, dossier: str = "") -> Iterator[str]:
    try:
        dossiers, fichiers = stockage.listdir(dossier)
    except FileNotFoundError:
        return
    for nom in fichiers:
        yield posixpath.join(dossier, nom) if dossier else nom
    for sous_dossier in dossiers:
        yield from _fichiers(
            stockage, posixpath.join(dossier, sous_dossier) if dossier else sous_dossier
        )


def fichiers_orphelins(delai: datetime.timedelta, stockage: Storage | None = None) -> list[str]:
    """Private files that no contribution's photo refers to, older than `delai`."""
    stockage = stockage or stockage_prive()
    references = set(PhotoContribution.objects.values_list("fichier", flat=True))
    limite = timezone.now() - delai
    return sorted(
        nom
        for nom in _fichiers(stockage)
        if nom not in references and stockage.get_modified_time(nom) <= limite
    )


def nettoyer(delai: datetime.timedelta | None = None, simulation: bool = False) -> Bilan:
    """Finish old withdrawals, remove orphan private files and expired rate-limit locks."""
    bilan = Bilan()
    en_attente = Contribution.objects.filter(retiree_le__isnull=False, effacee_le__isnull=True)
    if simulation:
        bilan.effacees = en_attente.count()
    else:
        for contribution in en_attente:
            bilan.effacees += effacer_contribution(contribution, par=Contribution.Retrait.LIEN)
    stockage = stockage_prive()
    delai = delai if delai is not None else delai_par_defaut()
    for nom in fichiers_orphelins(delai, stockage):
        bilan.fichiers.append((nom, stockage.size(nom)))
        if not simulation:
            stockage.delete(nom)
    for chemin in envois_interrompus(delai):
        bilan.fichiers.append((f"envois-en-cours/{chemin.name}", chemin.stat().st_size))
        if not simulation:
            chemin.unlink(missing_ok=True)
    bilan.verrous = verrous_perimes().count() if simulation else purger_verrous()
    return bilan


def envois_interrompus(delai: datetime.timedelta) -> list[Path]:
    """Part-files of uploads whose worker died (FILE_UPLOAD_TEMP_DIR), older than `delai`."""
    if not settings.FILE_UPLOAD_TEMP_DIR:
        return []
    limite = (timezone.now() - delai).timestamp()
    dossier = Path(settings.FILE_UPLOAD_TEMP_DIR)
    if not dossier.is_dir():
        return []
    return sorted(c for c in dossier.iterdir() if c.is_file() and c.stat().st_mtime <= limite)
