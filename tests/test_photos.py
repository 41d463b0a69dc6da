"""Cleaning contributors' photos: collecte.photos.nettoyer_photo.

Every photo is built in memory by tests/photos_fixtures.py (phone photos full of metadata,
bombs, fakes, polyglots); nothing here needs the database.
"""

import io
import re
import struct
import time
import warnings

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image, ImageFile
from PIL.JpegImagePlugin import JpegImageFile

from collecte import photos
from collecte.photos import PhotoNettoyee, PhotoRefusee, nettoyer_photo

from . import photos_fixtures as fx

# No database in these tests: the PostgreSQL pass of the CI need not run them again.
pytestmark = pytest.mark.sans_base

# Markers a clean JPEG may contain: SOI is implicit; APP0 (JFIF) and the image itself.
SEGMENTS_AUTORISES = {0xE0, 0xDB, 0xC0, 0xC2, 0xC4, 0xDD, 0xDA}


def message(exc: pytest.ExceptionInfo) -> str:
    """The refusal message with its non-breaking spaces made plain, for readable asserts."""
    return str(exc.value).replace("\u00a0", " ")


def ouvrir(donnees: bytes) -> Image.Image:
    img = Image.open(io.BytesIO(donnees))
    img.load()
    return img


def assert_jpeg_sans_metadonnees(donnees: bytes) -> None:
    """Only JFIF + image segments; no EXIF, XMP, IPTC, ICC, comment; nothing after EOI."""
    marqueurs = {marqueur for marqueur, _ in fx.segments_jpeg(donnees)}
    assert marqueurs <= SEGMENTS_AUTORISES, sorted(hex(m) for m in marqueurs - SEGMENTS_AUTORISES)
    assert donnees.endswith(b"\xff\xd9")
    for interdit in (b"Exif", b"GPS", b"http://ns.adobe.com/xap", b"Photoshop", b"ICC_PROFILE"):
        assert interdit not in donnees, interdit
    for secret in fx.SECRETS:
        assert secret not in donnees, secret
    img = ouvrir(donnees)
    assert img.format == "JPEG"
    assert not img.getexif()
    for cle in ("exif", "xmp", "comment", "icc_profile", "photoshop", "mp"):
        assert cle not in img.info, cle


def assert_png_sans_metadonnees(donnees: bytes) -> None:
    assert set(fx.chunks_png(donnees)) <= {b"IHDR", b"IDAT", b"IEND"}
    for secret in fx.SECRETS:
        assert secret not in donnees, secret
    assert not ouvrir(donnees).getexif()


def assert_pixel_proche(img: Image.Image, xy: tuple[int, int], attendu: tuple) -> None:
    pixel = img.getpixel(xy)
    assert all(abs(a - b) <= 40 for a, b in zip(pixel, attendu, strict=False)), (xy, pixel)


# --- phone photos: metadata gone, pixels right ----------------------------------------------


def test_jpeg_avec_gps_exif_xmp_iptc_et_commentaire_est_nettoye():
    entree = fx.jpeg((64, 48))
    assert b"Exif" in entree and b"GPS" in entree and fx.XMP_NS in entree
    assert fx.COMMENTAIRE in entree and fx.IPTC_TEXTE in entree
    assert Image.open(io.BytesIO(entree)).getexif().get_ifd(0x8825)[2] == fx.LATITUDE

    photo = nettoyer_photo(io.BytesIO(entree), "IMG_1234.JPG")

    assert isinstance(photo, PhotoNettoyee)
    assert (photo.extension, photo.largeur, photo.hauteur) == ("jpg", 64, 48)
    assert (photo.nom_original, photo.taille_originale) == ("IMG_1234.JPG", len(entree))
    assert photo.type_mime == "image/jpeg"
    assert_jpeg_sans_metadonnees(photo.contenu)
    img = ouvrir(photo.contenu)
    assert img.size == (64, 48)
    assert_pixel_proche(img, (5, 24), fx.ROUGE)
    assert_pixel_proche(img, (58, 24), fx.BLEU)


def test_orientation_exif_6_est_appliquee_aux_pixels():
    """Orientation 6: the stored picture must be turned 90° clockwise to be seen upright."""
    photo = nettoyer_photo(io.BytesIO(fx.jpeg((64, 48), orientation=6)), "portrait.jpg")

    assert (photo.largeur, photo.hauteur) == (48, 64)
    img = ouvrir(photo.contenu)
    assert img.size == (48, 64)
    assert_pixel_proche(img, (24, 5), fx.ROUGE)  # the left half is now on top
    assert_pixel_proche(img, (24, 58), fx.BLEU)
    assert_jpeg_sans_metadonnees(photo.contenu)  # no Orientation tag left to rotate it again


def test_heic_avec_gps_devient_un_jpeg_sans_metadonnees():
    entree = fx.heic((64, 48))
    fx.enregistrer_heif()
    origine = Image.open(io.BytesIO(entree))
    assert origine.format == "HEIF"
    assert origine.getexif().get_ifd(0x8825)[2] == fx.LATITUDE
    assert fx.MODELE.encode() in entree and fx.XMP_NS in entree

    photo = nettoyer_photo(SimpleUploadedFile("IMG_1234.HEIC", entree, "image/heic"))

    assert (photo.extension, photo.largeur, photo.hauteur) == ("jpg", 64, 48)
    assert photo.nom_original == "IMG_1234.HEIC"
    assert_jpeg_sans_metadonnees(photo.contenu)
    assert_pixel_proche(ouvrir(photo.contenu), (5, 24), fx.ROUGE)


def test_heic_orientation_appliquee_une_seule_fois():
    """libheif already applies the HEIF rotation; the EXIF tag must not rotate it twice."""
    photo = nettoyer_photo(fx.heic((64, 32), orientation=6), "tourne.heic")

    assert (photo.largeur, photo.hauteur) == (32, 64)
    img = ouvrir(photo.contenu)
    assert_pixel_proche(img, (16, 5), fx.ROUGE)
    assert_pixel_proche(img, (16, 58), fx.BLEU)


def test_png_avec_textes_exif_et_xmp_est_nettoye():
    entree = fx.png((64, 48))
    assert {b"tEXt", b"zTXt", b"iTXt", b"eXIf"} <= set(fx.chunks_png(entree))

    photo = nettoyer_photo(entree, "capture.png")

    # an opaque PNG is a photo: stored as JPEG
    assert (photo.extension, photo.largeur, photo.hauteur) == ("jpg", 64, 48)
    assert_jpeg_sans_metadonnees(photo.contenu)


def test_png_transparent_reste_un_png_sans_metadonnees_et_garde_sa_transparence():
    entree = fx.png_transparent((64, 48))
    assert {b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"iCCP"} <= set(fx.chunks_png(entree))

    photo = nettoyer_photo(entree, "logo.png")

    assert (photo.extension, photo.type_mime) == ("png", "image/png")
    assert_png_sans_metadonnees(photo.contenu)
    img = ouvrir(photo.contenu)
    assert img.mode == "RGBA"
    assert img.getpixel((5, 24))[3] == 0
    assert img.getpixel((58, 24)) == (*fx.BLEU, 255)


def test_png_rgba_entierement_opaque_devient_un_jpeg():
    photo = nettoyer_photo(fx.png(mode="RGBA"), "opaque.png")
    assert photo.extension == "jpg"
    assert ouvrir(photo.contenu).mode == "RGB"


def test_webp_avec_exif_et_xmp_est_nettoye():
    entree = fx.webp((64, 48))
    assert b"EXIF" in entree and fx.XMP_NS in entree

    photo = nettoyer_photo(entree, "photo.webp")

    assert (photo.extension, photo.largeur, photo.hauteur) == ("jpg", 64, 48)
    assert_jpeg_sans_metadonnees(photo.contenu)


def test_mpo_de_telephone_ne_garde_que_la_premiere_image():
    entree = fx.mpo()
    assert Image.open(io.BytesIO(entree)).n_frames == 2

    photo = nettoyer_photo(entree, "portrait.jpg")

    assert_jpeg_sans_metadonnees(photo.contenu)  # no MPF (APP2) index, no second picture
    assert photo.contenu.count(b"\xff\xd8") == 1
    assert_pixel_proche(ouvrir(photo.contenu), (5, 24), fx.ROUGE)


def test_jpeg_cmjn_est_converti_en_rvb():
    entree = fx.jpeg(img=fx.image_deux_couleurs((64, 48), "CMYK"), metadonnees=False)
    assert Image.open(io.BytesIO(entree)).mode == "CMYK"

    img = ouvrir(nettoyer_photo(entree, "imprimerie.jpg").contenu)

    assert img.mode == "RGB"
    assert_pixel_proche(img, (5, 24), fx.ROUGE)


def test_profil_icc_est_applique_puis_retire():
    entree = fx.jpeg(icc_profile=fx.profil_icc_non_srgb())
    assert b"ICC_PROFILE" in entree

    photo = nettoyer_photo(entree, "p3.jpg")

    assert_jpeg_sans_metadonnees(photo.contenu)
    assert_pixel_proche(ouvrir(photo.contenu), (5, 24), fx.ROUGE)


def test_png_16_bits_en_niveaux_de_gris_est_ramene_a_8_bits():
    entree = fx.png(img=Image.new("I;16", (16, 16), 40_000))
    assert Image.open(io.BytesIO(entree)).mode == "I;16"

    img = ouvrir(nettoyer_photo(entree, "gris.png").contenu)

    assert img.mode == "L"
    assert abs(img.getpixel((8, 8)) - 40_000 // 257) <= 2


def test_png_a_palette_devient_rvb():
    img = fx.image_deux_couleurs((64, 48)).convert("P")
    photo = nettoyer_photo(fx.png(img=img), "palette.png")
    assert photo.extension == "jpg"
    assert_pixel_proche(ouvrir(photo.contenu), (58, 24), fx.BLEU)


def test_fichiers_de_donnees_portent_du_gps_et_sont_nettoyes():
    fx.enregistrer_heif()
    for nom, taille in (("photo_gps.jpg", (480, 640)), ("photo_gps.heic", (640, 480))):
        chemin = fx.DOSSIER_DONNEES / nom
        assert chemin.stat().st_size < 200_000
        assert Image.open(chemin).getexif().get_ifd(0x8825)[2] == fx.LATITUDE
        with chemin.open("rb") as fichier:
            photo = nettoyer_photo(fichier)
            assert not fichier.closed  # the caller's file is left open
        assert photo.nom_original == nom
        assert (photo.largeur, photo.hauteur) == taille
        assert_jpeg_sans_metadonnees(photo.contenu)


# --- size of the output --------------------------------------------------------------------


def test_reduit_le_grand_cote_a_cote_max():
    entree = fx.jpeg((400, 100), metadonnees=False)
    with override_settings(RECITS_PHOTO_COTE_MAX=200):
        photo = nettoyer_photo(entree, "panorama.jpg")
    assert (photo.largeur, photo.hauteur) == (200, 50)
    assert ouvrir(photo.contenu).size == (200, 50)


def test_grand_jpeg_decode_a_echelle_reduite(monkeypatch):
    """draft(): libjpeg decodes a large JPEG at 1/2, 1/4 or 1/8 scale, then we resize."""
    appels = []
    draft = JpegImageFile.draft

    def espion(self, mode, size):
        resultat = draft(self, mode, size)
        appels.append((size, self.size))
        return resultat

    monkeypatch.setattr(JpegImageFile, "draft", espion)
    photo = nettoyer_photo(fx.jpeg((1600, 1200), orientation=6), "grand.jpg", cote_max=300)

    assert appels == [((300, 225), (400, 300))]  # decoded at 1/4 scale
    assert (photo.largeur, photo.hauteur) == (225, 300)  # then oriented


def test_petite_photo_n_est_pas_agrandie():
    photo = nettoyer_photo(fx.jpeg((64, 48)), "petite.jpg")
    assert (photo.largeur, photo.hauteur) == (64, 48)


# --- refused: not a photo, not an accepted format, damaged ----------------------------------


def test_fichier_php_nomme_jpg_est_refuse_en_nommant_le_fichier():
    with pytest.raises(PhotoRefusee) as refus:
        nettoyer_photo(SimpleUploadedFile("photo.jpg", fx.PHP, "image/jpeg"))

    assert isinstance(refus.value, ValueError)
    assert refus.value.motif == "illisible"
    assert refus.value.nom == "photo.jpg"
    assert message(refus) == (
        "« photo.jpg » n'est pas une photo lisible. Envoyez une photo JPEG, PNG, WebP ou HEIC."
    )


def test_jpeg_tronque_est_refuse():
    entree = fx.jpeg_tronque()
    assert entree[:3] == b"\xff\xd8\xff"
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False  # Pillow's default, never changed here

    with pytest.raises(PhotoRefusee) as refus:
        nettoyer_photo(entree, "x.jpg")

    assert refus.value.motif == "abimee"
    assert message(refus).startswith("« x.jpg » semble abîmée ou incomplète")


def test_heic_abime_est_refuse_en_nommant_le_fichier():
    with pytest.raises(PhotoRefusee) as refus:
        nettoyer_photo(fx.HEIC_ABIME, "IMG_1234.HEIC")
    assert message(refus).startswith("« IMG_1234.HEIC » n'est pas une photo lisible.")


@pytest.mark.parametrize("nom", ["plan.svg", "plan.png"])
def test_svg_avec_script_est_refuse_quel_que_soit_son_nom(nom):
    with pytest.raises(PhotoRefusee) as refus:
        nettoyer_photo(fx.SVG, nom)
    assert refus.value.motif == "format"
    assert message(refus) == (
        f"« {nom} » : ce format n'est pas accepté. Envoyez une photo JPEG, PNG, WebP ou HEIC."
    )


def test_gif_est_refuse():
    """GIF is not a phone photo format: refused (no extra decoder, no lost animation)."""
    entree = fx.gif()
    assert Image.open(io.BytesIO(entree)).format == "GIF"
    with pytest.raises(PhotoRefusee) as refus:
        nettoyer_photo(entree, "anim.gif")
    assert refus.value.motif == "format"


@pytest.mark.parametrize(
    ("donnees", "nom", "motif"),
    [
        (fx.PDF, "plan.pdf", "format"),
        (fx.AVIF, "photo.avif", "format"),
        (fx.MP4, "video.jpg", "format"),
        (fx.HTML, "page.jpg", "illisible"),
        (fx.ZIP, "archive.jpg", "illisible"),
        (b"", "vide.jpg", "illisible"),
        (b"\xff\xd8\xff", "debut.jpg", "illisible"),
    ],
    ids=["pdf", "avif", "video-mp4", "html", "zip", "vide", "debut-de-jpeg"],
)
def test_autres_fichiers_refuses(donnees, nom, motif):
    with pytest.raises(PhotoRefusee) as refus:
        nettoyer_photo(donnees, nom)
    assert refus.value.motif == motif
    assert f"« {nom} »" in message(refus)


def test_polyglotte_est_acceptee_mais_sa_charge_disparait():
    entree = fx.polyglotte()
    assert fx.SCRIPT in entree and entree.endswith(fx.PHP)

    photo = nettoyer_photo(entree, "polyglotte.jpg")

    assert (photo.largeur, photo.hauteur) == (64, 48)
    for charge in (fx.PHP, b"<?php", b"system(", fx.SCRIPT, b"<script"):
        assert charge not in photo.contenu
    assert_jpeg_sans_metadonnees(photo.contenu)


# --- bombs and limits -----------------------------------------------------------------------


def _memoire_crete_remise_a_zero() -> bool:
    """Reset the process's peak resident memory (Linux); False where it cannot be done."""
    try:
        with open("/proc/self/clear_refs", "w") as fichier:
            fichier.write("5")
        return True
    except OSError:
        return False


def _memoire(cle: str) -> int:
    with open("/proc/self/status") as fichier:
        for ligne in fichier:
            if ligne.startswith(cle):
                return int(ligne.split()[1]) * 1024
    raise LookupError(cle)


@pytest.fixture(scope="module")
def bombe_png():
    return fx.png_bombe(20_000, 20_000)


def test_bombe_png_20000_est_refusee_avant_tout_decodage(bombe_png, monkeypatch):
    assert len(bombe_png) < 100_000
    assert struct.unpack(">II", bombe_png[16:24]) == (20_000, 20_000)  # IHDR

    def decodage_interdit(self, *args, **kwargs):
        raise AssertionError("les pixels ne doivent pas être décodés")

    monkeypatch.setattr(ImageFile.ImageFile, "load", decodage_interdit)
    mesure = _memoire_crete_remise_a_zero()
    avant = _memoire("VmRSS:") if mesure else 0
    debut = time.perf_counter()

    with pytest.raises(PhotoRefusee) as refus:
        nettoyer_photo(bombe_png, "y.png")

    assert time.perf_counter() - debut < 1
    if mesure:  # decoding would have taken 400 MB
        assert _memoire("VmHWM:") - avant < 20 * 1024 * 1024
    assert refus.value.motif == "pixels"
    assert message(refus) == "« y.png » a trop de pixels (20 000 × 20 000) : 40 mégapixels au plus."


def test_bombe_refusee_aussi_par_pillow_au_dela_de_sa_propre_limite(bombe_png):
    """Even with our limit raised, Pillow's DecompressionBombError becomes a clear refusal."""
    with pytest.raises(PhotoRefusee) as refus:
        nettoyer_photo(bombe_png, "y.png", pixels_max=10**9)
    assert refus.value.motif == "pixels"
    assert "(20 000 × 20 000)" in message(refus)
    assert Image.MAX_IMAGE_PIXELS == 1024 * 1024 * 1024 // 4 // 3  # left as it was


def test_image_entre_les_deux_seuils_de_pillow_est_refusee():
    """Pillow only warns between MAX_IMAGE_PIXELS and twice that: we refuse anyway."""
    entree = fx.png_bombe(10_000, 10_000)  # 100 Mpx: Pillow warns, does not raise
    with (
        pytest.warns(Image.DecompressionBombWarning),
        pytest.raises(PhotoRefusee) as refus,
    ):
        nettoyer_photo(entree, "z.png", pixels_max=10**9)
    assert refus.value.motif == "pixels"
    assert "(10 000 × 10 000)" in message(refus)


@override_settings(RECITS_PHOTO_PIXELS_MAX=2_000)
def test_limite_de_pixels_lue_dans_les_reglages():
    with pytest.raises(PhotoRefusee) as refus:
        nettoyer_photo(fx.jpeg((64, 48)), "p.jpg")  # 3 072 pixels
    assert message(refus) == "« p.jpg » a trop de pixels (64 × 48) : 0,002 mégapixels au plus."
    assert nettoyer_photo(fx.jpeg((40, 40)), "ok.jpg").largeur == 40


def test_fichier_de_plus_de_15_mo_refuse_avant_decodage(monkeypatch):
    def ouverture_interdite(*args, **kwargs):
        raise AssertionError("le fichier ne doit pas être ouvert par Pillow")

    monkeypatch.setattr(Image, "open", ouverture_interdite)
    trop_gros = b"\xff\xd8\xff\xe0" + b"\x00" * (15 * 1024 * 1024 + 200 * 1024)

    with pytest.raises(PhotoRefusee) as refus:
        nettoyer_photo(SimpleUploadedFile("vacances.png", trop_gros, "image/png"))

    assert refus.value.motif == "taille"
    assert message(refus) == "« vacances.png » est trop grande : 15 Mo au plus (elle fait 15,2 Mo)."


@override_settings(RECITS_PHOTO_TAILLE_MAX=1024)
def test_limite_de_taille_lue_dans_les_reglages_et_en_parametre():
    entree = fx.jpeg((64, 48))
    assert len(entree) > 1024
    with pytest.raises(PhotoRefusee) as refus:
        nettoyer_photo(io.BytesIO(entree), "a.jpg")
    assert message(refus).startswith("« a.jpg » est trop grande : 1 Ko au plus (elle fait 1,")
    assert nettoyer_photo(io.BytesIO(entree), "a.jpg", taille_max=len(entree)).largeur == 64


class FluxNonPositionnable(io.RawIOBase):
    """A stream that can only be read (a socket, a pipe)."""

    def __init__(self, donnees: bytes):
        self._flux = io.BytesIO(donnees)

    def readable(self) -> bool:
        return True

    def readinto(self, tampon) -> int:
        return self._flux.readinto(tampon)


def test_flux_non_positionnable_lu_dans_la_limite():
    entree = fx.jpeg((64, 48))
    assert nettoyer_photo(FluxNonPositionnable(entree), "flux.jpg").largeur == 64
    with pytest.raises(PhotoRefusee) as refus:
        nettoyer_photo(FluxNonPositionnable(entree), "flux.jpg", taille_max=100)
    assert refus.value.motif == "taille"
    assert "au plus" in message(refus)


# --- names ----------------------------------------------------------------------------------


def test_nom_de_stockage_aleatoire_sans_le_nom_d_origine():
    entree = fx.jpeg((64, 48))
    premiere = nettoyer_photo(entree, "Vacances chez Mamie Dupont.jpg")
    seconde = nettoyer_photo(entree, "Vacances chez Mamie Dupont.jpg")

    noms = {premiere.fichier().name, premiere.fichier().name, seconde.fichier().name}
    assert len(noms) == 3
    for nom in noms:
        assert re.fullmatch(r"[0-9a-f]{32}\.jpg", nom)
    assert b"Dupont" not in premiere.contenu
    fichier = premiere.fichier()
    assert fichier.read() == premiere.contenu
    assert fichier.size == len(premiere.contenu)


def test_nom_affiche_sans_chemin_ni_caracteres_de_controle():
    with pytest.raises(PhotoRefusee) as refus:
        nettoyer_photo(fx.PHP, "C:\\Users\\moi\\Photos/\x00e\u0301té\n.jpg")
    assert refus.value.nom == "été .jpg"
    long = "a" * 300 + ".heic"
    with pytest.raises(PhotoRefusee) as refus:
        nettoyer_photo(fx.PHP, long)
    assert len(refus.value.nom) <= 80 and refus.value.nom.endswith("….heic")
    with pytest.raises(PhotoRefusee) as refus:
        nettoyer_photo(fx.PHP)
    assert refus.value.nom == "photo"


def test_reglages_par_defaut():
    assert photos.TAILLE_MAX_DEFAUT == 15 * 1024 * 1024
    assert photos.PIXELS_MAX_DEFAUT == 40_000_000
    assert photos.COTE_MAX_DEFAUT == 3000
    assert photos.FORMATS_ACCEPTES == ("JPEG", "PNG", "WEBP", "HEIF")


def test_aucun_avertissement_pour_une_photo_ordinaire():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        nettoyer_photo(fx.heic((64, 48)), "ok.heic")
        nettoyer_photo(fx.jpeg((64, 48), orientation=3), "ok.jpg")
