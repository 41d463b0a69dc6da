"""The client's address as the site's own proxies saw it (login throttling, form limits).

Each proxy appends the address it received the connection from to X-Forwarded-For, so
the chain reads « what the client claims, …, what our first proxy saw », and REMOTE_ADDR
is our last proxy. Only the hops our own proxies wrote can be believed: the client is the
rightmost hop that is not one of them. Everything to its left is the client's own words.

RECITS_PROXY_DE_CONFIANCE says who our proxies are: a number (how many stand in front of
the application: 1 for nginx alone), or a list of addresses and networks (« 10.0.0.0/8,
127.0.0.1 »). Empty or 0: no proxy, REMOTE_ADDR is the client.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

from django.conf import settings
from django.http import HttpRequest

Reseau = ipaddress.IPv4Network | ipaddress.IPv6Network


def lire_proxies(valeur: object) -> int | tuple[Reseau, ...]:
    """The setting as a number of proxies or a tuple of networks (an environment string too)."""
    if isinstance(valeur, bool):
        return int(valeur)
    if isinstance(valeur, int):
        return max(valeur, 0)
    if isinstance(valeur, str):
        valeur = valeur.replace(",", " ").split()
    elements = [str(v).strip() for v in valeur or () if str(v).strip()]
    if not elements:
        return 0  # nothing configured: no proxy, REMOTE_ADDR is the client
    if len(elements) == 1 and elements[0].isdigit():
        return int(elements[0])
    return tuple(ipaddress.ip_network(e, strict=False) for e in elements)


def _normaliser(saut: str) -> str | None:
    """The hop as a canonical address, or None when it is not one (garbage, a port)."""
    saut = saut.strip().strip('"')
    if saut.startswith("[") and "]" in saut:  # « [2001:db8::1]:443 »
        saut = saut[1 : saut.index("]")]
    elif saut.count(":") == 1:  # « 203.0.113.7:51234 »
        saut = saut.split(":", 1)[0]
    try:
        return str(ipaddress.ip_address(saut))
    except ValueError:
        return None


def client_derriere(
    chaine: Sequence[str], remote_addr: str, proxies: int | tuple[Reseau, ...]
) -> str:
    """The rightmost hop of X-Forwarded-For + REMOTE_ADDR that is not one of our proxies."""
    sauts = [*chaine, remote_addr]
    if isinstance(proxies, int):
        if proxies <= 0:
            return _normaliser(remote_addr) or remote_addr
        # REMOTE_ADDR is our last proxy; each of our proxies wrote one hop to its left.
        index = max(len(sauts) - 1 - proxies, 0)
        adresse = _normaliser(sauts[index])
        return adresse or "invalide:" + sauts[index].strip()[:60]
    for saut in reversed(sauts):
        adresse = _normaliser(saut)
        if adresse is None:
            # Not an address: our proxies write addresses, so this is the client's doing.
            return "invalide:" + saut.strip()[:60]
        if not any(ipaddress.ip_address(adresse) in reseau for reseau in proxies):
            return adresse
    # Every hop is one of ours (a request from our own network): the leftmost stands.
    return _normaliser(sauts[0]) or remote_addr


def adresse_ip_client(request: HttpRequest) -> str | None:
    """The client's address for the login lockout: a real IP, or None (stored as an inet)."""
    adresse = adresse_client(request)
    try:
        return str(ipaddress.ip_address(adresse))
    except ValueError:
        return None


def adresse_client(request: HttpRequest) -> str:
    """REMOTE_ADDR, or behind trusted proxies the rightmost hop they did not write."""
    proxies = lire_proxies(getattr(settings, "RECITS_PROXY_DE_CONFIANCE", 0))
    transmise = request.META.get("HTTP_X_FORWARDED_FOR", "")
    chaine = [s for s in transmise.split(",") if s.strip()] if proxies else []
    return client_derriere(chaine, request.META.get("REMOTE_ADDR", ""), proxies)
