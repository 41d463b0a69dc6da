"""Rate limits that hold under concurrency: real gunicorn workers, real databases, threads.

Thirty people on one link, or one address behind the proxy sending on several links at
once: never more stored than the limit, the others refused in French, no 500.
"""

from __future__ import annotations

import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from .serveurs import (
    Formulaire,
    Gunicorn,
    base_de_test,
    environnement_production,
    lancer_manage,
    preparer_site,
    supprimer_base,
)
from .utils import donnees_valides

LIEUX = 5


@pytest.fixture(scope="module")
def statiques(tmp_path_factory):
    return tmp_path_factory.mktemp("statiques")


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def site_reel(request, tmp_path_factory, statiques):
    """A production server (4 gunicorn workers) on its own database, LIEUX invited places."""
    dossier = tmp_path_factory.mktemp(f"site-{request.param}")
    url = base_de_test(request.param, dossier)
    env = environnement_production(
        DATABASE_URL=url,
        MEDIA_ROOT=str(dossier / "media"),
        PRIVATE_MEDIA_ROOT=str(dossier / "prive"),
        STATIC_ROOT=str(statiques),
        RECITS_PROXY_DE_CONFIANCE="1",
        RECITS_CACHE_PAGES="0",
    )
    try:
        jetons = preparer_site(env, lieux=LIEUX)
        with Gunicorn(env, workers=4, journal=dossier / "gunicorn.log") as serveur:
            yield {"serveur": serveur, "env": env, "jetons": jetons, "dossier": dossier}
    finally:
        supprimer_base(url)


def compter(env: dict[str, str]) -> dict:
    """Stored rows, read by the server's own settings."""
    code = (
        "import json; from collecte.models import Contribution, PhotoContribution; "
        "from recits.models import RecitPage; "
        "print('COMPTE ' + json.dumps({'contributions': Contribution.objects.count(), "
        "'photos': PhotoContribution.objects.count(), 'pages': RecitPage.objects.count(), "
        "}))"
    )
    sortie = lancer_manage(env, code)
    ligne = next(ligne for ligne in sortie.splitlines() if ligne.startswith("COMPTE "))
    return json.loads(ligne.removeprefix("COMPTE "))


def envoyer_ensemble(serveur, envois: list[tuple[str, str]]) -> list:
    """Open every form, wait as a person would, then send them all at the same instant."""
    formulaires = [Formulaire(serveur.url, jeton, adresse) for jeton, adresse in envois]
    with ThreadPoolExecutor(max_workers=8) as executeur:
        list(executeur.map(Formulaire.ouvrir, formulaires))
    time.sleep(3.2)  # the form refuses what is sent faster than a person writes
    depart = threading.Barrier(len(formulaires))

    def envoyer(formulaire):
        depart.wait()
        return formulaire.envoyer(donnees_valides())

    with ThreadPoolExecutor(max_workers=len(formulaires)) as executeur:
        return list(executeur.map(envoyer, formulaires))


def test_trente_envois_simultanes_sur_un_lien_n_en_gardent_que_dix(site_reel):
    avant = compter(site_reel["env"])
    jeton = site_reel["jetons"][0]
    reponses = envoyer_ensemble(
        site_reel["serveur"], [(jeton, f"198.51.100.{n}") for n in range(30)]
    )
    statuts = sorted(r.status_code for r in reponses)
    assert statuts.count(302) == 10, statuts
    assert statuts.count(429) == 20, statuts
    for reponse in reponses:
        if reponse.status_code == 429:
            assert "Réessayez dans une heure" in reponse.text
    apres = compter(site_reel["env"])
    assert apres["contributions"] - avant["contributions"] == 10
    assert apres["pages"] - avant["pages"] == 10


def test_une_adresse_derriere_le_proxy_ne_passe_pas_la_limite_en_changeant_de_lien(site_reel):
    avant = compter(site_reel["env"])
    # 28 posts on four links from one client who writes a new leftmost hop each time;
    # nginx appends the real address, the only one believed.
    envois = [(site_reel["jetons"][1 + n % 4], f"10.{n}.0.1, 203.0.113.99") for n in range(28)]
    reponses = envoyer_ensemble(site_reel["serveur"], envois)
    statuts = sorted(r.status_code for r in reponses)
    assert statuts.count(302) == 20, statuts
    assert statuts.count(429) == 8, statuts
    apres = compter(site_reel["env"])
    assert apres["contributions"] - avant["contributions"] == 20
