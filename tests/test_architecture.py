"""The layers hold in the code itself: no run-time reach, literal status or coding write across apps.

`make lint` checks the imports (lint-imports, contracts in pyproject.toml); these tests
check what an import check cannot see: `apps.get_model` calls, coding statuses written as
strings, and codings written outside `indicateurs`.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

RACINE = Path(__file__).resolve().parent.parent
APPS = ("recits", "indicateurs", "collecte", "search", "rapports", "demo")
STATUTS_ET_ORIGINES = {"suggere", "accepte", "rejete", "contributeur", "assistant", "editeur"}
ECRITURES = {"create", "bulk_create", "update", "get_or_create", "update_or_create", "delete"}

# Run-time reaches across apps (`apps.get_model("autre_app", …)`) that remain, with their
# reason; the README lists the same ones. There are none: keep it that way, or say why.
ATTEINTES_AUTORISEES: dict[tuple[str, str], str] = {}


def modules(*apps: str):
    """(app, path, syntax tree) of every Python module of the apps, migrations left out."""
    for app in apps:
        for chemin in sorted((RACINE / app).rglob("*.py")):
            if "migrations" in chemin.parts:
                continue  # migrations run on historical models, by design through `apps`
            yield app, chemin, ast.parse(chemin.read_text(encoding="utf-8"))


def atteintes_au_registre() -> dict[tuple[str, str], list[str]]:
    """`get_model("app", …)` calls of one of our apps into another: {(from, to): [where]}."""
    trouvees: dict[tuple[str, str], list[str]] = {}
    for app, chemin, arbre in modules(*APPS):
        for noeud in ast.walk(arbre):
            if (
                isinstance(noeud, ast.Call)
                and isinstance(noeud.func, ast.Attribute)
                and noeud.func.attr == "get_model"
                and noeud.args
                and isinstance(noeud.args[0], ast.Constant)
                and noeud.args[0].value in APPS
                and noeud.args[0].value != app
            ):
                ou = f"{chemin.relative_to(RACINE)}:{noeud.lineno}"
                trouvees.setdefault((app, noeud.args[0].value), []).append(ou)
    return trouvees


def test_atteintes_au_registre_entre_apps_listees_et_expliquees():
    trouvees = atteintes_au_registre()
    assert set(trouvees) == set(ATTEINTES_AUTORISEES), trouvees
    readme = (RACINE / "README.md").read_text(encoding="utf-8")
    for (depuis, vers), raison in ATTEINTES_AUTORISEES.items():
        assert f"`{depuis}` → `{vers}`" in readme and raison in readme


def test_le_detecteur_trouve_une_atteinte(tmp_path, monkeypatch):
    """The scan above would see a reach if one were written (it is not blind)."""
    faux = tmp_path / "recits"
    faux.mkdir()
    (faux / "module.py").write_text(
        'from django.apps import apps\napps.get_model("collecte", "X")\n'
    )
    monkeypatch.setattr(sys.modules[__name__], "RACINE", tmp_path)
    assert set(atteintes_au_registre()) == {("recits", "collecte")}


def test_aucun_statut_de_codage_ecrit_en_toutes_lettres_hors_indicateurs():
    """Other apps name statuses and origins through `Codage.Statut` and `Codage.Origine`."""
    trouves = [
        f"{chemin.relative_to(RACINE)}:{noeud.lineno} « {noeud.value} »"
        for _app, chemin, arbre in modules("recits", "collecte", "search", "rapports", "demo")
        for noeud in ast.walk(arbre)
        if isinstance(noeud, ast.Constant) and noeud.value in STATUTS_ET_ORIGINES
    ]
    assert trouves == []


def _chaine(noeud: ast.AST) -> list[str]:
    noms = []
    while isinstance(noeud, (ast.Attribute, ast.Call)):
        if isinstance(noeud, ast.Attribute):
            noms.append(noeud.attr)
            noeud = noeud.value
        else:
            noeud = noeud.func
    if isinstance(noeud, ast.Name):
        noms.append(noeud.id)
    return list(reversed(noms))


def test_les_codages_ne_s_ecrivent_que_dans_indicateurs():
    """Writes of Codage rows go through `indicateurs.services`, never `Codage.objects` elsewhere."""
    trouves = []
    for _app, chemin, arbre in modules("recits", "collecte", "search", "rapports", "demo"):
        for noeud in ast.walk(arbre):
            if isinstance(noeud, ast.Call) and isinstance(noeud.func, ast.Attribute):
                chaine = _chaine(noeud.func)
                if chaine[:2] == ["Codage", "objects"] and chaine[-1] in ECRITURES:
                    trouves.append(f"{chemin.relative_to(RACINE)}:{noeud.lineno}")
    assert trouves == []


def test_recits_n_importe_aucune_autre_app():
    """The base layer, checked directly as well as by lint-imports."""
    autres = {"indicateurs", "collecte", "search", "demo", "rapports", "config"}
    trouves = []
    for _, chemin, arbre in modules("recits"):
        for noeud in ast.walk(arbre):
            if isinstance(noeud, ast.ImportFrom) and noeud.module and noeud.level == 0:
                nom = noeud.module.split(".")[0]
            elif isinstance(noeud, ast.Import):
                nom = noeud.names[0].name.split(".")[0]
            else:
                continue
            if nom in autres:
                trouves.append(f"{chemin.relative_to(RACINE)}:{noeud.lineno} {nom}")
    assert trouves == []


def test_contrats_d_imports_tenus():
    """The import contracts of pyproject.toml are kept (the same command as `make lint`)."""
    resultat = subprocess.run(
        [str(Path(sys.executable).parent / "lint-imports")],
        cwd=RACINE,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert resultat.returncode == 0, resultat.stdout + resultat.stderr
    assert "5 kept, 0 broken" in resultat.stdout
