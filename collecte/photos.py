"""Photos sent by contributors: checked, decoded and re-encoded from their pixels alone.

A photo from a phone carries far more than the picture: GPS coordinates, the phone's make and
serial numbers, the date, sometimes a face-recognition tag, in EXIF, XMP and IPTC blocks; a
file may also not be a photo at all (a PHP script named ``photo.jpg``, an SVG with a
``<script>``), be a decompression bomb, or a valid JPEG with a payload hidden in a comment or
appended after the image (a polyglot). :func:`nettoyer_photo` deals with all of it in one
place, before anything is stored:

1. **Size** — the byte size is checked before any decoding (``RECITS_PHOTO_TAILLE_MAX``,
   15 Mo by default).
2. **Type by content** — the file is opened with Pillow restricted to JPEG, PNG, WebP and
   HEIF/HEIC (pillow-heif); the name and the announced MIME type are never trusted. GIF, SVG,
   PDF, TIFF, AVIF, videos… are refused with a message saying which formats are accepted:
   GIF is refused on purpose (phones do not take GIF photos, an animation would be lost, and
   every extra decoder is extra attack surface).
3. **Pixels** — the width and height come from the header, right after ``Image.open`` and
   before any pixel is decoded, and are checked against ``RECITS_PHOTO_PIXELS_MAX``
   (40 mégapixels by default, never more than Pillow's own ``Image.MAX_IMAGE_PIXELS``): a
   20 000 × 20 000 PNG bomb of 50 KB is refused without allocating its pixels. Pillow's
   ``DecompressionBombError`` (raised inside ``Image.open`` beyond twice its limit) becomes
   the same refusal. Its ``DecompressionBombWarning`` (between once and twice its limit) is
   in effect an error too: Pillow may still log it, but such an image is above our limit
   and refused before decoding. We deliberately neither change ``Image.MAX_IMAGE_PIXELS``
   nor use ``warnings.catch_warnings()``: both are process-wide state, which under a
   threaded server would leak into other requests.
4. **Damage** — the image is fully decoded (``load()``); a truncated or corrupt file is
   refused. This relies on Pillow's default ``ImageFile.LOAD_TRUNCATED_IMAGES = False``,
   which the project never changes (a test guards it; WeasyPrint flips it on import, and
   rapports/exports/pdf.py puts it back): it is a process-wide switch, so it is not
   flipped here either.
5. **Re-encoding** — the EXIF orientation is applied to the pixels (HEIF orientation is
   already applied by libheif, and pillow-heif resets the EXIF tag), the colours are
   converted to sRGB when the photo carries another ICC profile (iPhones use Display P3) and
   the profile is then dropped, the picture is scaled down so that its long side is at most
   ``RECITS_PHOTO_COTE_MAX`` (3000 px by default: enough for any web page or printed report,
   and it bounds the storage and the memory that renditions need later), and the pixels are
   copied into a brand new image that is encoded from scratch: JPEG (quality 85, optimised
   Huffman tables, baseline) for photos, PNG when some pixels really are transparent. Nothing
   of the original file is copied — not ``img.info`` (Pillow's JPEG encoder would otherwise
   carry the comment over, and its PNG encoder the ICC profile), not the EXIF (GPS), XMP,
   IPTC, ICC, comments, thumbnails, depth maps, the extra pictures of an MPO, nor anything
   appended after the image — so the output holds freshly encoded pixels only. The output
   is never WebP today (``extension`` is ``"jpg"`` or ``"png"``).

Memory and time: for a JPEG much larger than the target, ``draft()`` lets libjpeg decode at
1/2, 1/4 or 1/8 scale directly; every intermediate image is closed as soon as the next one
exists. Measured on a shared 2-core AMD EPYC (load ≈ 7) for a 12-megapixel photo
(4032 × 3024): about 107 MB of extra peak resident memory for a JPEG and 113 MB for a HEIC
(the decoded picture, 4 bytes a pixel, plus Pillow's two-pass resize to 3000 × 2250), and
0.45 to 0.6 s of CPU for a JPEG, 0.75 to 2 s for a HEIC (libheif's decoding, which grows
with the file's bitrate). The worst case the limits allow (a 40-megapixel PNG with
transparency) needs about 4 bytes a pixel for the decoded picture.

Every refusal is a :class:`PhotoRefusee` whose message, in French, names the file and tells
the contributor what to do. The messages are plain text (escape them when rendering HTML, as
Django templates do) and use non-breaking spaces (U+00A0) inside « » and before « : ».
"""

import io
import logging
import math
import os
import secrets
import threading
import unicodedata
from dataclasses import dataclass
from typing import IO

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from PIL import Image, ImageCms, ImageFile, UnidentifiedImageError

logger = logging.getLogger(__name__)

TAILLE_MAX_DEFAUT = 15 * 1024 * 1024
PIXELS_MAX_DEFAUT = 40_000_000
COTE_MAX_DEFAUT = 3000
QUALITE_JPEG = 85
#: Baseline, not progressive: the stored file is the source of Wagtail's renditions, never
#: served as is, and progressive encoding (then decoding, for each rendition) costs about
#: 2.5 times the CPU of an optimised baseline JPEG for a 2 % smaller file.
JPEG_PROGRESSIF = False
#: Bicubic (Pillow's ``thumbnail`` default) rather than Lanczos: for the usual reduction of a
#: phone photo (4032 → 3000 px) the difference cannot be seen, and it is about 20 % faster.
REECHANTILLONNAGE = Image.Resampling.BICUBIC

#: Pillow format names tried, and only these ("HEIF" is registered by pillow-heif).
FORMATS_ACCEPTES = ("JPEG", "PNG", "WEBP", "HEIF")
FORMATS_LISIBLES = "JPEG, PNG, WebP ou HEIC"

_NBSP = "\u00a0"
_LONGUEUR_NOM_MAX = 80


class PhotoRefusee(ValueError):
    """A photo we will not store, with a French message for the contributor naming the file.

    ``motif`` says why, for code and tests: ``"taille"``, ``"format"``, ``"illisible"``,
    ``"pixels"`` or ``"abimee"``; ``nom`` is the file name as shown in the message.
    """

    def __init__(self, message: str, *, nom: str, motif: str):
        super().__init__(message)
        self.message = message
        self.nom = nom
        self.motif = motif

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class PhotoNettoyee:
    """A cleaned photo: freshly encoded pixels, no metadata, ready to be stored."""

    contenu: bytes
    extension: str  # "jpg" or "png"
    largeur: int
    hauteur: int
    nom_original: str
    taille_originale: int

    @property
    def type_mime(self) -> str:
        return {"jpg": "image/jpeg", "png": "image/png", "webp": "image/webp"}[self.extension]

    def fichier(self) -> ContentFile:
        """The content as a Django file under a random name (nothing of the original name)."""
        return ContentFile(self.contenu, name=f"{secrets.token_hex(16)}.{self.extension}")


def nettoyer_photo(
    fichier: UploadedFile | IO[bytes] | bytes,
    nom: str | None = None,
    *,
    taille_max: int | None = None,
    pixels_max: int | None = None,
    cote_max: int | None = None,
) -> PhotoNettoyee:
    """Check and re-encode one photo; raise :class:`PhotoRefusee` if it cannot be accepted.

    ``fichier`` is a Django ``UploadedFile``, any binary file object (seekable or not) or
    ``bytes``; it is read from its start and never closed. ``nom`` is the name shown in
    messages (default: the file's own name). The limits default to the settings
    ``RECITS_PHOTO_TAILLE_MAX`` (bytes), ``RECITS_PHOTO_PIXELS_MAX`` (width × height) and
    ``RECITS_PHOTO_COTE_MAX`` (long side of the output, in pixels), read at each call.
    """
    nom_affiche = _nom_affichable(nom if nom is not None else getattr(fichier, "name", None))
    taille_max = _reglage("RECITS_PHOTO_TAILLE_MAX", taille_max, TAILLE_MAX_DEFAUT)
    pixels_max = _reglage("RECITS_PHOTO_PIXELS_MAX", pixels_max, PIXELS_MAX_DEFAUT)
    cote_max = _reglage("RECITS_PHOTO_COTE_MAX", cote_max, COTE_MAX_DEFAUT)
    if Image.MAX_IMAGE_PIXELS:
        pixels_max = min(pixels_max, Image.MAX_IMAGE_PIXELS)

    flux, taille = _flux_borne(fichier, taille_max, nom_affiche)
    if taille == 0:
        raise _illisible(nom_affiche)

    _enregistrer_heif()
    img = _ouvrir(flux, nom_affiche, pixels_max)
    try:
        largeur, hauteur = img.size
        if largeur <= 0 or hauteur <= 0:
            raise _illisible(nom_affiche)
        if largeur * hauteur > pixels_max:
            raise _trop_de_pixels(nom_affiche, largeur, hauteur, pixels_max)
        propre = _decoder_et_preparer(img, nom_affiche, cote_max)
    finally:
        img.close()

    largeur, hauteur = propre.size
    try:
        contenu, extension = _encoder(propre)
    finally:
        propre.close()
    return PhotoNettoyee(
        contenu=contenu,
        extension=extension,
        largeur=largeur,
        hauteur=hauteur,
        nom_original=nom_affiche,
        taille_originale=taille,
    )


# --- settings and names ---------------------------------------------------------------------


def _reglage(nom: str, valeur: int | None, defaut: int) -> int:
    if valeur is not None:
        return int(valeur)
    if settings.configured:
        return int(getattr(settings, nom, defaut))
    return defaut


def _nom_affichable(nom: object) -> str:
    """The file's base name, without control characters, short enough for a message."""
    if not isinstance(nom, str):
        return "photo"
    nom = nom.replace("\\", "/").rsplit("/", 1)[-1]
    nom = unicodedata.normalize("NFC", nom)
    nom = "".join(c if unicodedata.category(c)[0] != "C" else " " for c in nom)
    nom = " ".join(nom.split())
    if len(nom) > _LONGUEUR_NOM_MAX:
        racine, ext = os.path.splitext(nom)
        ext = ext if len(ext) <= 10 else ""
        nom = racine[: _LONGUEUR_NOM_MAX - len(ext) - 1] + "…" + ext
    return nom or "photo"


# --- messages -------------------------------------------------------------------------------


def _cite(nom: str) -> str:
    return f"«{_NBSP}{nom}{_NBSP}»"


def _nombre(valeur: float, decimales: int = 0) -> str:
    """French number: non-breaking space between thousands, comma before decimals."""
    texte = f"{valeur:,.{decimales}f}".replace(",", _NBSP).replace(".", ",")
    if decimales and "," in texte:
        texte = texte.rstrip("0").rstrip(",")
    return texte


def taille_lisible(octets: int, *, arrondi_superieur: bool = False) -> str:
    """1 Mo = 1024 × 1024 octets; a size over the limit is rounded up so it never reads equal."""
    for unite, facteur in (("Mo", 1024 * 1024), ("Ko", 1024)):
        if octets >= facteur:
            valeur = octets / facteur
            arrondi = (
                math.ceil(valeur * 10) / 10 if arrondi_superieur else math.floor(valeur * 10) / 10
            )
            return f"{_nombre(arrondi, 1)}{_NBSP}{unite}"
    return f"{_nombre(octets)}{_NBSP}octets"


def _trop_grande(nom: str, taille: int | None, taille_max: int) -> PhotoRefusee:
    fait = f" (elle fait {taille_lisible(taille, arrondi_superieur=True)})" if taille else ""
    return PhotoRefusee(
        f"{_cite(nom)} est trop grande{_NBSP}: {taille_lisible(taille_max)} au plus{fait}.",
        nom=nom,
        motif="taille",
    )


def _illisible(nom: str) -> PhotoRefusee:
    return PhotoRefusee(
        f"{_cite(nom)} n'est pas une photo lisible. Envoyez une photo {FORMATS_LISIBLES}.",
        nom=nom,
        motif="illisible",
    )


def _format_refuse(nom: str) -> PhotoRefusee:
    return PhotoRefusee(
        f"{_cite(nom)}{_NBSP}: ce format n'est pas accepté. Envoyez une photo {FORMATS_LISIBLES}.",
        nom=nom,
        motif="format",
    )


def _abimee(nom: str) -> PhotoRefusee:
    return PhotoRefusee(
        f"{_cite(nom)} semble abîmée ou incomplète (fichier tronqué ou endommagé). "
        "Essayez de l'envoyer à nouveau, ou choisissez une autre photo.",
        nom=nom,
        motif="abimee",
    )


def _trop_de_pixels(
    nom: str, largeur: int | None, hauteur: int | None, pixels_max: int
) -> PhotoRefusee:
    dimensions = f" ({_nombre(largeur)} × {_nombre(hauteur)})" if largeur and hauteur else ""
    return PhotoRefusee(
        f"{_cite(nom)} a trop de pixels{dimensions}{_NBSP}: "
        f"{_nombre(pixels_max / 1_000_000, 3)} mégapixels au plus.",
        nom=nom,
        motif="pixels",
    )


# --- reading --------------------------------------------------------------------------------


def _flux_borne(
    fichier: UploadedFile | IO[bytes] | bytes, taille_max: int, nom: str
) -> tuple[IO[bytes], int]:
    """A seekable stream at position 0 and its size, refusing oversize files before decoding.

    The size comes from ``UploadedFile.size`` (counted by Django while receiving) or from
    seeking to the end; a stream that cannot seek is read up to ``taille_max + 1`` bytes.
    """
    if isinstance(fichier, (bytes, bytearray, memoryview)):
        donnees = bytes(fichier)
        if len(donnees) > taille_max:
            raise _trop_grande(nom, len(donnees), taille_max)
        return io.BytesIO(donnees), len(donnees)

    taille = getattr(fichier, "size", None) if isinstance(fichier, UploadedFile) else None
    if not isinstance(taille, int):
        try:
            taille = fichier.seek(0, os.SEEK_END)
            if not isinstance(taille, int):
                taille = fichier.tell()
        except (AttributeError, OSError, ValueError):
            taille = None
    if taille is not None:
        if taille > taille_max:
            raise _trop_grande(nom, taille, taille_max)
        fichier.seek(0)
        return fichier, taille

    donnees = fichier.read(taille_max + 1)
    if len(donnees) > taille_max:
        raise _trop_grande(nom, None, taille_max)
    return io.BytesIO(donnees), len(donnees)


_heif_verrou = threading.Lock()
_heif_enregistre = False


def _enregistrer_heif() -> None:
    """Register pillow-heif's opener with Pillow once per process (lazily, on first photo)."""
    global _heif_enregistre
    if _heif_enregistre:
        return
    with _heif_verrou:
        if not _heif_enregistre:
            import pillow_heif

            pillow_heif.register_heif_opener()
            _heif_enregistre = True


def _ouvrir(flux: IO[bytes], nom: str, pixels_max: int) -> ImageFile.ImageFile:
    """Identify the file by its content among the accepted formats; read the header only."""
    try:
        return Image.open(flux, formats=list(FORMATS_ACCEPTES))
    except Image.DecompressionBombError:
        largeur, hauteur = _dimensions_declarees(flux) or (None, None)
        raise _trop_de_pixels(nom, largeur, hauteur, pixels_max) from None
    except UnidentifiedImageError:
        raise (_format_refuse(nom) if _format_connu_refuse(flux) else _illisible(nom)) from None
    except Exception:  # any parser failure on untrusted bytes means "not a readable photo"
        logger.info("Photo illisible : %s", nom, exc_info=True)
        raise _illisible(nom) from None


def _dimensions_declarees(flux: IO[bytes]) -> tuple[int, int] | None:
    """Width and height from the header of an image Pillow refused as a bomb (for the message).

    Runs the same header parser ``Image.open`` runs, without its bomb check; nothing is decoded.
    """
    try:
        flux.seek(0)
        entete = flux.read(16)
        for format_ in FORMATS_ACCEPTES:
            fabrique, accepte = Image.OPEN[format_]
            if accepte is None or accepte(entete):
                flux.seek(0)
                image = fabrique(flux, "")
                try:
                    return image.size
                finally:
                    image.close()
    except Exception:  # only for the message: fall back to one without dimensions
        logger.debug("Dimensions introuvables", exc_info=True)
    return None


#: ISO base media brands of HEIF still images (as pillow-heif recognises them).
_MARQUES_HEIF = (
    b"heic",
    b"heix",
    b"heim",
    b"heis",
    b"hevc",
    b"hevx",
    b"hevm",
    b"hevs",
    b"mif1",
    b"msf1",
)


def _format_connu_refuse(flux: IO[bytes]) -> bool:
    """Whether an unidentified file is a known image or media format we do not accept.

    Recognised by signature only (no parser runs): GIF, BMP, TIFF and camera RAW, PDF, PSD,
    ICO, JPEG XL, SVG, and ISO media (AVIF, video). Anything else is "not a readable photo".
    """
    try:
        flux.seek(0)
        debut = flux.read(4096)
    except (OSError, ValueError):
        return False
    signatures = (
        b"GIF87a",
        b"GIF89a",
        b"BM",
        b"II*\x00",
        b"MM\x00*",
        b"%PDF",
        b"8BPS",
        b"\x00\x00\x01\x00",
        b"\xff\x0a",
        b"\x00\x00\x00\x0cJXL ",
    )
    if debut.startswith(signatures):
        return True
    if debut[4:8] == b"ftyp":
        # ISO media: a damaged HEIC is "unreadable"; AVIF or a video is "not accepted"
        return debut[8:12] not in _MARQUES_HEIF
    texte = debut.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return texte.startswith((b"<?xml", b"<svg", b"<!doctype svg")) and b"<svg" in texte


# --- decoding and re-encoding ---------------------------------------------------------------

_TRANSPOSITIONS = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def _taille_reduite(largeur: int, hauteur: int, cote_max: int) -> tuple[int, int]:
    echelle = cote_max / max(largeur, hauteur)
    if echelle >= 1:
        return largeur, hauteur
    return max(1, round(largeur * echelle)), max(1, round(hauteur * echelle))


def _decoder_et_preparer(img: ImageFile.ImageFile, nom: str, cote_max: int) -> Image.Image:
    """Decode fully, then return a new image: oriented, sRGB, reduced, with no ``info``."""
    cible = _taille_reduite(*img.size, cote_max)
    if img.format in ("JPEG", "MPO") and cible != img.size:
        img.draft(None, cible)  # libjpeg decodes at 1/2, 1/4 or 1/8 scale: less memory
    try:
        img.load()
    except Exception:  # truncated or corrupt data, whatever the decoder raises
        logger.info("Photo abîmée : %s", nom, exc_info=True)
        raise _abimee(nom) from None

    orientation = _orientation(img)
    profil_icc = img.info.get("icc_profile") or None
    etapes = (
        _vers_mode_simple,
        lambda im: _reduire(im, cote_max),
        lambda im: _vers_srgb(im, profil_icc),
        lambda im: _orienter(im, orientation),
        _retirer_alpha_opaque,
        _copie_vierge,
    )
    image: Image.Image = img
    try:
        for etape in etapes:
            suivante = etape(image)
            if suivante is not image:
                image.close()  # free each image (the decoded one too) once the next exists
            image = suivante
    except Exception:  # an exotic mode or profile in an untrusted file: refuse, do not crash
        logger.warning("Photo impossible à préparer : %s", nom, exc_info=True)
        raise _illisible(nom) from None
    return image


def _orientation(img: Image.Image) -> int:
    """EXIF orientation (1 to 8); a broken EXIF block is ignored, never fatal."""
    try:
        return int(img.getexif().get(0x0112, 1))
    except Exception:  # malformed EXIF: it is discarded anyway
        return 1


def _orienter(img: Image.Image, orientation: int) -> Image.Image:
    """Apply the EXIF orientation, as ``ImageOps.exif_transpose`` does, to the pixels only."""
    methode = _TRANSPOSITIONS.get(orientation)
    return img if methode is None else img.transpose(methode)


def _vers_mode_simple(img: Image.Image) -> Image.Image:
    """L, RGB or RGBA (RGBA only when the image has an alpha channel or a transparent colour)."""
    mode = img.mode
    if mode.startswith("I;16") or mode in ("I", "F"):
        return img.point(lambda v: v / 257).convert("L")  # 16 bits to 8 bits, scaled
    if mode == "1":
        return img.convert("L")
    if mode in ("L", "RGB", "P") and "transparency" in img.info:
        return img.convert("RGBA")
    if mode in ("RGBA", "LA", "La", "PA", "RGBa"):
        return img if mode == "RGBA" else img.convert("RGBA")
    if mode in ("L", "RGB", "CMYK"):
        return img  # CMYK goes to RGB with its ICC profile, in _vers_srgb
    return img.convert("RGB")


def _reduire(img: Image.Image, cote_max: int) -> Image.Image:
    cible = _taille_reduite(*img.size, cote_max)
    if cible == img.size:
        return img
    return img.resize(cible, REECHANTILLONNAGE, reducing_gap=3.0)


_srgb_verrou = threading.Lock()
_srgb: ImageCms.ImageCmsProfile | None = None


def _profil_srgb() -> ImageCms.ImageCmsProfile:
    global _srgb
    with _srgb_verrou:
        if _srgb is None:
            _srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
        return _srgb


def _vers_srgb(img: Image.Image, profil_icc: bytes | None) -> Image.Image:
    """Convert to sRGB with the embedded ICC profile if there is one; the profile is dropped.

    The web assumes sRGB, so a Display P3 photo shown without its profile looks washed out;
    converting keeps its colours right without keeping any of the original file's metadata.
    A profile that cannot be used is ignored (plain conversion).
    """
    if profil_icc and img.mode in ("RGB", "RGBA", "CMYK"):
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(profil_icc))
            if img.mode != "CMYK" and "srgb" in ImageCms.getProfileDescription(source).lower():
                return img
            mode_sortie = "RGBA" if img.mode == "RGBA" else "RGB"
            return ImageCms.profileToProfile(img, source, _profil_srgb(), outputMode=mode_sortie)
        except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
            logger.info("Profil ICC inutilisable, ignoré", exc_info=True)
    return img.convert("RGB") if img.mode == "CMYK" else img


def _retirer_alpha_opaque(img: Image.Image) -> Image.Image:
    """An RGBA picture whose pixels are all opaque is a photo: RGB, so it becomes a JPEG."""
    if img.mode == "RGBA" and img.getchannel("A").getextrema()[0] == 255:
        return img.convert("RGB")
    return img


def _copie_vierge(img: Image.Image) -> Image.Image:
    """The pixels alone in a new image: no ``info`` (EXIF, XMP, ICC, comment…) can follow."""
    vierge = Image.new(img.mode, img.size)
    vierge.paste(img, (0, 0))
    return vierge


def _encoder(img: Image.Image) -> tuple[bytes, str]:
    """Encode from pixels, passing no metadata at all to the encoder."""
    sortie = io.BytesIO()
    if img.mode == "RGBA":
        img.save(sortie, format="PNG", compress_level=6)
        return sortie.getvalue(), "png"
    img.save(
        sortie, format="JPEG", quality=QUALITE_JPEG, optimize=True, progressive=JPEG_PROGRESSIF
    )
    return sortie.getvalue(), "jpg"


__all__ = [
    "COTE_MAX_DEFAUT",
    "FORMATS_ACCEPTES",
    "PIXELS_MAX_DEFAUT",
    "TAILLE_MAX_DEFAUT",
    "PhotoNettoyee",
    "PhotoRefusee",
    "nettoyer_photo",
]
