"""Public routes first, then Wagtail's page tree (which serves every page URL)."""

from django.conf import settings
from django.urls import include, path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from indicateurs.couleurs import couleurs_css
from rapports import urls as rapports_urls
from search import views as search_views

# An unreachable database answers a French 503 page (exploitation/indisponible.py).
handler500 = "exploitation.indisponible.erreur_serveur"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("recherche/", search_views.recherche, name="recherche"),
    path("couleurs-indicateurs.css", couleurs_css, name="couleurs_indicateurs"),
    # Before collecte's routes: « Vos mots dans les rapports » on the contributor's link.
    path("contribuer/", include(rapports_urls.urlpatterns_contribuer)),
    path("contribuer/", include("collecte.urls")),
    path("", include(rapports_urls.urlpatterns)),
    path("sitemap.xml", sitemap, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots",
    ),
]

if getattr(settings, "SERVE_MEDIA", False):
    # Development and tests only: production serves media from its web server or object storage.
    from django.views.static import serve

    urlpatterns += [
        path(
            f"{settings.MEDIA_URL.strip('/')}/<path:path>",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

urlpatterns += [path("", include(wagtail_urls))]
