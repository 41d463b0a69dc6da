"""RSS feed of published stories at /recits/flux/."""

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.html import escape
from wagtail.models import Page

NOMBRE_DANS_LE_FLUX = 30


class RecitsFeed(Feed):
    """The latest published stories, newest first, never a draft."""

    feed_type = Rss201rev2Feed
    title = "Récits vivants — derniers récits"
    description = "Les derniers récits publiés des lieux de la coopérative."
    language = "fr"

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page
        self.request: HttpRequest | None = None

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def link(self) -> str:
        return self.index_page.get_url(self.request)

    def items(self):
        return (
            self.index_page.recits_publics()
            .select_related("lieu")
            .order_by("-first_published_at", "-pk")[:NOMBRE_DANS_LE_FLUX]
        )

    def item_title(self, item: Page) -> str:
        return item.title

    def item_description(self, item: Page) -> str:
        """The chapô as HTML text: readers read <description> as HTML once XML is decoded.

        Django escapes it for XML only, so a chapô « "><svg onload=…> » reached readers as
        markup; escaped once more for HTML, it shows as the very characters typed (and an
        ampersand as one ampersand, not « &amp; »).
        """
        return escape(item.chapo)

    def item_link(self, item: Page) -> str:
        return item.get_url(self.request)

    def item_pubdate(self, item: Page):
        return item.first_published_at

    def item_author_name(self, item: Page) -> str:
        return item.signature_affichee

    def item_categories(self, item: Page) -> list[str]:
        return [item.lieu.title]
