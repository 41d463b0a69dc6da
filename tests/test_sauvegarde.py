"""Restore drill: a backup of a populated site restores to the same pages and the same files."""

from __future__ import annotations

import hashlib
import json
import tarfile

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management import CommandError, call_command

from exploitation.sauvegarde import STOCKAGES, _tous_les_fichiers

from .factories import ImageFactory, fichier_jpeg


def contenu_des_stockages() -> dict[str, dict[str, str]]:
    """Every file of both storages with its SHA-256."""
    contenu = {}
    for alias in STOCKAGES:
        stockage = storages[alias]
        contenu[alias] = {}
        for chemin in _tous_les_fichiers(stockage):
            with stockage.open(chemin, "rb") as flux:
                contenu[alias][chemin] = hashlib.sha256(flux.read()).hexdigest()
    return contenu


def pages(client, chemins) -> dict[str, tuple[int, bytes]]:
    cache.clear()
    return {c: (r.status_code, r.content) for c in chemins if (r := client.get(c))}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_exercice_de_restauration(client, creer_recit, lieu, tmp_path):
    image = ImageFactory(title="Le comptoir")
    recit = creer_recit(
        title="La soupe au potiron", chapo="Toute la rue est venue.", image=image,
        indicateurs=["convivialite"], tags=["soupe"],
    )  # fmt: skip
    autre = creer_recit(title="Le concours de belote", indicateurs=["lien-social"])
    # A contributed photo still awaiting moderation: private storage.
    storages["prive"].save("contributions/2025/05/attente.jpg", fichier_jpeg())
    chemins = [
        "/",
        "/recits/",
        recit.url,
        autre.url,
        lieu.url,
        "/indicateurs/",
        "/recits/?tag=soupe",
    ]
    avant = pages(client, chemins)  # renders the renditions too
    assert all(statut == 200 for statut, _ in avant.values())
    assert "La soupe au potiron" in avant["/recits/"][1].decode()
    fichiers_avant = contenu_des_stockages()
    assert any(c.startswith("images/") for c in fichiers_avant["default"])  # renditions
    # Other tests of the run may have left private files: this one must be among them.
    assert "contributions/2025/05/attente.jpg" in fichiers_avant["prive"]

    call_command("sauvegarder", "--dossier", str(tmp_path / "sauvegardes"))
    (archive,) = (tmp_path / "sauvegardes").glob("recits-*.tar")
    with tarfile.open(archive) as tar:
        manifeste = json.load(tar.extractfile("manifeste.json"))
    assert manifeste["fichiers"] == fichiers_avant

    # Disaster: a story deleted, a file lost, a stray file, a private photo gone.
    recit.delete()
    storages["default"].delete(image.file.name)
    storages["default"].save("original_images/intrus.jpg", ContentFile(b"intrus"))
    storages["prive"].delete("contributions/2025/05/attente.jpg")
    assert pages(client, [recit.url])[recit.url][0] == 404

    call_command("restaurer", str(archive), "--oui")

    assert contenu_des_stockages() == fichiers_avant
    apres = pages(client, chemins)
    assert apres == avant


@pytest.mark.django_db
def test_une_archive_etrangere_est_refusee(tmp_path):
    faux = tmp_path / "recits-faux.tar"
    with tarfile.open(faux, "w") as tar:
        tar.add(__file__, arcname="autre.txt")
    with pytest.raises(CommandError, match="pas une sauvegarde de Récits vivants"):
        call_command("restaurer", str(faux), "--oui")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_seules_les_dernieres_sauvegardes_sont_gardees(tmp_path):
    dossier = tmp_path / "sauvegardes"
    dossier.mkdir()
    for jour in ("20250101-031500", "20250102-031500", "20250103-031500"):
        (dossier / f"recits-{jour}.tar").write_bytes(b"ancienne")
    call_command("sauvegarder", "--dossier", str(dossier), "--garder", "2")
    restantes = sorted(p.name for p in dossier.glob("recits-*.tar"))
    assert len(restantes) == 2
    assert restantes[0] == "recits-20250103-031500.tar"
