"""Scale-out engines on real servers: Redis for the cache, S3-compatible buckets for media.

Each needs its server's address in the environment (.ci/run starts redis-server and
moto_server and sets REDIS_URL and AWS_S3_ENDPOINT_URL): skipped without it, but under
CI=true a missing server fails the run.
"""

from __future__ import annotations

import json
import subprocess
import uuid

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management import call_command

from config.settings.base import caches_from_env, stockages_from_env

from .factories import ImageFactory, fichier_jpeg
from .serveurs import PYTHON, RACINE, environnement_production, port_libre, service_requis


# ---------------------------------------------------------------------------
# Redis
# ---------------------------------------------------------------------------
@pytest.fixture
def redis_url():
    return service_requis("REDIS_URL", "le cache partagé se teste sur un vrai Redis")


@pytest.fixture
def cache_redis(settings, redis_url):
    """The settings' Redis cache, under a prefix of its own, emptied afterwards."""
    settings.CACHES = caches_from_env(
        {"REDIS_URL": redis_url, "REDIS_PREFIXE": f"test-{uuid.uuid4().hex[:8]}"}
    )
    assert settings.CACHES["default"]["BACKEND"] == "django_redis.cache.RedisCache"
    yield settings.CACHES
    cache.clear()


def test_redis_partage_entre_processus(cache_redis, redis_url):
    cache.set("recits:essai", "vu par un autre processus", 60)
    prefixe = cache_redis["default"]["KEY_PREFIX"]
    code = (
        "from django.core.cache import cache; import sys; "
        "sys.stdout.write(cache.get('recits:essai') or 'rien')"
    )
    sortie = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", code],
        cwd=RACINE,
        env=environnement_production(
            REDIS_URL=redis_url, REDIS_PREFIXE=prefixe, DATABASE_URL="sqlite:///:memory:"
        ),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert sortie.stdout.endswith("\nvu par un autre processus"), sortie.stderr


@pytest.mark.django_db
def test_cache_de_pages_sur_redis(client, settings, cache_redis, creer_recit):
    settings.RECITS_CACHE_PAGES = True
    recit = creer_recit(title="La kermesse")
    client.get("/recits/")
    assert client.get("/recits/")["X-Cache-Recits"] == "hit"
    recit.unpublish()
    assert "La kermesse" not in client.get("/recits/").content.decode()
    assert json.loads(client.get("/sante/").content)["cache"] == "ok"


@pytest.mark.django_db
def test_redis_arrete_les_pages_s_affichent_et_la_sante_le_dit(client, settings, creer_recit):
    settings.CACHES = caches_from_env({"REDIS_URL": f"redis://127.0.0.1:{port_libre()}/0"})
    settings.RECITS_CACHE_PAGES = True
    creer_recit(title="La kermesse")
    reponse = client.get("/recits/")
    assert reponse.status_code == 200
    assert "La kermesse" in reponse.content.decode()
    sante = client.get("/sante/")
    assert sante.status_code == 503
    assert json.loads(sante.content)["cache"] == "panne"


# ---------------------------------------------------------------------------
# S3-compatible object storage (moto_server in CI)
# ---------------------------------------------------------------------------
@pytest.fixture
def seaux(settings):
    """Two fresh buckets, public media and private contributions, as STORAGES."""
    point = service_requis("AWS_S3_ENDPOINT_URL", "le stockage objet se teste sur un serveur S3")
    import boto3

    s3 = boto3.client("s3", endpoint_url=point, region_name="us-east-1")
    suffixe = uuid.uuid4().hex[:8]
    noms = {"public": f"recits-medias-{suffixe}", "prive": f"recits-prive-{suffixe}"}
    for nom in noms.values():
        s3.create_bucket(Bucket=nom)
    env = {
        "AWS_STORAGE_BUCKET_NAME": noms["public"],
        "AWS_STORAGE_BUCKET_NAME_PRIVE": noms["prive"],
        "AWS_S3_ENDPOINT_URL": point,
        "AWS_S3_REGION_NAME": "us-east-1",
    }
    stockages = stockages_from_env(env)
    stockages["staticfiles"] = settings.STORAGES["staticfiles"]
    settings.STORAGES = stockages
    return s3, noms


def test_photos_privees_dans_un_seau_prive_a_adresse_signee(seaux):
    s3, noms = seaux
    nom = storages["prive"].save("contributions/2025/05/photo.jpg", fichier_jpeg())
    objet = s3.get_object(Bucket=noms["prive"], Key=nom)
    assert objet["Body"].read()[:2] == b"\xff\xd8"
    assert objet["CacheControl"] == "private, no-store"
    proprietaire = s3.get_object_acl(Bucket=noms["prive"], Key=nom)["Grants"]
    assert all(g["Grantee"].get("URI") is None for g in proprietaire)  # no AllUsers grant
    adresse = storages["prive"].url(nom)
    assert "X-Amz-Signature=" in adresse and "X-Amz-Expires=300" in adresse
    # Nothing of it in the public bucket.
    assert s3.list_objects_v2(Bucket=noms["public"]).get("KeyCount") == 0


@pytest.mark.django_db
def test_images_publiques_sur_le_stockage_objet(client, seaux, creer_recit):
    s3, noms = seaux
    image = ImageFactory(title="La place")
    recit = creer_recit(title="Le vide-grenier", image=image)
    page = client.get(recit.url).content.decode()
    cles = [o["Key"] for o in s3.list_objects_v2(Bucket=noms["public"])["Contents"]]
    assert image.file.name in cles
    rendus = [c for c in cles if c.startswith("images/")]
    assert rendus, cles
    assert any(f"/{noms['public']}/{c}" in page for c in rendus)
    assert "X-Amz-Signature" not in page  # plain URLs: the pages cache well
    entetes = s3.head_object(Bucket=noms["public"], Key=rendus[0])
    assert entetes["CacheControl"] == "public, max-age=31536000, immutable"
    assert json.loads(client.get("/sante/").content)["stockage"] == "ok"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_sauvegarde_et_restauration_depuis_les_seaux(seaux, tmp_path):
    s3, noms = seaux
    storages["default"].save("original_images/place.jpg", fichier_jpeg())
    storages["prive"].save("contributions/2025/05/attente.jpg", fichier_jpeg(couleur=(1, 2, 3)))
    call_command("sauvegarder", "--dossier", str(tmp_path))
    storages["prive"].delete("contributions/2025/05/attente.jpg")
    storages["default"].save("original_images/intrus.jpg", ContentFile(b"x"))
    (archive,) = tmp_path.glob("recits-*.tar")
    call_command("restaurer", str(archive), "--oui")
    public = [o["Key"] for o in s3.list_objects_v2(Bucket=noms["public"])["Contents"]]
    prive = [o["Key"] for o in s3.list_objects_v2(Bucket=noms["prive"])["Contents"]]
    assert public == ["original_images/place.jpg"]
    assert prive == ["contributions/2025/05/attente.jpg"]


@pytest.mark.django_db
def test_stockage_objet_injoignable_la_sante_le_dit(client, settings, seaux):
    env = {
        "AWS_STORAGE_BUCKET_NAME": "x",
        "AWS_S3_ENDPOINT_URL": f"http://127.0.0.1:{port_libre()}",
    }
    stockages = stockages_from_env(env)
    stockages["staticfiles"] = settings.STORAGES["staticfiles"]
    settings.STORAGES = stockages
    reponse = client.get("/sante/")
    assert reponse.status_code == 503
    assert json.loads(reponse.content)["stockage"] == "panne"


def test_sans_variables_tout_reste_local():
    assert caches_from_env({})["default"]["BACKEND"].endswith("LocMemCache")
    stockages = stockages_from_env({})
    assert stockages["default"]["BACKEND"].endswith("FileSystemStorage")
    assert stockages["prive"]["OPTIONS"]["base_url"] is None
