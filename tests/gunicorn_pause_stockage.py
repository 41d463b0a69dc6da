"""gunicorn settings for one test: deploy/gunicorn.conf.py, plus a worker that stops mid-store.

After it writes the first photo of a submission to the private storage (inside the storing
transaction, before the commit), the worker drops a marker file named by
RECITS_TEST_MARQUEUR and sleeps, so the test can SIGKILL it while files are being written.
Nothing of this reaches the application's code: it patches the storage in the worker only.
"""

import os
import time
from pathlib import Path

_CONFIG = Path(__file__).resolve().parent.parent / "deploy" / "gunicorn.conf.py"
exec(compile(_CONFIG.read_text(), str(_CONFIG), "exec"))


def post_worker_init(worker) -> None:
    """Pause the worker for good right after the first private photo file is written."""
    from django.core.files.storage import FileSystemStorage

    marqueur = Path(os.environ["RECITS_TEST_MARQUEUR"])
    enregistrer = FileSystemStorage._save

    def _save_puis_attendre(self, name, content):
        nom = enregistrer(self, name, content)
        if nom.startswith("contributions/"):
            marqueur.write_text(nom)
            time.sleep(120)  # killed long before
        return nom

    FileSystemStorage._save = _save_puis_attendre
