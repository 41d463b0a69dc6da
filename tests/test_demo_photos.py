"""Every demo story has its own picture, inside or outside, and its alt text says what it shows."""

import datetime
from collections import Counter
from io import BytesIO, StringIO

import pytest
from django.core.management import call_command
from PIL import Image, ImageChops, ImageStat

from demo import dessins, photos
from demo.chargement import description, scene_de
from demo.contenu import LIEUX
from demo.interieurs import SALLES
from recits.models import RecitPage


def pixels(scene: photos.Scene) -> Image.Image:
    return Image.open(BytesIO(dessins.jpeg(scene))).convert("RGB").resize((160, 100))


def ecart(a: Image.Image, b: Image.Image) -> float:
    """Mean absolute difference per channel, 0–255."""
    return sum(ImageStat.Stat(ImageChops.difference(a, b)).mean) / 3


@pytest.mark.django_db
def test_chaque_recit_publie_a_sa_propre_photo_et_un_texte_alternatif(dessins_rapides):
    # Tiny pictures from `dessins_rapides`: the art is tested below, on real drawings.
    call_command("load_initial_data", stdout=StringIO())

    recits = list(RecitPage.objects.live().select_related("image"))
    heros = Counter(r.image_id for r in recits)
    assert len(recits) == 66 and len(heros) == 66, "une photo principale par récit"
    vues = Counter()
    for recit in recits:
        for bloc in recit.corps:
            if bloc.block_type == "image":
                vues[bloc.value["image"].pk] += 1
            elif bloc.block_type == "galerie":
                for item in bloc.value["photos"]:
                    vues[item["image"].pk] += 1
    assert vues and max(vues.values()) == 1, "aucune vue répétée d'un récit à l'autre"
    assert not set(vues) & set(heros), "les vues d'un récit ne reprennent pas sa photo principale"
    interieurs = [r for r in recits if "intérieur" in r.image.description]
    assert 20 <= len(interieurs) <= 50, "des vues d'intérieur et d'extérieur"
    for recit in recits:
        alt = recit.image.description
        assert alt.startswith("Illustration : ") and alt.endswith("trois personnes.")


def test_deux_recits_du_meme_lieu_et_du_meme_moment_ont_des_photos_differentes():
    lieu = LIEUX[0]
    a = pixels(scene_de(lieu, "marche", "un-premier-recit"))
    b = pixels(scene_de(lieu, "marche", "un-second-recit"))
    dedans = pixels(scene_de(lieu, "comptoir", "un-premier-recit"))

    assert ecart(a, b) > 8, "cadrage, passants et nuages changent d'un récit à l'autre"
    assert ecart(a, dedans) > 25, "l'intérieur ne ressemble pas à la façade"


@pytest.mark.parametrize("activite", sorted(SALLES))
def test_un_interieur_par_activite_avec_du_monde_sans_metadonnees(activite):
    lieu = next((x for x in LIEUX if x["type_activite"] == activite), LIEUX[0])
    scene = scene_de({**lieu, "type_activite": activite}, "veillee", f"essai-{activite}")

    dessin = dessins.photo(scene)

    assert scene.vue == "interieur" and dessin.personnes >= 1
    assert dessin.jpeg == dessins.photo(scene).jpeg, "même graine, même image"
    image = Image.open(BytesIO(dessin.jpeg))
    assert (image.format, image.size) == ("JPEG", (1600, 1000))
    assert not image.getexif() and "exif" not in image.info


def test_les_interieurs_des_activites_different():
    lieu = LIEUX[0]
    images = {
        a: pixels(scene_de({**lieu, "type_activite": a}, "comptoir", "meme-recit")) for a in SALLES
    }
    noms = sorted(images)
    for i, a in enumerate(noms):
        for b in noms[i + 1 :]:
            assert ecart(images[a], images[b]) > 6, f"{a} et {b} se ressemblent trop"


def test_texte_alternatif_dit_le_lieu_le_moment_la_saison_et_le_monde():
    lieu = LIEUX[0]
    dehors = scene_de(lieu, "marche", "recit", quand=datetime.date(2025, 10, 9))
    dedans = scene_de(lieu, "veillee", "recit")

    assert description(lieu, dehors, "un jour de marché", 0) == (
        f"Illustration : la façade {lieu['du']} {lieu['a_commune']}, un jour de marché, "
        "en automne, sans personne."
    )
    salle = SALLES[lieu["type_activite"]].nom
    assert description(lieu, dedans, "un soir", 1) == (
        f"Illustration : {salle} {lieu['du']} {lieu['a_commune']}, un soir, une personne."
    )
    assert description(lieu, dedans, "un soir", 14).endswith("une dizaine de personnes.")
