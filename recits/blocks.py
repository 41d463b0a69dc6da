"""StreamField blocks for a story's body: paragraph, testimony, image, gallery, embed."""

import html

from django.utils.html import strip_tags
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

__all__ = [
    "CorpsRecitBlock",
    "GalerieBlock",
    "ImageLegendeBlock",
    "ParagrapheBlock",
    "TemoignageBlock",
    "VideoBlock",
]


class ParagrapheBlock(blocks.RichTextBlock):
    """Running text of a story, with the few formats a contributor needs."""

    def __init__(self, **kwargs):
        super().__init__(features=["bold", "italic", "link", "ol", "ul", "h3"], **kwargs)

    class Meta:
        icon = "pilcrow"
        label = "Paragraphe"
        template = "recits/blocks/paragraphe.html"
        group = "Texte"
        description = "Un paragraphe de texte."
        preview_value = (
            "<p>Le jeudi, le café accueille le marché : on y croise des gens qui ne se "
            "parlaient plus depuis des années.</p>"
        )


class TemoignageValue(blocks.StructValue):
    """Builds the attribution line so templates stay free of logic."""

    def attribution(self) -> str:
        """Name and role joined as the reader sees them, e.g. « Josette, habitante »."""
        parties = [p for p in (self.get("nom"), self.get("role")) if p]
        return ", ".join(parties) if parties else "Anonyme"


class TemoignageBlock(blocks.StructBlock):
    """Words of an inhabitant, volunteer or project holder, attributed as they chose."""

    citation = blocks.TextBlock(label="Paroles", help_text="Les mots de la personne, tels quels.")
    nom = blocks.CharBlock(
        label="Nom affiché",
        required=False,
        max_length=80,
        help_text="Prénom ou pseudonyme choisi par la personne ; vide pour « Anonyme ».",
    )
    role = blocks.CharBlock(
        label="Rôle",
        required=False,
        max_length=80,
        help_text="Par exemple : habitante, bénévole, salarié, élue…",
    )

    class Meta:
        icon = "openquote"
        label = "Témoignage"
        template = "recits/blocks/temoignage.html"
        value_class = TemoignageValue
        group = "Texte"
        description = "Les paroles d'une personne, avec son prénom ou pseudonyme et son rôle."
        preview_value = {
            "citation": "Avant, on ne se voyait qu'aux enterrements. Maintenant on se voit au café.",
            "nom": "Josette",
            "role": "habitante",
        }


class ImageLegendeBlock(blocks.StructBlock):
    """A photo with its alt text (from ImageBlock) and a visible caption."""

    image = ImageBlock(label="Photo")
    legende = blocks.CharBlock(label="Légende", required=False, max_length=250)

    class Meta:
        icon = "image"
        label = "Photo"
        template = "recits/blocks/image.html"
        group = "Médias"
        description = "Une photo avec sa légende et un texte pour les personnes aveugles."


class GalerieBlock(blocks.StructBlock):
    """Several photos shown together, for photo reports."""

    titre = blocks.CharBlock(label="Titre de la galerie", required=False, max_length=120)
    photos = blocks.ListBlock(ImageLegendeBlock(), label="Photos", min_num=1)

    class Meta:
        icon = "doc-full-inverse"
        label = "Galerie"
        template = "recits/blocks/galerie.html"
        group = "Médias"
        description = "Plusieurs photos présentées ensemble."


class VideoBlock(EmbedBlock):
    """A video or sound hosted elsewhere (PeerTube, YouTube, Vimeo…)."""

    class Meta:
        icon = "media"
        label = "Vidéo ou son"
        template = "recits/blocks/embed.html"
        group = "Médias"
        description = "Une vidéo ou un son publié sur un autre site, par son adresse."


class CorpsRecitBlock(blocks.StreamBlock):
    """The body of a story."""

    paragraphe = ParagrapheBlock()
    temoignage = TemoignageBlock()
    image = ImageLegendeBlock()
    galerie = GalerieBlock()
    video = VideoBlock()

    class Meta:
        block_counts = {}


def texte_du_corps(corps) -> str:
    """Flatten a story body to plain text, for the search index and the spaCy helper."""
    morceaux: list[str] = []
    for bloc in corps or []:
        valeur = bloc.value
        if bloc.block_type == "paragraphe":
            source = valeur.source if hasattr(valeur, "source") else str(valeur)
            morceaux.append(html.unescape(strip_tags(source.replace("</p>", "</p>\n"))))
        elif bloc.block_type == "temoignage":
            morceaux.extend(
                [valeur.get("citation", ""), valeur.get("nom", ""), valeur.get("role", "")]
            )
        elif bloc.block_type == "image":
            morceaux.append(valeur.get("legende", ""))
        elif bloc.block_type == "galerie":
            morceaux.append(valeur.get("titre", ""))
            morceaux.extend(photo.get("legende", "") for photo in valeur.get("photos", []))
    return "\n".join(m for m in morceaux if m)
