"""The report's StreamField blocks: the evidence block (bloc de preuve), text, headings, charts."""

from __future__ import annotations

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

__all__ = [
    "CitationBlock",
    "ChiffresBlock",
    "CorpsRapportBlock",
    "EvidenceBlock",
    "GraphiqueBlock",
    "PhotoPreuveBlock",
]


class ChiffresBlock(blocks.StructBlock):
    """Figures computed by the generation (editors read them; the generation writes them)."""

    recits = blocks.IntegerBlock(label="Récits qui en témoignent", min_value=0, default=0)
    lieux = blocks.IntegerBlock(label="Lieux", min_value=0, default=0)
    departements = blocks.IntegerBlock(label="Départements", min_value=0, default=0)
    lieux_perimetre = blocks.IntegerBlock(label="Lieux du périmètre", min_value=0, default=0)
    part_lieux = blocks.IntegerBlock(
        label="Part des lieux du périmètre (%)", min_value=0, max_value=100, default=0
    )
    recits_precedent = blocks.IntegerBlock(
        label="Récits sur la période précédente", min_value=0, required=False
    )

    class Meta:
        icon = "table"
        label = "Chiffres (calculés)"
        form_classname = "rapports-chiffres"


class CitationBlock(blocks.StructBlock):
    """One quote with its attribution as the contributor chose, and where it comes from."""

    texte = blocks.TextBlock(label="Citation")
    nom = blocks.CharBlock(label="Nom affiché", required=False, max_length=120)
    role = blocks.CharBlock(label="Rôle", required=False, max_length=120)
    lieu = blocks.CharBlock(label="Lieu", required=False, max_length=255)
    commune = blocks.CharBlock(label="Commune", required=False, max_length=120)
    annee = blocks.IntegerBlock(label="Année", required=False)
    lien = blocks.CharBlock(label="Adresse du récit public", required=False, max_length=255)
    recit = blocks.IntegerBlock(label="Récit (numéro)", required=False)
    codage = blocks.IntegerBlock(label="Codage (numéro)", required=False)
    contribution = blocks.IntegerBlock(label="Contribution (numéro)", required=False)
    marquee = blocks.BooleanBlock(label="Marquée comme citation par l'équipe", required=False)
    choisie = blocks.BooleanBlock(
        label="Retenue pour le rapport",
        required=False,
        default=True,
        help_text="Décochez pour écarter cette citation : la génération respectera ce choix.",
    )
    retiree = blocks.BooleanBlock(label="Retirée par la personne", required=False)

    class Meta:
        icon = "openquote"
        label = "Citation"


class PhotoPreuveBlock(blocks.StructBlock):
    """A photo whose contributor gave the image-rights answer and report consent."""

    image = ImageChooserBlock(label="Photo", required=False)
    texte_alternatif = blocks.CharBlock(label="Texte alternatif", required=False, max_length=250)
    legende = blocks.CharBlock(label="Légende", required=False, max_length=250)
    recit = blocks.IntegerBlock(label="Récit (numéro)", required=False)
    contribution = blocks.IntegerBlock(label="Contribution (numéro)", required=False)
    choisie = blocks.BooleanBlock(label="Retenue pour le rapport", required=False, default=True)
    retiree = blocks.BooleanBlock(label="Retirée par la personne", required=False)

    class Meta:
        icon = "image"
        label = "Photo"


class EvidenceBlock(blocks.StructBlock):
    """A bloc de preuve: one indicator over the report's period and scope, traceable to stories."""

    indicateur = SnippetChooserBlock("indicateurs.Indicateur", label="Indicateur")
    chiffres = ChiffresBlock()
    synthese = blocks.TextBlock(
        label="Synthèse",
        required=False,
        help_text="Pré-remplie à partir des chiffres ; réécrivez-la librement, elle sera gardée.",
    )
    synthese_generee = blocks.TextBlock(
        label="Synthèse proposée (ne pas modifier)",
        required=False,
        help_text="Sert à reconnaître vos modifications lors d'une nouvelle génération.",
    )
    citations = blocks.ListBlock(CitationBlock(), label="Citations", default=[])
    photos = blocks.ListBlock(PhotoPreuveBlock(), label="Photos", default=[])

    class Meta:
        icon = "doc-full"
        label = "Bloc de preuve"
        description = "Un indicateur, ses chiffres, des citations et des photos des récits."


class GraphiqueBlock(blocks.StructBlock):
    """One of the report's charts, drawn from the data stored at generation."""

    genre = blocks.ChoiceBlock(
        label="Graphique",
        choices=[
            ("couverture", "Couverture des indicateurs par année"),
            ("matrice", "Lieux × indicateurs"),
            ("comparaison", "Comparaison avec la période précédente"),
        ],
    )
    titre = blocks.CharBlock(label="Titre", required=False, max_length=150)

    class Meta:
        icon = "view"
        label = "Graphique"


class CorpsRapportBlock(blocks.StreamBlock):
    """What a report is made of."""

    intertitre = blocks.CharBlock(label="Intertitre", max_length=150, icon="title")
    texte = blocks.RichTextBlock(
        label="Texte", features=["bold", "italic", "link", "ul", "ol"], icon="pilcrow"
    )
    preuve = EvidenceBlock()
    graphique = GraphiqueBlock()
