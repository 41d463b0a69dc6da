"""One entry point for the demo's drawings: the square outside or the room inside."""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image

from .interieurs import Interieur
from .photos import Peintre, Scene


def peintre(scene: Scene) -> Peintre:
    """The painter for the scene."""
    if scene.vue == "interieur":
        return Interieur(scene, scene.activite)
    return Peintre(scene)


def dessiner(scene: Scene) -> Image.Image:
    """The scene as a 1600×1000 RGB picture."""
    return peintre(scene).peindre()


@dataclass(frozen=True)
class Photo:
    """A drawn picture and what its alt text needs to know of it."""

    jpeg: bytes
    personnes: int


def photo(scene: Scene, qualite: int = 82) -> Photo:
    """The scene as JPEG bytes (without any metadata) and the number of people drawn."""
    artiste = peintre(scene)
    tampon = io.BytesIO()
    artiste.peindre().save(tampon, "JPEG", quality=qualite)
    return Photo(tampon.getvalue(), artiste.personnes)


def jpeg(scene: Scene, qualite: int = 82) -> bytes:
    """The scene as JPEG bytes, without any metadata."""
    return photo(scene, qualite).jpeg
