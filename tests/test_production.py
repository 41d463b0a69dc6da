"""Production serving: deploy checks, security headers cached or not, CSP, gunicorn, 503."""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
import subprocess
import sys

import pytest
from django.db import OperationalError

from .serveurs import RACINE, Gunicorn, environnement_production, port_libre

ENTETES_SECURITE = (
    "X-Frame-Options",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
    "Content-Security-Policy",
)


def directives(entete: str) -> dict[str, list[str]]:
    """A CSP header as {directive: [sources]}."""
    politique = {}
    for morceau in entete.split(";"):
        mots = morceau.split()
        if mots:
            politique[mots[0]] = mots[1:]
    return politique


def test_check_deploy_sans_avertissement():
    resultat = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=RACINE,
        env=environnement_production(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert resultat.returncode == 0, resultat.stdout + resultat.stderr
    assert "no issues" in resultat.stdout


@pytest.mark.django_db
def test_entetes_de_securite_meme_servi_par_le_cache_de_pages(client, settings, creer_recit):
    settings.RECITS_CACHE_PAGES = True
    recit = creer_recit(title="La fête du pain")
    for chemin in ("/recits/", recit.url, "/"):
        rendue = client.get(chemin)
        en_cache = client.get(chemin)
        assert "X-Cache-Recits" not in rendue
        assert en_cache["X-Cache-Recits"] == "hit"
        for reponse in (rendue, en_cache):
            manquants = [e for e in ENTETES_SECURITE if e not in reponse]
            assert not manquants, f"{chemin} ({reponse.get('X-Cache-Recits', 'rendue')})"
        assert en_cache["X-Frame-Options"] == "DENY"
        assert en_cache["Content-Security-Policy"] == rendue["Content-Security-Policy"]


@pytest.mark.django_db
def test_csp_publique_sans_script_ni_style_en_ligne(client, arbre):
    reponse = client.get("/")
    appliquee = directives(reponse["Content-Security-Policy"])
    assert appliquee["script-src"] == ["'self'"]
    assert appliquee["object-src"] == ["'none'"]
    assert appliquee["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in appliquee["style-src"]
    assert "'unsafe-eval'" not in reponse["Content-Security-Policy"]
    # Indicator colours come from a stylesheet: no style="" attribute is allowed.
    assert appliquee["style-src-attr"] == ["'none'"]
    assert "Content-Security-Policy-Report-Only" not in reponse


@pytest.mark.django_db
def test_csp_de_l_administration(client):
    reponse = client.get("/admin/login/")
    assert reponse.status_code == 200
    politique = directives(reponse["Content-Security-Policy"])
    assert politique["script-src"] == ["'self'", "'unsafe-inline'"]
    assert "'unsafe-eval'" not in reponse["Content-Security-Policy"]
    assert politique["frame-ancestors"] == ["'self'"]
    assert "Content-Security-Policy-Report-Only" not in reponse


@pytest.mark.django_db
def test_la_page_500_garde_son_style_sous_la_csp(rf, client):
    from exploitation.indisponible import erreur_serveur

    try:
        raise ValueError("un bogue")
    except ValueError:
        page = erreur_serveur(rf.get("/"))
    assert page.status_code == 500
    style = re.search(rb"<style>(.*?)</style>", page.content, re.S).group(1)
    empreinte = base64.b64encode(hashlib.sha256(style).digest()).decode()
    politique = directives(client.get("/robots.txt")["Content-Security-Policy"])
    assert f"'sha256-{empreinte}'" in politique["style-src-elem"]


def test_une_base_injoignable_donne_la_page_503_et_pas_une_500(rf):
    from exploitation.indisponible import erreur_serveur

    try:
        try:
            raise OperationalError("connection refused")
        except OperationalError as exc:
            raise RuntimeError("dans un gabarit") from exc
    except RuntimeError:
        page = erreur_serveur(rf.get("/"))
    assert page.status_code == 503
    assert page["Retry-After"] == "30"
    assert "Le site fait une courte pause" in page.content.decode()


@pytest.mark.parametrize(
    "base",
    ["postgres://postgres@127.0.0.1:{port}/recits", "sqlite:////nulle-part/{port}/db.sqlite3"],
    ids=["postgresql-arrete", "sqlite-illisible"],
)
def test_gunicorn_repond_503_en_francais_quand_la_base_est_arretee(base, tmp_path):
    env = environnement_production(DATABASE_URL=base.format(port=port_libre()))
    with Gunicorn(env, journal=tmp_path / "gunicorn.log") as serveur:
        statut, entetes, corps = serveur.get("/")
        assert statut == 503, corps[:300]
        assert entetes["Retry-After"] == "30"
        assert "Le site fait une courte pause" in corps
        assert "Traceback" not in corps and "OperationalError" not in corps
        assert entetes["X-Frame-Options"] == "DENY"
        assert "Content-Security-Policy" in entetes
        statut, entetes, corps = serveur.get("/sante/")
        assert statut == 503
        assert '"base": "panne"' in corps
        assert entetes["Content-Type"] == "application/json"
        assert "127.0.0.1" not in corps and "nulle-part" not in corps
    journal = (tmp_path / "gunicorn.log").read_text()
    assert "Service Unavailable" in journal


def test_le_journal_d_acces_masque_les_jetons_et_les_recherches(tmp_path):
    env = environnement_production(DATABASE_URL=f"postgres://x@127.0.0.1:{port_libre()}/x")
    with Gunicorn(env, journal=tmp_path / "gunicorn.log") as serveur:
        serveur.get("/contribuer/jeton-secret-123/")
        serveur.get("/recherche/?q=madame+durand")
    journal = (tmp_path / "gunicorn.log").read_text()
    assert "GET /contribuer/…/ HTTP/1.1" in journal
    assert "GET /recherche/ HTTP/1.1" in journal
    assert "jeton-secret-123" not in journal
    assert "durand" not in journal


@pytest.mark.skipif(not shutil.which("nginx"), reason="nginx n'est pas installé")
def test_l_exemple_nginx_est_valide(tmp_path):
    certificat, cle = tmp_path / "cert.pem", tmp_path / "cle.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=recits.example.org", "-keyout", cle, "-out", certificat],
        check=True, capture_output=True,
    )  # fmt: skip
    site = (RACINE / "deploy/nginx/recits.conf").read_text()
    site = site.replace(
        "/etc/letsencrypt/live/recits.example.org/fullchain.pem", str(certificat)
    ).replace("/etc/letsencrypt/live/recits.example.org/privkey.pem", str(cle))
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\n"
        "events {}\nhttp {\n"
        f"access_log {tmp_path}/access.log;\n"
        f"client_body_temp_path {tmp_path};\n{site}\n}}\n"
    )
    resultat = subprocess.run(
        ["nginx", "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")],
        capture_output=True,
        text=True,
    )
    assert resultat.returncode == 0, resultat.stderr


def test_fichiers_statiques_collectes_et_mis_en_cache_longtemps(tmp_path):
    statiques = tmp_path / "static"
    env = environnement_production(
        DATABASE_URL=f"postgres://x@127.0.0.1:{port_libre()}/x", STATIC_ROOT=str(statiques)
    )
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=RACINE, env=env, check=True, timeout=300,
    )  # fmt: skip
    manifeste = (statiques / "staticfiles.json").read_text()
    nom = re.search(r'"css/site.css": "(css/site\.[0-9a-f]{12}\.css)"', manifeste).group(1)
    with Gunicorn(env) as serveur:
        statut, entetes, corps = serveur.get(f"/static/{nom}", **{"Accept-Encoding": "gzip"})
        assert statut == 200
        assert "immutable" in entetes["Cache-Control"]
        assert "max-age=315360000" in entetes["Cache-Control"]
        assert entetes["Content-Encoding"] == "gzip"
        assert entetes["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_les_couleurs_des_indicateurs_viennent_d_une_feuille_de_style(client, arbre, lieu):
    from indicateurs.models import Indicateur

    Indicateur.objects.filter(slug="lien-social").update(couleur="#123abc")
    feuille = client.get("/couleurs-indicateurs.css")
    assert feuille.status_code == 200 and feuille["Content-Type"].startswith("text/css")
    assert ".couleur-lien-social { --couleur: #123abc; }" in feuille.content.decode()
    for chemin in ("/", "/indicateurs/", "/indicateurs/lien-social/"):
        html = client.get(chemin).content.decode()
        assert 'style="' not in html, chemin
        assert 'href="/couleurs-indicateurs.css"' in html
