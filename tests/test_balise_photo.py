"""`{% photo %}` gives the markup of Wagtail's `{% image %}`, more cheaply."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.template import Context, Template, TemplateSyntaxError
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model

from recits.templatetags.recits_images import filtre

from .factories import ImageFactory

pytestmark = pytest.mark.django_db

SPEC = 'fill-640x400 format-webp webpquality-75 class="carte__image" alt="" loading="lazy"'


def rendre(source: str, image) -> str:
    return Template(source).render(Context({"image": image}))


def test_meme_balise_que_wagtail_avec_ou_sans_prechargement():
    image = ImageFactory()
    attendu = rendre("{% load wagtailimages_tags %}{% image image " + SPEC + " %}", image)
    assert attendu.startswith("<img ") and ".webp" in attendu
    assert rendre("{% load recits_images %}{% photo image " + SPEC + " %}", image) == attendu
    prechargee = (
        get_image_model()
        .objects.prefetch_renditions("fill-640x400|format-webp|webpquality-75")
        .get(pk=image.pk)
    )
    rendition = image.renditions.get()
    cle = rendition.get_cache_key()
    cache.clear()
    with CaptureQueriesContext(connection) as requetes:
        rendu = rendre("{% load recits_images %}{% photo image " + SPEC + " %}", prechargee)
    assert rendu == attendu
    assert len(requetes) == 0
    # Used as it is: not written back to the cache, as Wagtail's tag does on every use.
    assert cache.get(cle) is None
    rendre("{% load wagtailimages_tags %}{% image image " + SPEC + " %}", prechargee)
    assert cache.get(cle) is not None


def test_cree_la_declinaison_qui_manque_et_accepte_as():
    image = ImageFactory()
    assert not image.renditions.exists()
    rendu = rendre(
        "{% load recits_images %}{% photo image width-32 as v %}{{ v.width }}|{{ v.url }}", image
    )
    largeur, url = rendu.split("|")
    assert largeur == "32" and url.endswith(".jpg")
    assert image.renditions.filter(filter_spec="width-32").count() == 1


def test_image_absente_ne_rend_rien_et_mauvaise_syntaxe_refusee():
    assert rendre("{% load recits_images %}{% photo image width-32 %}", None) == ""
    with pytest.raises(TemplateSyntaxError):
        Template("{% load recits_images %}{% photo image %}")


def test_un_filtre_par_spec_pour_le_processus():
    assert filtre("width-32") is filtre("width-32")
