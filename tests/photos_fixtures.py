"""Build the photos the tests need: phone photos full of metadata, bombs, fakes, polyglots.

Everything is built in memory with Pillow and pillow-heif, in a few milliseconds, so the
tests need no binary files. Two small real-looking photos are also kept in
``tests/data/photos/`` for tests that must attach a file from disk (browser tests):
``photo_gps.jpg`` and ``photo_gps.heic``, both carrying GPS coordinates, the phone's make and
model, XMP and (for the JPEG) IPTC and a comment. Rewrite them with::

    .venv/bin/python -m tests.photos_fixtures
"""

import io
import struct
import zlib
from pathlib import Path

from PIL import Image, ImageCms
from PIL.PngImagePlugin import PngInfo

DOSSIER_DONNEES = Path(__file__).parent / "data" / "photos"

# Distinctive strings planted in the metadata, searched for in the output bytes.
MARQUE = "Fabricant-Secret"
MODELE = "Telephone-Secret-42"
DATE = "2024:06:01 12:34:56"
AUTEUR = "Jeanne-Dupont-Secret"
GPS_TEXTE = b"GPS-Recits-Secret"  # in GPSProcessingMethod, so the GPS block holds b"GPS"
LATITUDE = (45.0, 30.0, 15.5)
LONGITUDE = (4.0, 12.0, 3.25)
XMP_NS = b"http://ns.adobe.com/xap/1.0/"
XMP = (
    b'<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/">'
    b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
    b' xmp:CreatorTool="Outil-XMP-Secret"/>'
    b"</rdf:RDF></x:xmpmeta>"
    b'<?xpacket end="w"?>'
)
COMMENTAIRE = b"Commentaire-Secret de l'appareil"
IPTC_TEXTE = b"Photographe-IPTC-Secret"
SCRIPT = b"<script>alert(document.cookie)</script>"
PHP = b"<?php system($_GET['c']); ?>"

#: Strings none of which may survive cleaning.
SECRETS = (
    MARQUE.encode(),
    MODELE.encode(),
    DATE.encode(),
    AUTEUR.encode(),
    GPS_TEXTE,
    b"Outil-XMP-Secret",
    XMP_NS,
    COMMENTAIRE,
    IPTC_TEXTE,
)

ROUGE = (220, 20, 20)
BLEU = (20, 20, 220)


def enregistrer_heif() -> None:
    import pillow_heif

    pillow_heif.register_heif_opener()


def image_deux_couleurs(taille: tuple[int, int] = (64, 48), mode: str = "RGB") -> Image.Image:
    """Left half red, right half blue: enough to see a rotation."""
    largeur, hauteur = taille
    img = Image.new("RGB", taille, BLEU)
    img.paste(ROUGE, (0, 0, largeur // 2, hauteur))
    return img if mode == "RGB" else img.convert(mode)


def image_bruitee(taille: tuple[int, int] = (256, 192)) -> Image.Image:
    """A picture that does not compress to nothing, so a cut file is really cut."""
    return Image.merge(
        "RGB",
        [Image.effect_noise(taille, 60).convert("L") for _ in range(3)],
    )


def exif_de_telephone(orientation: int | None = None) -> Image.Exif:
    """EXIF as a phone writes it: make, model, date, artist and a GPS block."""
    exif = Image.Exif()
    exif[0x010F] = MARQUE  # Make
    exif[0x0110] = MODELE  # Model
    exif[0x0132] = DATE  # DateTime
    exif[0x013B] = AUTEUR  # Artist
    if orientation:
        exif[0x0112] = orientation
    gps = exif.get_ifd(0x8825)  # GPSInfo
    gps[0x01] = "N"
    gps[0x02] = LATITUDE
    gps[0x03] = "E"
    gps[0x04] = LONGITUDE
    gps[0x1B] = b"ASCII\x00\x00\x00" + GPS_TEXTE  # GPSProcessingMethod
    return exif


# --- JPEG -----------------------------------------------------------------------------------


def segment_jpeg(marqueur: int, charge: bytes) -> bytes:
    return bytes([0xFF, marqueur]) + struct.pack(">H", len(charge) + 2) + charge


def inserer_segments(jpeg: bytes, *segments: bytes) -> bytes:
    """Insert raw segments right after SOI."""
    assert jpeg[:2] == b"\xff\xd8"
    return jpeg[:2] + b"".join(segments) + jpeg[2:]


def segment_iptc(texte: bytes = IPTC_TEXTE) -> bytes:
    """An APP13 "Photoshop 3.0" segment holding an IPTC By-line (2:80), as cameras write it."""
    iptc = b"\x1c\x02\x50" + struct.pack(">H", len(texte)) + texte
    ressource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iptc))
    ressource += iptc + (b"\x00" if len(iptc) % 2 else b"")
    return segment_jpeg(0xED, b"Photoshop 3.0\x00" + ressource)


def segments_jpeg(donnees: bytes) -> list[tuple[int, bytes]]:
    """The (marker, payload) segments of a JPEG from SOI up to and including SOS."""
    assert donnees[:2] == b"\xff\xd8", "pas un JPEG"
    segments, position = [], 2
    while position < len(donnees):
        assert donnees[position] == 0xFF, f"marqueur attendu en {position}"
        marqueur = donnees[position + 1]
        longueur = struct.unpack(">H", donnees[position + 2 : position + 4])[0]
        segments.append((marqueur, donnees[position + 4 : position + 2 + longueur]))
        position += 2 + longueur
        if marqueur == 0xDA:  # SOS: entropy-coded data follows
            break
    return segments


def jpeg(
    taille: tuple[int, int] = (64, 48),
    *,
    orientation: int | None = None,
    metadonnees: bool = True,
    img: Image.Image | None = None,
    **options,
) -> bytes:
    """A JPEG; with ``metadonnees``: EXIF with GPS, XMP, a comment and an IPTC block."""
    img = img if img is not None else image_deux_couleurs(taille)
    sortie = io.BytesIO()
    if metadonnees:
        options = {
            "exif": exif_de_telephone(orientation).tobytes(),
            "xmp": XMP,
            "comment": COMMENTAIRE,
            **options,
        }
    img.save(sortie, format="JPEG", quality=90, **options)
    donnees = sortie.getvalue()
    return inserer_segments(donnees, segment_iptc()) if metadonnees else donnees


def jpeg_tronque() -> bytes:
    """A real JPEG cut in half."""
    entier = jpeg(img=image_bruitee(), metadonnees=False)
    return entier[: len(entier) // 2]


def polyglotte() -> bytes:
    """A valid JPEG with a script in a COM segment and a PHP payload appended after EOI."""
    return inserer_segments(jpeg(metadonnees=False), segment_jpeg(0xFE, SCRIPT)) + PHP


def mpo() -> bytes:
    """A two-picture MPO, as Android and iOS write for portraits, with a GPS EXIF."""
    sortie = io.BytesIO()
    premiere = image_deux_couleurs((64, 48))
    seconde = Image.new("RGB", (64, 48), (0, 200, 0))
    premiere.save(
        sortie,
        format="MPO",
        save_all=True,
        append_images=[seconde],
        exif=exif_de_telephone().tobytes(),
    )
    return sortie.getvalue()


# --- HEIC, PNG, WebP ------------------------------------------------------------------------


def heic(taille: tuple[int, int] = (64, 48), *, orientation: int | None = None) -> bytes:
    """A HEIC with EXIF (GPS, make, model) and XMP, as an iPhone sends it."""
    enregistrer_heif()
    sortie = io.BytesIO()
    image_deux_couleurs(taille).save(
        sortie,
        format="HEIF",
        quality=60,
        exif=exif_de_telephone(orientation).tobytes(),
        xmp=XMP,
    )
    return sortie.getvalue()


def png(
    taille: tuple[int, int] = (64, 48),
    *,
    mode: str = "RGB",
    img: Image.Image | None = None,
    **options,
) -> bytes:
    """A PNG with tEXt, zTXt and iTXt chunks, an eXIf chunk (GPS) and XMP."""
    img = img if img is not None else image_deux_couleurs(taille, mode)
    textes = PngInfo()
    textes.add_text("Author", AUTEUR)
    textes.add_text("Comment", COMMENTAIRE.decode(), zip=True)
    textes.add_itxt("Description", MODELE, lang="fr")
    textes.add_itxt("XML:com.adobe.xmp", XMP.decode())
    sortie = io.BytesIO()
    img.save(sortie, format="PNG", pnginfo=textes, exif=exif_de_telephone(), **options)
    return sortie.getvalue()


def png_transparent(taille: tuple[int, int] = (64, 48)) -> bytes:
    """RGBA with a transparent left half, text chunks, eXIf and an ICC profile."""
    img = image_deux_couleurs(taille, "RGBA")
    img.putalpha(Image.new("L", taille, 255))
    img.paste((0, 0, 0, 0), (0, 0, taille[0] // 2, taille[1]))
    return png(img=img, icc_profile=profil_icc_non_srgb())


def chunks_png(donnees: bytes) -> list[bytes]:
    """The chunk types of a PNG, in order."""
    assert donnees[:8] == b"\x89PNG\r\n\x1a\n", "pas un PNG"
    types, position = [], 8
    while position < len(donnees):
        longueur = struct.unpack(">I", donnees[position : position + 4])[0]
        types.append(donnees[position + 4 : position + 8])
        position += 12 + longueur
    return types


def webp(taille: tuple[int, int] = (64, 48)) -> bytes:
    """A WebP with EXIF (GPS) and XMP."""
    sortie = io.BytesIO()
    image_deux_couleurs(taille).save(
        sortie, format="WEBP", quality=80, exif=exif_de_telephone().tobytes(), xmp=XMP
    )
    return sortie.getvalue()


def profil_icc_non_srgb() -> bytes:
    """An RGB ICC profile whose description does not say sRGB, to exercise the conversion."""
    profil = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    description = "sRGB".encode("utf-16-be")  # the description tag is UTF-16 (mluc)
    assert description in profil
    return profil.replace(description, "Zzzz".encode("utf-16-be"))


# --- bombs and fakes ------------------------------------------------------------------------


def _chunk_png(type_: bytes, charge: bytes) -> bytes:
    crc = zlib.crc32(type_ + charge) & 0xFFFFFFFF
    return struct.pack(">I", len(charge)) + type_ + charge + struct.pack(">I", crc)


def png_bombe(largeur: int = 20_000, hauteur: int = 20_000) -> bytes:
    """A valid 1-bit grey PNG of ``largeur × hauteur`` pixels, written by hand.

    400 megapixels of black compress to about 50 KB; decoding them would need 400 MB. Building
    it is cheap: the deflate stream is made of one compressed block of rows, full-flushed so
    that every following identical block compresses to the very same bytes, repeated.
    """
    ligne = b"\x00" * (1 + (largeur + 7) // 8)  # filter byte + packed bits
    lignes_par_bloc = min(hauteur, 500)
    blocs, reste = divmod(hauteur, lignes_par_bloc)
    bloc = ligne * lignes_par_bloc
    compresseur = zlib.compressobj(9, zlib.DEFLATED, -15)  # raw deflate, framed by hand
    premier = compresseur.compress(bloc) + compresseur.flush(zlib.Z_FULL_FLUSH)
    suivant = (
        compresseur.compress(bloc) + compresseur.flush(zlib.Z_FULL_FLUSH) if blocs > 1 else b""
    )
    fin = compresseur.compress(ligne * reste) + compresseur.flush(zlib.Z_FINISH)
    adler = 1
    for _ in range(blocs):
        adler = zlib.adler32(bloc, adler)
    adler = zlib.adler32(ligne * reste, adler)
    idat = b"\x78\xda" + premier + suivant * (blocs - 1) + fin + struct.pack(">I", adler)
    ihdr = struct.pack(">IIBBBBB", largeur, hauteur, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk_png(b"IHDR", ihdr)
        + _chunk_png(b"IDAT", idat)
        + _chunk_png(b"IEND", b"")
    )


def gif() -> bytes:
    sortie = io.BytesIO()
    image_deux_couleurs().save(sortie, format="GIF")
    return sortie.getvalue()


SVG = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<svg xmlns="http://www.w3.org/2000/svg" width="64" height="48">'
    b'<rect width="64" height="48" fill="red"/>' + SCRIPT + b"</svg>"
)
HTML = b"<!DOCTYPE html><html><body>" + SCRIPT + b"</body></html>"
PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
ZIP = b"PK\x03\x04" + b"\x00" * 26 + b"PK\x05\x06" + b"\x00" * 18
AVIF = b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1miaf" + b"\x00" * 64
MP4 = b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41" + b"\x00" * 64
HEIC_ABIME = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\xde\xad\xbe\xef" * 16


def ecrire_fichiers_de_donnees(dossier: Path = DOSSIER_DONNEES) -> list[Path]:
    """(Re)write the small on-disk photos: a 640 × 480 JPEG and HEIC full of metadata."""
    dossier.mkdir(parents=True, exist_ok=True)
    img = Image.effect_mandelbrot((640, 480), (-2, -1.2, 1, 1.2), 60).convert("RGB")
    img = Image.merge(
        "RGB", (img.getchannel(0), img.point(lambda v: 255 - v).getchannel(0), img.getchannel(0))
    )
    chemins = [dossier / "photo_gps.jpg", dossier / "photo_gps.heic"]
    chemins[0].write_bytes(jpeg(img=img, orientation=6))
    enregistrer_heif()
    sortie = io.BytesIO()
    img.save(sortie, format="HEIF", quality=60, exif=exif_de_telephone().tobytes(), xmp=XMP)
    chemins[1].write_bytes(sortie.getvalue())
    return chemins


if __name__ == "__main__":
    for chemin in ecrire_fichiers_de_donnees():
        print(chemin, chemin.stat().st_size, "octets")
