"""Django's own request limits on the contribution form, answered in French.

Django refuses a body with too many fields, too many file parts or too much text before
any view runs (the CSRF check reads the body first), with a bare « Bad Request (400) ».
This middleware reads the body of a POST to /contribuer/ itself, before any view
middleware (the CSRF check is one) runs, and turns each refusal into the form's French refusal page, which tells the person
what happened and that their text is still in the browser's previous page.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.http import HttpRequest, HttpResponse
from django.http.multipartparser import MultiPartParserError
from django.template.response import TemplateResponse

PREFIXE = "/contribuer/"

TROP_LOURD = (
    "Votre envoi est trop lourd : six photos de 15 Mo au plus. Retirez une photo ou "
    "choisissez des photos plus légères, puis renvoyez le formulaire."
)
TROP_DE_TEXTE = (
    "Votre texte est bien trop long pour être envoyé : un récit compte 20 000 caractères "
    "au plus. Raccourcissez-le, puis renvoyez le formulaire."
)
TROP_DE_PHOTOS = (
    "Six photos au plus : votre envoi en contient davantage. Retirez-en, puis renvoyez."
)
TROP_DE_CHAMPS = (
    "Votre envoi contient beaucoup plus de champs que le formulaire n'en a : il n'a pas pu "
    "être lu. Renvoyez le formulaire depuis la page précédente."
)
ILLISIBLE = (
    "Votre envoi est arrivé incomplet ou abîmé (la connexion a peut-être été coupée). "
    "Renvoyez le formulaire depuis la page précédente."
)


def refus_envoi(request: HttpRequest, message: str, status: int) -> HttpResponse:
    """The form's French refusal page (collecte/contribution/refus.html)."""
    reponse = TemplateResponse(
        request, "collecte/contribution/refus.html", {"message": message}, status=status
    )
    return reponse.render()


class LimitesRequeteMiddleware:
    """Read a contribution's body before the CSRF check and refuse what Django would, in French."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method == "POST" and request.path_info.startswith(PREFIXE):
            refus = self._refus(request)
            if refus is not None:
                return refus
        return self.get_response(request)

    def _refus(self, request: HttpRequest) -> HttpResponse | None:
        try:
            taille = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            taille = 0
        if taille > settings.RECITS_TAILLE_ENVOI_MAX:
            return refus_envoi(request, TROP_LOURD, 413)
        try:
            request.POST  # noqa: B018 -- parses the body once; Django keeps the result
            request.FILES  # noqa: B018
        except RequestDataTooBig:
            return refus_envoi(request, TROP_DE_TEXTE, 413)
        except TooManyFilesSent:
            return refus_envoi(request, TROP_DE_PHOTOS, 400)
        except TooManyFieldsSent:
            return refus_envoi(request, TROP_DE_CHAMPS, 400)
        except MultiPartParserError:
            return refus_envoi(request, ILLISIBLE, 400)
        if len(request.FILES) > settings.RECITS_PHOTOS_MAX:
            # Only chosen files count: empty photo slots are not files.
            return refus_envoi(request, TROP_DE_PHOTOS, 400)
        return None
