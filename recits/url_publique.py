"""The address the site is served at, for every link that leaves it (e-mails, exports, commands).

In production it is a setting (`RECITS_URL_BASE`, e.g. https://recits.example.org); on a
machine it is the default Wagtail `Site` (hostname and port), which `make run` points at
its own port (`initialiser_site --hostname 127.0.0.1 --port $PORT`): a link printed or
copied then works on the port the site really answers on.
"""

from __future__ import annotations

from django.conf import settings
from wagtail.models import Site


def adresse_publique() -> str:
    """The site's public root URL, without a trailing slash."""
    configuree = (getattr(settings, "RECITS_URL_BASE", "") or "").strip()
    if configuree:
        return configuree.rstrip("/")
    site = Site.objects.filter(is_default_site=True).only("hostname", "port").first()
    if site is not None:
        return site.root_url.rstrip("/")
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")
