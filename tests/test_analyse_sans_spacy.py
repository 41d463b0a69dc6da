"""The web process never imports spaCy: every public page and the story editor render without it."""

import subprocess
import sys
from pathlib import Path

RACINE = Path(__file__).resolve().parent.parent

SCRIPT = r"""
import os, sys
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
import django
django.setup()
from django.test.utils import setup_test_environment
from django.db import connection
setup_test_environment()
connection.creation.create_test_db(verbosity=0, autoclobber=True)
# As in production: the web process only queues the analysis in the database.
from django.test import override_settings
override_settings(
    TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default", "images", "nlp"]}}
).enable()

from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.models import Site

from indicateurs.models import Analyse, Codage, Indicateur
from recits.arborescence import initialiser_site
from tests.factories import LieuPageFactory, RecitPageFactory

initialiser_site(hostname="testserver")
Site.objects.update(hostname="testserver", port=80)
from recits.models import LieuIndexPage, RecitIndexPage
lieu = LieuPageFactory(parent=LieuIndexPage.objects.get(), slug="cafe")
recit = RecitPageFactory(parent=RecitIndexPage.objects.get(), lieu=lieu, slug="recit")
Analyse.objects.create(recit=recit, empreinte="x", empreinte_regles="y",
    indicateurs={"lien-social": {"score": 0.5, "suggere": True, "indices": [], "phrases": []}},
    citations=[{"texte": "Une citation assez longue pour être proposée aux éditeurs.",
                "debut": 0, "fin": 10, "genre": "phrase", "score": 1, "indicateurs": []}],
    noms=[{"nom": "Marie", "occurrences": [{"debut": 0, "fin": 5}]}])
Codage.objects.create(recit=recit, indicateur=Indicateur.objects.get(slug="lien-social"),
    origine="assistant", statut="suggere", score=0.5, debut=0, fin=5, passage="Récit")
client = Client()
adresses = ["/", "/recits/", "/recits/recit/", "/lieux/", "/lieux/cafe/", "/indicateurs/",
            "/indicateurs/lien-social/", "/recherche/?q=cafe", "/recits/flux/", "/sitemap.xml",
            "/robots.txt", "/contribuer/", "/nulle-part/"]
for adresse in adresses:
    statut = client.get(adresse).status_code
    assert statut in (200, 404), (adresse, statut)
admin = get_user_model().objects.create_superuser("admin", "a@example.org", "x")
client.force_login(admin)
reponse = client.get(f"/admin/pages/{recit.pk}/edit/")
assert reponse.status_code == 200, reponse.status_code
assert "Suggestions de l" in reponse.content.decode()
client.get(f"/admin/pages/{recit.pk}/")
from django_tasks_db.models import DBTaskResult
assert DBTaskResult.objects.filter(task_path="indicateurs.tasks.analyser_recit").exists()
print("SPACY" if any(m == "spacy" or m.startswith("spacy.") for m in sys.modules) else "SANS")
"""


def test_public_pages_and_the_editor_never_import_spacy():
    resultat = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=RACINE,
        capture_output=True,
        text=True,
        timeout=600,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(RACINE), "HOME": str(RACINE)},
    )
    assert resultat.returncode == 0, resultat.stderr[-3000:]
    assert resultat.stdout.strip().splitlines()[-1] == "SANS"
