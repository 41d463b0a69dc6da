"""One factory per model, building valid, published objects unless told otherwise."""

import datetime
import io

import factory
import wagtail_factories
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

from indicateurs.models import Codage, Indicateur
from recits.models import InformationPage, LieuPage, RecitPage


def fichier_jpeg(nom: str = "photo.jpg", taille=(64, 40), couleur=(180, 120, 60)) -> ImageFile:
    """A small real JPEG in memory."""
    tampon = io.BytesIO()
    PILImage.new("RGB", taille, couleur).save(tampon, "JPEG")
    tampon.seek(0)
    return ImageFile(tampon, name=nom)


class ImageFactory(factory.django.DjangoModelFactory):
    """A real image file stored through Wagtail's image model."""

    class Meta:
        model = get_image_model()

    title = factory.Sequence(lambda n: f"Photo {n}")
    file = factory.LazyFunction(fichier_jpeg)
    collection = factory.LazyFunction(
        lambda: __import__(
            "wagtail.models", fromlist=["Collection"]
        ).Collection.get_first_root_node()
    )


class IndicateurFactory(factory.django.DjangoModelFactory):
    """An extra indicator (the ten defaults come from the data migration)."""

    class Meta:
        model = Indicateur
        django_get_or_create = ("slug",)

    nom = factory.Sequence(lambda n: f"Indicateur {n}")
    slug = factory.Sequence(lambda n: f"indicateur-{n}")
    definition = "Une définition de test."
    ordre = factory.Sequence(lambda n: 200 + n)


class LieuPageFactory(wagtail_factories.PageFactory):
    """A place under the places index (pass `parent`)."""

    class Meta:
        model = LieuPage

    title = factory.Sequence(lambda n: f"Café du village {n}")
    slug = factory.Sequence(lambda n: f"lieu-{n}")
    type_activite = LieuPage.TypeActivite.CAFE
    commune = "Saint-Agrève"
    departement = "07"
    region = "Auvergne-Rhône-Alpes"
    live = True


class InformationPageFactory(wagtail_factories.PageFactory):
    """A footer information page under the home page (pass `parent`)."""

    class Meta:
        model = InformationPage

    title = factory.Sequence(lambda n: f"Information {n}")
    slug = factory.Sequence(lambda n: f"information-{n}")
    chapo = "Ce qu'il faut savoir."
    corps = "<p>Un paragraphe d'information.</p>"
    live = True


class RecitPageFactory(wagtail_factories.PageFactory):
    """A story under the stories index (pass `parent` and `lieu`)."""

    class Meta:
        model = RecitPage

    title = factory.Sequence(lambda n: f"Récit numéro {n}")
    slug = factory.Sequence(lambda n: f"recit-{n}")
    chapo = "Un moment de la vie du lieu."
    date = datetime.date(2024, 5, 14)
    genre = RecitPage.Genre.RECIT
    signature = RecitPage.Signature.PRENOM
    auteur_nom = "Josette"
    live = True
    corps = factory.LazyFunction(
        lambda: [{"type": "paragraphe", "value": "<p>Le jeudi matin, le café est plein.</p>"}]
    )


class CodageFactory(factory.django.DjangoModelFactory):
    """An accepted whole-story coding by the editorial team."""

    class Meta:
        model = Codage

    recit = None
    indicateur = factory.LazyFunction(lambda: Indicateur.objects.get(slug="lien-social"))
    origine = Codage.Origine.EDITEUR
    statut = Codage.Statut.ACCEPTE


class CampagneFactory(factory.django.DjangoModelFactory):
    """An open campaign for the current year."""

    class Meta:
        model = "collecte.Campagne"
        django_get_or_create = ("annee",)

    annee = factory.LazyFunction(lambda: datetime.date.today().year)
    titre = factory.LazyAttribute(lambda o: f"Collecte {o.annee}")
    ouverture = factory.LazyFunction(lambda: datetime.date.today() - datetime.timedelta(days=30))
    cloture = factory.LazyFunction(lambda: datetime.date.today() + datetime.timedelta(days=60))
    introduction = "Racontez-nous ce que votre lieu a changé cette année."


class InvitationFactory(factory.django.DjangoModelFactory):
    """A valid invitation link for a place (pass `lieu`)."""

    class Meta:
        model = "collecte.Invitation"

    campagne = factory.SubFactory(CampagneFactory)
    lieu = None
