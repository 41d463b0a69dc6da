"""Benchmark: sending the contribution form with six 12-megapixel phone photos.

Run: .venv/bin/python bench/contribution.py [--repetitions 5] [--heic] [--photos DIR]

Builds six 4032×3024 photos (JPEG by default, HEIC with --heic) carrying GPS EXIF, starts
a real web server process (runserver, development settings, throw-away SQLite database),
posts the form to it over loopback as a phone would, and prints, as JSON, the median and
maximum response time, the web process's CPU time per send and its peak resident memory
(VmHWM), the photos' sizes and the load average before and after (the machine is shared).
Targets (issue 3): median ≤ 3 s, peak memory ≤ 400 MB.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RACINE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(RACINE))


def _photo_de_village(n: int):
    """A photo-like 12 MP picture: sky and ground gradients, textured ground, houses, a lens blur.

    Smooth areas, edges and a mild sensor noise, so that HEVC compresses it as it does a
    phone's photo (2–4 MB), unlike pure noise (13 MB, far slower to decode).
    """
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    generateur = np.random.default_rng(100 + n)
    hauteur, largeur = 3024, 4032
    y = np.linspace(0, 1, hauteur, dtype=np.float32)[:, None]
    x = np.linspace(0, 1, largeur, dtype=np.float32)[None, :]
    zero = np.zeros((hauteur, largeur), np.float32)
    horizon = 0.45 + 0.05 * np.sin(x * 6 + n)
    ciel = np.stack([120 + 80 * y + zero, 160 + 60 * y + zero, 230 - 30 * y + zero], -1)
    sol = np.stack([90 + 40 * x + zero, 110 + 20 * y + zero, 60 + zero], -1)
    pixels = np.where((y < horizon)[..., None], ciel, sol).astype(np.float32)
    for echelle, amplitude in ((8, 12.0), (32, 9.6), (128, 6.0)):  # grass, paths, fields
        petit = generateur.normal(0, 1, (hauteur // echelle + 1, largeur // echelle + 1, 3))
        petit = ((petit * 40) + 128).clip(0, 255).astype(np.uint8)
        grand = Image.fromarray(petit).resize((largeur, hauteur), Image.Resampling.BICUBIC)
        texture = (np.asarray(grand, np.float32) - 128) / 40 * amplitude
        pixels += texture * (y >= horizon)[..., None]
    image = Image.fromarray(pixels.clip(0, 255).astype(np.uint8))
    dessin = ImageDraw.Draw(image)
    for _maison in range(6):
        x0 = int(generateur.uniform(0, largeur - 700))
        cote, haut = int(generateur.uniform(300, 700)), int(generateur.uniform(600, 1400))
        pied = int(hauteur * 0.6)
        couleur = tuple(int(c) for c in generateur.uniform(120, 230, 3))
        dessin.rectangle(
            [x0, pied - haut, x0 + cote, pied], fill=couleur, outline=(40, 40, 40), width=6
        )
        for fy in range(pied - haut + 60, pied - 120, 180):
            for fx in range(x0 + 40, x0 + cote - 80, 140):
                dessin.rectangle([fx, fy, fx + 70, fy + 110], fill=(50, 60, 80))
    for _passant in range(25):
        cx, cy = generateur.uniform(0, largeur), generateur.uniform(hauteur * 0.5, hauteur)
        r = generateur.uniform(30, 200)
        couleur = tuple(int(v) for v in generateur.uniform(20, 200, 3))
        dessin.ellipse([cx - r, cy - r, cx + r, cy + r], fill=couleur)
    image = image.filter(ImageFilter.GaussianBlur(1.2))
    bruit = generateur.normal(0, 1.0, (hauteur, largeur, 3)).astype(np.float32)
    return Image.fromarray((np.asarray(image, np.float32) + bruit).clip(0, 255).astype(np.uint8))


def fabriquer_photos(dossier: Path, heic: bool) -> list[Path]:
    """Six 12 MP photos with GPS EXIF, of a phone's weight: JPEG 4–5 MB (noise), HEIC 2–4 MB."""
    import numpy as np
    from PIL import Image

    if heic:
        import pillow_heif

        pillow_heif.register_heif_opener()
    chemins = []
    generateur = np.random.default_rng(12)
    for n in range(6):
        if heic:
            image = _photo_de_village(n)
        else:
            base = np.linspace(0, 255, 4032, dtype=np.float32)[None, :, None]
            bruit = generateur.normal(0, 14, (3024, 4032, 3)).astype(np.float32)
            pixels = np.clip(base * 0.6 + bruit + 60 + 10 * n, 0, 255).astype(np.uint8)
            image = Image.fromarray(pixels, "RGB")
        exif = Image.Exif()
        exif[0x010F] = "Téléphone"
        exif.get_ifd(0x8825).update({1: "N", 2: (44.0, 45.0, 12.0), 3: "E", 4: (4.0, 30.0, 1.0)})
        extension = "heic" if heic else "jpg"
        chemin = dossier / f"IMG_{n:04d}.{extension}"
        # HEIC: pillow-heif's encoder (x265) at the quality that gives a phone's file sizes
        image.save(
            chemin, "HEIF" if heic else "JPEG", quality=72 if heic else 88, exif=exif.tobytes()
        )
        chemins.append(chemin)
    return chemins


def preparer(dossier: Path) -> str:
    """Create the throw-away database, a place and an invitation; return the link's path."""
    import django

    django.setup()
    from django.core.management import call_command
    from django.utils import timezone

    call_command("migrate", verbosity=0)
    from collecte.models import Campagne, Invitation
    from recits.arborescence import initialiser_site
    from recits.models import LieuIndexPage, LieuPage

    initialiser_site()
    index = LieuIndexPage.objects.get()
    lieu = LieuPage(title="Café du banc", slug="cafe-du-banc", commune="Lus", departement="26")
    index.add_child(instance=lieu)
    aujourd_hui = timezone.localdate()
    campagne = Campagne.objects.create(
        annee=aujourd_hui.year,
        titre="Banc d'essai",
        ouverture=aujourd_hui,
        cloture=aujourd_hui.replace(year=aujourd_hui.year + 1),
    )
    return Invitation.objects.create(campagne=campagne, lieu=lieu).chemin()


def pic_memoire_mo(pid: int) -> float:
    """Peak resident memory (VmHWM) of a process, in MB."""
    for ligne in Path(f"/proc/{pid}/status").read_text().splitlines():
        if ligne.startswith("VmHWM:"):
            return int(ligne.split()[1]) / 1024
    raise RuntimeError("VmHWM introuvable")


def temps_cpu_s(pid: int) -> float:
    """User + system CPU time of a process (all its threads), in seconds."""
    champs = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(champs[11]) + int(champs[12])) / os.sysconf("SC_CLK_TCK")


def mesurer(dossier: Path, repetitions: int, port: int = 8765) -> dict:
    """Start a real web server process, post the form to it, read its peak memory."""
    import re
    import urllib.request

    import requests

    env = dict(
        os.environ,
        # Development settings: the database task queue, as in production (the analysis
        # is not run inside the request).
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        DATABASE_URL=f"sqlite:///{dossier / 'bench.sqlite3'}",
        MEDIA_ROOT=str(dossier / "media"),
        PRIVATE_MEDIA_ROOT=str(dossier / "prive"),
    )
    os.environ.update(env)
    chemin = preparer(dossier)
    serveur = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=RACINE,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}{chemin}"
        for _ in range(100):
            try:
                urllib.request.urlopen(url, timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        repos_mo = pic_memoire_mo(serveur.pid)
        photos = sorted(p for p in dossier.iterdir() if p.suffix in {".jpg", ".heic"})
        durees = []
        cpus = []
        charge_avant = os.getloadavg()
        session = requests.Session()
        for r in range(repetitions):
            page = session.get(url, timeout=30)
            champs = dict(
                re.findall(
                    r'name="(csrfmiddlewaretoken|horodatage|cle_envoi)" value="([^"]+)"', page.text
                )
            )
            time.sleep(3.1)  # a person takes longer than the anti-robot minimum
            donnees = {  # the page's ticket and one-time key (bound to the link)
                **champs,
                "genre": "photos",
                "titre": f"Reportage {r}",
                "texte": "La fête du village en photos.",
                "consentement_site": "on",
                "signature": "anonyme",
                "photos-TOTAL_FORMS": "6",
                "photos-INITIAL_FORMS": "0",
                "photos-MIN_NUM_FORMS": "0",
                "photos-MAX_NUM_FORMS": "6",
            }
            fichiers = {}
            for i, photo in enumerate(photos):
                fichiers[f"photos-{i}-fichier"] = (
                    photo.name,
                    photo.read_bytes(),
                    "image/heic" if photo.suffix == ".heic" else "image/jpeg",
                )
                donnees[f"photos-{i}-description"] = f"Photo {i}"
                donnees[f"photos-{i}-reconnaissable"] = "personne"
            debut = time.perf_counter()
            cpu_debut = temps_cpu_s(serveur.pid)
            reponse = session.post(
                url, data=donnees, files=fichiers, headers={"Referer": url}, allow_redirects=False
            )
            durees.append(time.perf_counter() - debut)
            cpus.append(temps_cpu_s(serveur.pid) - cpu_debut)
            assert reponse.status_code == 302, (reponse.status_code, reponse.text[:500])
        pic = pic_memoire_mo(serveur.pid)
        charge_apres = os.getloadavg()
    finally:
        serveur.terminate()
        serveur.wait(timeout=10)
    return {
        "repetitions": repetitions,
        "photos_par_envoi": len(photos),
        "octets_par_envoi": sum(p.stat().st_size for p in photos),
        "taille_des_photos_mo": [round(p.stat().st_size / 1e6, 2) for p in photos],
        "temps_serveur_s": {
            "mediane": round(statistics.median(durees), 3),
            "max": round(max(durees), 3),
            "toutes": [round(d, 3) for d in durees],
        },
        "cpu_serveur_s": {
            "mediane": round(statistics.median(cpus), 3),
            "toutes": [round(c, 3) for c in cpus],
        },
        "memoire_serveur_repos_mo": round(repos_mo, 1),
        "memoire_serveur_pic_mo": round(pic, 1),
        "objectifs": {
            "mediane_<=_3_s": statistics.median(durees) <= 3.0,
            "memoire_<=_400_Mo": pic <= 400,
        },
        "cpu": os.cpu_count(),
        "charge_moyenne_avant_apres": [
            [round(v, 2) for v in charge_avant],
            [round(v, 2) for v in charge_apres],
        ],
    }


def _photos(garde: Path, heic: bool) -> list[Path]:
    """The six photos, built in `garde` once (encoding six HEICs takes a while)."""
    extension = ".heic" if heic else ".jpg"
    garde.mkdir(parents=True, exist_ok=True)
    existantes = sorted(p for p in garde.iterdir() if p.suffix == extension)
    if len(existantes) == 6:
        return existantes
    return fabriquer_photos(garde, heic)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repetitions", type=int, default=5)
    parser.add_argument("--heic", action="store_true")
    parser.add_argument("--photos", help="folder where the photos are kept and reused between runs")
    parser.add_argument("--mesurer", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mesurer:
        print(json.dumps(mesurer(Path(args.mesurer), args.repetitions)))
        return
    with tempfile.TemporaryDirectory(prefix="bench-contribution-") as dossier:
        garde = Path(args.photos) if args.photos else Path(dossier) / "originaux"
        photos = _photos(garde, args.heic)
        for photo in photos:
            (Path(dossier) / photo.name).symlink_to(photo)
        sortie = subprocess.run(
            [
                sys.executable,
                __file__,
                "--mesurer",
                dossier,
                "--repetitions",
                str(args.repetitions),
            ],
            check=True,
            capture_output=True,
            text=True,
            cwd=RACINE,
        )
        resultat = json.loads(sortie.stdout.strip().splitlines()[-1])
        resultat["format"] = "HEIC" if args.heic else "JPEG"
        print(json.dumps(resultat, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
