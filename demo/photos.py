"""Deterministic illustrations of the demo places, drawn with Pillow.

Each place keeps the same landscape, buildings and trees from one picture to the next;
only the moment of the day, the season and what happens on the square change. The
pictures are drawn at twice the final size and reduced, which smooths every edge.
"""

from __future__ import annotations

import math
import random
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from PIL import Image, ImageDraw, ImageFilter, ImageFont

LARGEUR, HAUTEUR = 1600, 1000
SUR = 2  # drawn at twice the size, then reduced: cheap anti-aliasing
W, H = LARGEUR * SUR, HAUTEUR * SUR

Couleur = tuple[int, int, int]


def hexa(code: str) -> Couleur:
    """'#aabbcc' → (170, 187, 204)."""
    code = code.lstrip("#")
    return (int(code[0:2], 16), int(code[2:4], 16), int(code[4:6], 16))


def melange(a: Couleur, b: Couleur, t: float) -> Couleur:
    """Linear blend from a (t=0) to b (t=1)."""
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def nuance(c: Couleur, facteur: float) -> Couleur:
    """Lighter (>1) or darker (<1) shade of a colour."""
    return tuple(max(0, min(255, round(v * facteur))) for v in c)  # type: ignore[return-value]


@dataclass(frozen=True)
class Moment:
    """A time of day: sky colours, ambient light, the sun or the moon."""

    ciel: tuple[str, str, str]  # zenith, middle, horizon
    lumiere: tuple[float, float, float]
    brume: float  # how much distant layers melt into the horizon colour
    astre: str  # "soleil", "lune" or ""
    astre_xy: tuple[float, float]  # relative position
    astre_couleur: str
    astre_rayon: int
    eclaire: bool  # windows and lamps lit
    etoiles: bool = False
    nuages: int = 3


MOMENTS: dict[str, Moment] = {
    "aube": Moment(
        ("#39477a", "#b98aa8", "#f5c9a0"), (0.92, 0.82, 0.82), 0.55, "soleil",
        (0.18, 0.52), "#ffe0b0", 46, True, nuages=2,
    ),
    "matin": Moment(
        ("#4f8fcf", "#94c2e8", "#e3eff5"), (1.0, 1.0, 1.0), 0.45, "soleil",
        (0.8, 0.16), "#fff8e0", 40, False, nuages=4,
    ),
    "midi": Moment(
        ("#3a7fc4", "#7db3e2", "#d2e7f3"), (1.04, 1.03, 1.0), 0.4, "soleil",
        (0.55, 0.1), "#fffbea", 38, False, nuages=3,
    ),
    "couchant": Moment(
        ("#2d3c70", "#d0705c", "#f7c26a"), (1.0, 0.8, 0.66), 0.5, "soleil",
        (0.76, 0.5), "#ffb65c", 58, False, nuages=3,
    ),
    "crepuscule": Moment(
        ("#18204a", "#4f4378", "#dc8a6c"), (0.55, 0.52, 0.66), 0.5, "lune",
        (0.2, 0.18), "#f3ecd2", 26, True, etoiles=True, nuages=1,
    ),
    "nuit": Moment(
        ("#060a1c", "#13224a", "#2e4068"), (0.32, 0.36, 0.52), 0.35, "lune",
        (0.82, 0.15), "#f6f1da", 34, True, etoiles=True, nuages=1,
    ),
    "hiver": Moment(
        ("#7d93ab", "#b3c2cf", "#e4e8ea"), (0.92, 0.95, 1.0), 0.6, "soleil",
        (0.3, 0.2), "#f4f2ea", 34, False, nuages=5,
    ),
}  # fmt: skip


@dataclass(frozen=True)
class Relief:
    """How the horizon looks: high jagged mountains, rounded ridges, a plateau…"""

    couches: tuple[str, ...]  # far → near colours
    hauteurs: tuple[float, ...]  # ridge base, as a share of the height
    amplitudes: tuple[float, ...]
    rugosite: float  # 0.4 smooth … 0.65 jagged
    neige: bool = False
    arbres: str = "feuillus"  # trees on the square: feuillus, cypres, sapins, platanes
    sol: str = "#7d9a4e"


RELIEFS: dict[str, Relief] = {
    "alpes": Relief(
        ("#8f9fb8", "#6d7f99", "#4f6a5a", "#3e5a3c"), (0.33, 0.42, 0.5, 0.57),
        (0.13, 0.1, 0.06, 0.04), 0.62, neige=True, arbres="sapins", sol="#6f8f48",
    ),
    "cevennes": Relief(
        ("#8e9fb2", "#6f8597", "#55705c", "#44613f"), (0.36, 0.42, 0.5, 0.57),
        (0.1, 0.09, 0.07, 0.045), 0.5, arbres="feuillus", sol="#78934a",
    ),
    "plateau": Relief(
        ("#9aa8b8", "#7f8f8c", "#6a7d52", "#5d7242"), (0.44, 0.49, 0.54, 0.59),
        (0.05, 0.04, 0.035, 0.025), 0.45, arbres="sapins", sol="#8a9a52",
    ),
    "provence": Relief(
        ("#a9a3b8", "#8c8aa3", "#7f8a5a", "#6e7f45"), (0.3, 0.45, 0.52, 0.58),
        (0.16, 0.06, 0.05, 0.03), 0.48, neige=False, arbres="cypres", sol="#a59a5c",
    ),
    "garrigue": Relief(
        ("#a6a4b6", "#8e8f9f", "#7b8456", "#6b7944"), (0.4, 0.46, 0.52, 0.58),
        (0.08, 0.07, 0.05, 0.035), 0.55, arbres="platanes", sol="#a89d62",
    ),
    "bugey": Relief(
        ("#90a2b4", "#6f8a96", "#4d6e4c", "#3f5f38"), (0.34, 0.42, 0.5, 0.57),
        (0.12, 0.1, 0.06, 0.04), 0.5, arbres="feuillus", sol="#6f9247",
    ),
}  # fmt: skip


@dataclass(frozen=True)
class Lieu:
    """What stays the same in every picture of one place."""

    graine: int
    relief: str
    enseigne: str
    facade: str
    store: str
    volets: str
    toit: str = "#b5563a"
    position: float = 0.5  # centre of the shop, share of the width
    clocher: bool = True
    voisins: tuple[str, ...] = ("#d9c6a5", "#c7b08f")
    facade_type: str = "boutique"  # or "grange" for a converted barn (tiers-lieux)


@dataclass(frozen=True)
class Scene:
    """One picture: a place at a moment, with what happens on the square."""

    lieu: Lieu
    moment: str = "matin"
    decor: frozenset[str] = field(default_factory=frozenset)
    graine: int = 0
    saison: str = ""  # "hiver" adds snow, "automne" turns the leaves
    vue: str = "exterieur"  # or "interieur" (demo/interieurs.py)
    activite: str = "cafe"  # the furniture of an interior


# ---------------------------------------------------------------------------
# Drawing helpers
# ---------------------------------------------------------------------------


class Peintre:
    """Draws one scene on an RGB canvas, keeping the light of the moment."""

    def __init__(self, scene: Scene):
        self.scene = scene
        self.lieu = scene.lieu
        self.moment = MOMENTS[scene.moment]
        self.relief = RELIEFS[self.lieu.relief]
        self.rng_lieu = random.Random(self.lieu.graine)
        self.rng = random.Random(self.lieu.graine * 7919 + scene.graine)
        self.image: Image.Image  # born in ciel()
        self.d: ImageDraw.ImageDraw
        self.horizon = hexa(self.moment.ciel[2])
        self.neige = scene.saison == "hiver"
        self.y_sol = int(H * 0.8)  # foot of the buildings
        self.personnes = 0  # how many people the picture shows, for its alt text

    # colour under the light of the moment
    def t(self, couleur: str | Couleur, brume: float = 0.0) -> Couleur:
        c = hexa(couleur) if isinstance(couleur, str) else couleur
        r, g, b = self.moment.lumiere
        eclairee = (min(255, round(c[0] * r)), min(255, round(c[1] * g)), min(255, round(c[2] * b)))
        return melange(eclairee, self.horizon, brume) if brume else eclairee

    def halo(self, centre: tuple[int, int], rayon: int, couleur: Couleur, force: float) -> None:
        """A soft glow around a light, blurred on a small patch so it costs little."""
        echelle = 4
        cote = int(rayon * 1.6)
        x0, y0 = centre[0] - cote, centre[1] - cote
        taille = (max(4, 2 * cote // echelle), max(4, 2 * cote // echelle))
        petit = Image.new("L", taille, 0)
        r = rayon * 0.6 / echelle
        c = cote / echelle
        ImageDraw.Draw(petit).ellipse((c - r, c - r, c + r, c + r), fill=round(255 * force))
        petit = petit.filter(ImageFilter.GaussianBlur(max(1.0, r * 0.6)))
        masque = petit.resize((2 * cote, 2 * cote), Image.Resampling.BILINEAR)
        self.image.paste(couleur, (x0, y0, x0 + 2 * cote, y0 + 2 * cote), masque)

    # -- sky -------------------------------------------------------------------
    def ciel(self) -> None:
        haut, milieu, bas = (hexa(c) for c in self.moment.ciel)
        limite = int(H * 0.72)
        lignes = bytearray()
        for y in range(H):
            f = min(1.0, y / limite)
            lignes += bytes(
                melange(haut, milieu, f / 0.55)
                if f < 0.55
                else melange(milieu, bas, (f - 0.55) / 0.45)
            )
        colonne = Image.frombytes("RGB", (1, H), bytes(lignes))
        # the canvas is born from the gradient: one allocation instead of two
        self.image = colonne.resize((W, H), Image.Resampling.NEAREST)
        self.d = ImageDraw.Draw(self.image)
        m = self.moment
        if m.etoiles:
            for _ in range(260):
                x, y = self.rng.uniform(0, W), self.rng.uniform(0, H * 0.45)
                r = self.rng.choice((1.5, 2, 2, 3))
                lum = self.rng.randint(170, 255)
                self.d.ellipse((x - r, y - r, x + r, y + r), fill=(lum, lum, min(255, lum + 10)))
        if m.astre:
            cx = int(min(0.86, max(0.14, m.astre_xy[0] + self.rng.uniform(-0.08, 0.08))) * W)
            cy = int(m.astre_xy[1] * H)
            r = m.astre_rayon * SUR
            couleur = hexa(m.astre_couleur)
            self.halo((cx, cy), r * 4, melange(couleur, self.horizon, 0.3), 0.45)
            self.d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=couleur)
            if m.astre == "lune":  # a crescent: hide part of the disc with the sky colour
                fond = self.image.getpixel((cx + int(r * 1.6), cy - int(r * 0.4)))
                self.d.ellipse(
                    (cx - r + r * 0.55, cy - r - r * 0.2, cx + r + r * 0.55, cy + r - r * 0.2),
                    fill=fond,
                )
        self.nuages()

    def nuages(self) -> None:
        """A few soft clouds, each blurred on its own small patch."""
        m = self.moment
        if m.eclaire:
            teinte = melange(hexa(m.ciel[1]), (255, 255, 255), 0.25)
        elif m.astre_xy[1] > 0.4:  # low sun: clouds catch the light
            teinte = melange(hexa(m.ciel[2]), (255, 220, 200), 0.4)
        else:
            teinte = (250, 250, 252)
        e = 8  # patches are drawn at 1/8 of the size, then enlarged
        for _ in range(m.nuages):
            largeur = self.rng.uniform(30, 70)
            lp, hp = int(largeur + 60), 40
            couche = Image.new("L", (lp, hp), 0)
            cd = ImageDraw.Draw(couche)
            for _ in range(self.rng.randint(4, 7)):
                x = lp / 2 + self.rng.uniform(-largeur / 2, largeur / 2)
                y = hp / 2 + self.rng.uniform(-4, 2)
                rx, ry = self.rng.uniform(9, 20), self.rng.uniform(4, 8)
                cd.ellipse((x - rx, y - ry, x + rx, y + ry), fill=200)
            couche = couche.filter(ImageFilter.GaussianBlur(2.5))
            couche = couche.resize((lp * e, hp * e), Image.Resampling.BILINEAR)
            x0 = int(self.rng.uniform(0.05, 0.95) * W - lp * e / 2)
            y0 = int(self.rng.uniform(0.06, 0.32) * H - hp * e / 2)
            self.image.paste(teinte, (x0, y0, x0 + lp * e, y0 + hp * e), couche)

    # -- land ------------------------------------------------------------------
    def crete(self, base: float, amplitude: float, rugosite: float) -> list[tuple[float, float]]:
        """A ridge line by midpoint displacement plus a few broad waves."""
        rng = self.rng_lieu
        n = 7
        points = [rng.uniform(-1, 1), rng.uniform(-1, 1)]
        ecart = 1.0
        for _ in range(n):
            nouveaux = []
            for a, b in zip(points, points[1:], strict=False):
                nouveaux += [a, (a + b) / 2 + rng.uniform(-ecart, ecart)]
            nouveaux.append(points[-1])
            points = nouveaux
            ecart *= rugosite
        phases = [rng.uniform(0, math.tau) for _ in range(3)]
        poids = 1.0 if rugosite > 0.58 else 0.55  # jagged peaks or broad waves
        crete = []
        total = len(points) - 1
        for i, v in enumerate(points):
            x = i / total
            vague = 0.6 * math.sin(x * 3.1 + phases[0]) + 0.3 * math.sin(x * 7.3 + phases[1])
            y = base - amplitude * (poids * v + (1.4 - poids) * vague)
            crete.append((x * W, y * H))
        return crete

    def reliefs(self) -> None:
        r = self.relief
        nb = len(r.couches)
        for i, (couleur, base, amplitude) in enumerate(
            zip(r.couches, r.hauteurs, r.amplitudes, strict=True)
        ):
            brume = self.moment.brume * (1 - i / nb) ** 1.3
            ligne = self.crete(base, amplitude, r.rugosite)
            fond = self.t(couleur, brume)
            self.d.polygon([*ligne, (W, H), (0, H)], fill=fond)
            if (r.neige and i < 2) or (self.neige and i < 3):
                limite = (base - amplitude * (0.35 if r.neige else -0.2)) * H
                blanc = self.t("#f4f6fa", brume * 0.6)
                decalage, dessous = 0.0, []
                for x, y in ligne:  # a ragged snow line
                    decalage = max(-40.0, min(40.0, decalage + self.rng_lieu.uniform(-9, 9)))
                    dessous.append((x, max(y, limite + decalage * SUR)))
                self.d.polygon([*ligne, *reversed(dessous)], fill=blanc)
            if i >= nb - 2:  # forests and orchards on the nearer slopes
                self.bosquets(ligne, i, brume)

    def bosquets(self, ligne: list[tuple[float, float]], rang: int, brume: float) -> None:
        rng = self.rng_lieu
        sombre = self.t(nuance(hexa(self.relief.couches[rang]), 0.78), brume * 0.7)
        for _ in range(70):
            j = rng.randrange(len(ligne))
            x, y = ligne[j]
            y += rng.uniform(4, 50) * SUR
            taille = rng.uniform(6, 13) * SUR * (1 + rang * 0.2)
            if self.relief.arbres in ("sapins",) or rng.random() < 0.2:
                self.d.polygon(
                    [(x, y - taille * 2.2), (x - taille * 0.8, y + taille * 0.4),
                     (x + taille * 0.8, y + taille * 0.4)],
                    fill=sombre,
                )  # fmt: skip
            else:
                self.d.ellipse((x - taille, y - taille, x + taille, y + taille), fill=sombre)

    def sol(self) -> None:
        herbe = hexa(self.relief.sol)
        if self.neige:
            herbe = hexa("#e9edf2")
        y_pre = int(H * 0.66)
        self.d.rectangle((0, y_pre, W, H), fill=self.t(herbe))
        # gentle fields in front of the village
        for k in range(4):
            y = y_pre + k * 22 * SUR
            teinte = self.t(nuance(herbe, 0.94 + 0.05 * (k % 2)))
            self.d.rectangle((0, y, W, y + 11 * SUR), fill=teinte)
        # the village square, paved
        pave = "#d8d2c4" if not self.neige else "#eef1f4"
        self.d.rectangle((0, self.y_sol - 6 * SUR, W, H), fill=self.t(pave))
        ligne = self.t(nuance(hexa(pave), 0.9))
        for k in range(1, 9):
            y = self.y_sol + k * k * 4 * SUR
            if y < H:
                self.d.line((0, y, W, y), fill=ligne, width=SUR)
        # the road in front
        self.d.rectangle(
            (0, int(H * 0.93), W, H), fill=self.t("#8a8780" if not self.neige else "#c9ced6")
        )
        self.d.line((0, int(H * 0.93), W, int(H * 0.93)), fill=self.t("#bdb7aa"), width=3 * SUR)

    # -- buildings -------------------------------------------------------------
    def fenetre(
        self, x: float, y: float, lg: float, h: float, volets: Couleur | None, allumee: bool
    ):
        cadre = self.t("#f1ece2")
        self.d.rectangle((x - 3 * SUR, y - 3 * SUR, x + lg + 3 * SUR, y + h + 3 * SUR), fill=cadre)
        if allumee:
            vitre = hexa("#ffd27a")
            self.halo((int(x + lg / 2), int(y + h / 2)), int(lg * 1.1), hexa("#ffcf7a"), 0.3)
            self.d.rectangle(
                (x - 3 * SUR, y - 3 * SUR, x + lg + 3 * SUR, y + h + 3 * SUR), fill=cadre
            )
        else:
            vitre = self.t("#4d6275")
        self.d.rectangle((x, y, x + lg, y + h), fill=vitre)
        if not allumee:
            self.d.polygon(
                [(x, y + h * 0.6), (x + lg * 0.6, y), (x + lg * 0.85, y), (x, y + h * 0.85)],
                fill=self.t("#6f8597"),
            )
        self.d.line((x + lg / 2, y, x + lg / 2, y + h), fill=cadre, width=2 * SUR)
        self.d.line((x, y + h / 2, x + lg, y + h / 2), fill=cadre, width=2 * SUR)
        if volets:
            for vx in (x - lg / 2 - 5 * SUR, x + lg + 5 * SUR):
                self.d.rectangle((vx, y - 2 * SUR, vx + lg / 2, y + h + 2 * SUR), fill=volets)
                fonce = nuance(volets, 0.8)
                for k in range(1, 6):
                    yy = y + k * h / 6
                    self.d.line(
                        (vx + 2 * SUR, yy, vx + lg / 2 - 2 * SUR, yy), fill=fonce, width=SUR
                    )

    def toit(self, x0: float, x1: float, y: float, hauteur: float, couleur: str) -> None:
        debord = 14 * SUR
        base = self.t(couleur)
        self.d.polygon(
            [(x0 - debord, y), (x1 + debord, y), (x1 - hauteur * 0.6, y - hauteur),
             (x0 + hauteur * 0.6, y - hauteur)],
            fill=base,
        )  # fmt: skip
        ombre = self.t(nuance(hexa(couleur), 0.78))
        for k in range(1, 5):
            yy = y - hauteur * k / 5
            retrait = hauteur * 0.6 * k / 5
            self.d.line(
                (x0 - debord + retrait, yy, x1 + debord - retrait, yy), fill=ombre, width=2 * SUR
            )
        self.d.rectangle(
            (x0 - debord, y, x1 + debord, y + 6 * SUR), fill=self.t(nuance(hexa(couleur), 0.6))
        )
        if self.neige:
            self.d.polygon(
                [(x0 - debord, y - 2 * SUR), (x1 + debord, y - 2 * SUR),
                 (x1 - hauteur * 0.6, y - hauteur - 4 * SUR), (x0 + hauteur * 0.6, y - hauteur - 4 * SUR)],
                fill=self.t("#f3f5f8"),
            )  # fmt: skip

    def maison(self, x0: float, x1: float, etages: int, couleur: str, volets: str) -> float:
        """A plain village house; returns the top of its walls."""
        hauteur_etage = 118 * SUR
        haut = self.y_sol - etages * hauteur_etage
        self.d.rectangle((x0, haut, x1, self.y_sol), fill=self.t(couleur))
        self.crepi(x0, haut, x1, self.y_sol, couleur)
        largeur = x1 - x0
        n = max(1, int(largeur / (150 * SUR)))
        lg, h = 46 * SUR, 66 * SUR
        for e in range(etages):
            y = haut + e * hauteur_etage + 26 * SUR
            for k in range(n):
                x = x0 + (k + 0.5) * largeur / n - lg / 2
                allumee = self.moment.eclaire and self.rng.random() < 0.45
                self.fenetre(x, y, lg, h, self.t(volets), allumee)
        self.toit(x0, x1, haut, 52 * SUR, self.lieu.toit)
        return haut

    def crepi(self, x0: float, y0: float, x1: float, y1: float, couleur: str) -> None:
        """A few darker stones so the walls are not flat."""
        rng = random.Random(int(x0 * 13 + y0))
        pierre = self.t(nuance(hexa(couleur), 0.9))
        for _ in range(int((x1 - x0) * (y1 - y0) / (5200 * SUR * SUR))):
            x, y = rng.uniform(x0, x1 - 20 * SUR), rng.uniform(y0, y1 - 10 * SUR)
            self.d.rectangle(
                (x, y, x + rng.uniform(10, 24) * SUR, y + rng.uniform(5, 9) * SUR), fill=pierre
            )

    def clocher(self, x: float) -> None:
        larg, haut = 90 * SUR, 380 * SUR
        y0 = self.y_sol - haut
        pierre = "#cbbf9f"
        self.d.rectangle((x, y0, x + larg, self.y_sol), fill=self.t(pierre))
        self.crepi(x, y0, x + larg, self.y_sol, pierre)
        self.d.rounded_rectangle(
            (x + 26 * SUR, y0 + 30 * SUR, x + larg - 26 * SUR, y0 + 100 * SUR),
            radius=18 * SUR, fill=self.t("#3b3a40"),
        )  # fmt: skip
        cadran = self.t("#f2efe6")
        cx, cy, r = x + larg / 2, y0 + 150 * SUR, 18 * SUR
        self.d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=cadran)
        self.d.line((cx, cy, cx, cy - r * 0.7), fill=self.t("#333333"), width=2 * SUR)
        self.d.line((cx, cy, cx + r * 0.5, cy), fill=self.t("#333333"), width=2 * SUR)
        flèche = (
            self.lieu.toit
            if self.lieu.relief in ("provence", "garrigue", "cevennes")
            else "#5b6470"
        )
        self.d.polygon(
            [(x - 8 * SUR, y0), (x + larg + 8 * SUR, y0), (x + larg / 2, y0 - 130 * SUR)],
            fill=self.t(flèche),
        )

    def commerce(self) -> None:
        """The shop the cooperative installed: sign, awning, windows, door."""
        lieu = self.lieu
        largeur = 600 * SUR
        x0 = lieu.position * W - largeur / 2
        x1 = x0 + largeur
        hauteur_rdc = 250 * SUR
        haut = self.y_sol - hauteur_rdc - 130 * SUR
        self.d.rectangle((x0, haut, x1, self.y_sol), fill=self.t(lieu.facade))
        self.crepi(x0, haut, x1, self.y_sol - hauteur_rdc, lieu.facade)
        # upper floor
        volets = self.t(lieu.volets)
        for k in range(3):
            x = x0 + (k + 0.5) * largeur / 3 - 24 * SUR
            allumee = self.moment.eclaire and k != 1
            self.fenetre(x, haut + 26 * SUR, 48 * SUR, 70 * SUR, volets, allumee)
        self.toit(x0, x1, haut, 58 * SUR, lieu.toit)
        # sign band
        y_enseigne = self.y_sol - hauteur_rdc
        bande = self.t(nuance(hexa(lieu.volets), 0.75))
        self.d.rectangle(
            (x0 + 10 * SUR, y_enseigne, x1 - 10 * SUR, y_enseigne + 52 * SUR), fill=bande
        )
        self.enseigne((x0 + x1) / 2, y_enseigne + 26 * SUR)
        if lieu.facade_type == "grange":
            self.portail(x0, x1, y_enseigne + 70 * SUR)
        else:
            self.vitrines(x0, x1, y_enseigne + 100 * SUR)
        # a slate board by the door
        ax = x1 + 20 * SUR
        self.d.polygon(
            [(ax, self.y_sol + 20 * SUR), (ax + 20 * SUR, self.y_sol - 80 * SUR), (ax + 70 * SUR, self.y_sol - 80 * SUR),
             (ax + 90 * SUR, self.y_sol + 20 * SUR)],
            fill=self.t("#4a3b2e"),
        )  # fmt: skip
        self.d.rectangle(
            (ax + 22 * SUR, self.y_sol - 70 * SUR, ax + 68 * SUR, self.y_sol - 10 * SUR),
            fill=self.t("#2f3438"),
        )
        for k in range(3):
            yy = self.y_sol - (58 - k * 16) * SUR
            self.d.line(
                (ax + 28 * SUR, yy, ax + 60 * SUR - k * 6 * SUR, yy),
                fill=self.t("#d9d9d9"),
                width=2 * SUR,
            )

    def portail(self, x0: float, x1: float, y_haut: float) -> None:
        """A converted barn (tiers-lieu): a large arched glazed door and two small windows."""
        lieu = self.lieu
        eclaire = self.moment.eclaire or self.scene.moment in ("couchant", "hiver")
        vitre = hexa("#ffd98c") if eclaire else self.t("#5a7082")
        bois = self.t(lieu.volets)
        cx = (x0 + x1) / 2
        demi = 130 * SUR
        arc = 70 * SUR
        if eclaire:
            self.halo((int(cx), int(self.y_sol - 90 * SUR)), int(demi * 1.6), hexa("#ffc96b"), 0.35)
        pierre = self.t(nuance(hexa(lieu.facade), 0.82))
        self.d.rectangle(
            (cx - demi - 16 * SUR, y_haut + arc, cx + demi + 16 * SUR, self.y_sol), fill=pierre
        )
        self.d.pieslice(
            (cx - demi - 16 * SUR, y_haut - 16 * SUR, cx + demi + 16 * SUR, y_haut + 2 * arc + 16 * SUR),
            180, 360, fill=pierre,
        )  # fmt: skip
        self.d.rectangle((cx - demi, y_haut + arc, cx + demi, self.y_sol), fill=bois)
        self.d.pieslice((cx - demi, y_haut, cx + demi, y_haut + 2 * arc), 180, 360, fill=bois)
        marge = 10 * SUR
        self.d.rectangle(
            (cx - demi + marge, y_haut + arc, cx + demi - marge, self.y_sol - 8 * SUR), fill=vitre
        )
        self.d.pieslice(
            (cx - demi + marge, y_haut + marge, cx + demi - marge, y_haut + 2 * arc - marge),
            180, 360, fill=vitre,
        )  # fmt: skip
        for k in (-2, -1, 0, 1, 2):  # glazing bars
            x = cx + k * demi / 2.5
            self.d.line(
                (x, y_haut + marge + 8 * SUR, x, self.y_sol - 8 * SUR), fill=bois, width=4 * SUR
            )
        for y in (y_haut + arc, y_haut + arc + 70 * SUR):
            self.d.line((cx - demi, y, cx + demi, y), fill=bois, width=4 * SUR)
        if eclaire:  # people inside, as silhouettes
            ombre = (120, 84, 50)
            for dx in (-70, 10, 60):
                x, y = cx + dx * SUR, self.y_sol - 8 * SUR
                self.d.ellipse(
                    (x - 11 * SUR, y - 118 * SUR, x + 11 * SUR, y - 94 * SUR), fill=ombre
                )
                self.d.rounded_rectangle(
                    (x - 18 * SUR, y - 94 * SUR, x + 18 * SUR, y), radius=10 * SUR, fill=ombre
                )
        for fx in (x0 + 70 * SUR, x1 - 70 * SUR):
            self.d.ellipse(
                (fx - 36 * SUR, y_haut + 40 * SUR, fx + 36 * SUR, y_haut + 112 * SUR), fill=pierre
            )
            self.d.ellipse(
                (fx - 28 * SUR, y_haut + 48 * SUR, fx + 28 * SUR, y_haut + 104 * SUR), fill=vitre
            )
            self.d.line(
                (fx - 28 * SUR, y_haut + 76 * SUR, fx + 28 * SUR, y_haut + 76 * SUR),
                fill=bois,
                width=3 * SUR,
            )
        # benches on each side of the door
        for bx in (x0 + 30 * SUR, x1 - 150 * SUR):
            self.d.rectangle(
                (bx, self.y_sol - 40 * SUR, bx + 120 * SUR, self.y_sol - 32 * SUR),
                fill=self.t("#8b5a2b"),
            )
            for px in (bx + 10 * SUR, bx + 102 * SUR):
                self.d.rectangle(
                    (px, self.y_sol - 32 * SUR, px + 8 * SUR, self.y_sol), fill=self.t("#6b4424")
                )

    def vitrines(self, x0: float, x1: float, y_vitrine: float) -> None:
        """A shop front: two windows, a glazed door and a striped awning."""
        lieu = self.lieu
        largeur = x1 - x0
        eclaire = self.moment.eclaire or self.scene.moment in ("couchant", "hiver")
        vitre = hexa("#ffd98c") if eclaire else self.t("#5a7082")
        boiserie = self.t(lieu.volets)
        porte_l = 92 * SUR
        porte_x = (x0 + x1) / 2 - porte_l / 2
        if eclaire:
            self.halo(
                (int((x0 + x1) / 2), int(self.y_sol - 60 * SUR)),
                int(largeur * 0.45),
                hexa("#ffc96b"),
                0.3,
            )
        for vx0, vx1 in (
            (x0 + 34 * SUR, porte_x - 30 * SUR),
            (porte_x + porte_l + 30 * SUR, x1 - 34 * SUR),
        ):
            self.d.rectangle(
                (vx0 - 8 * SUR, y_vitrine - 8 * SUR, vx1 + 8 * SUR, self.y_sol), fill=boiserie
            )
            self.d.rectangle((vx0, y_vitrine, vx1, self.y_sol - 40 * SUR), fill=vitre)
            if not eclaire:
                self.d.polygon(
                    [(vx0, self.y_sol - 80 * SUR), (vx0 + 90 * SUR, y_vitrine), (vx0 + 140 * SUR, y_vitrine),
                     (vx0, self.y_sol - 40 * SUR)],
                    fill=self.t("#7990a2"),
                )  # fmt: skip
            else:  # shelves and jars seen through the lit window
                for k in range(3):
                    yy = y_vitrine + (k + 1) * 28 * SUR
                    self.d.line((vx0, yy, vx1, yy), fill=(196, 140, 74), width=3 * SUR)
                    for j in range(int((vx1 - vx0) / (22 * SUR))):
                        c = self.rng.choice(
                            ((190, 80, 60), (230, 180, 90), (120, 150, 80), (210, 120, 70))
                        )
                        px = vx0 + 8 * SUR + j * 22 * SUR
                        self.d.rectangle((px, yy - 14 * SUR, px + 12 * SUR, yy), fill=c)
        self.d.rectangle(
            (porte_x - 8 * SUR, y_vitrine - 20 * SUR, porte_x + porte_l + 8 * SUR, self.y_sol),
            fill=boiserie,
        )
        self.d.rectangle(
            (
                porte_x + 12 * SUR,
                y_vitrine - 6 * SUR,
                porte_x + porte_l - 12 * SUR,
                self.y_sol - 70 * SUR,
            ),
            fill=vitre,
        )
        self.d.ellipse(
            (
                porte_x + porte_l - 24 * SUR,
                self.y_sol - 62 * SUR,
                porte_x + porte_l - 14 * SUR,
                self.y_sol - 52 * SUR,
            ),
            fill=self.t("#d8b25a"),
        )
        self.store(x0 + 20 * SUR, x1 - 20 * SUR, y_vitrine - 34 * SUR)
        self.d.rectangle(
            (
                porte_x - 20 * SUR,
                self.y_sol - 6 * SUR,
                porte_x + porte_l + 20 * SUR,
                self.y_sol + 6 * SUR,
            ),
            fill=self.t("#b9b1a0"),
        )

    def store(self, x0: float, x1: float, y: float) -> None:
        """A striped awning with a scalloped edge."""
        couleur = self.t(self.lieu.store)
        blanc = self.t("#f4efe4")
        profondeur = 54 * SUR
        n = 12
        pas = (x1 - x0 + 40 * SUR) / n
        for k in range(n):
            ax0 = x0 + (x1 - x0) * k / n
            ax1 = x0 + (x1 - x0) * (k + 1) / n
            bx0 = x0 - 20 * SUR + pas * k
            bx1 = bx0 + pas
            c = couleur if k % 2 == 0 else blanc
            self.d.polygon(
                [(ax0, y), (ax1, y), (bx1, y + profondeur), (bx0, y + profondeur)], fill=c
            )
            self.d.chord(
                (bx0, y + profondeur - pas / 2.6, bx1, y + profondeur + pas / 2.6), 0, 180, fill=c
            )
        ombre = self.t(nuance(hexa(self.lieu.store), 0.7))
        self.d.line((x0, y, x1, y), fill=ombre, width=4 * SUR)

    def enseigne(self, cx: float, cy: float) -> None:
        texte = self.lieu.enseigne
        police, texte = police_enseigne(34 * SUR, texte)
        self.d.text((cx, cy), texte, font=police, anchor="mm", fill=self.t("#f6efdd"))

    # -- trees and life on the square -------------------------------------------
    def arbre(self, x: float, y: float, echelle: float, espece: str) -> None:
        rng = self.rng_lieu
        vert = self.t("#3f6b35" if espece != "cypres" else "#2f4f2c")
        clair = self.t("#5f8f45" if espece != "cypres" else "#3f6636")
        if self.scene.saison == "automne" and espece in ("feuillus", "platanes"):
            vert, clair = self.t("#b5652b"), self.t("#d9a441")
        tronc = self.t("#6b5440" if espece != "platanes" else "#b8ad93")
        s = echelle * SUR
        # shadow
        self.d.ellipse((x - 60 * s, y - 8 * s, x + 80 * s, y + 10 * s), fill=self.ombre_sol())
        if espece == "cypres":
            self.d.rectangle((x - 5 * s, y - 30 * s, x + 5 * s, y), fill=tronc)
            self.d.ellipse((x - 34 * s, y - 300 * s, x + 34 * s, y - 20 * s), fill=vert)
            self.d.polygon(
                [(x - 22 * s, y - 250 * s), (x, y - 330 * s), (x + 22 * s, y - 250 * s)], fill=vert
            )
            self.d.ellipse((x - 22 * s, y - 260 * s, x + 4 * s, y - 60 * s), fill=clair)
            return
        if espece == "sapins":
            self.d.rectangle((x - 8 * s, y - 40 * s, x + 8 * s, y), fill=tronc)
            for k in range(4):
                largeur = (95 - k * 20) * s
                bas = y - 30 * s - k * 62 * s
                self.d.polygon(
                    [(x - largeur, bas), (x + largeur, bas), (x, bas - 120 * s)], fill=vert
                )
                if self.neige:
                    self.d.polygon(
                        [
                            (x - largeur * 0.35, bas - 78 * s),
                            (x + largeur * 0.35, bas - 78 * s),
                            (x, bas - 120 * s),
                        ],
                        fill=self.t("#f1f4f7"),
                    )
            return
        # deciduous tree or plane tree: trunk and a cloud of leaves
        self.d.polygon(
            [(x - 12 * s, y), (x + 12 * s, y), (x + 7 * s, y - 150 * s), (x - 7 * s, y - 150 * s)],
            fill=tronc,
        )
        if espece == "platanes":
            for _ in range(6):
                px, py = x + rng.uniform(-6, 6) * s, y - rng.uniform(20, 140) * s
                self.d.ellipse(
                    (px - 6 * s, py - 4 * s, px + 6 * s, py + 4 * s), fill=self.t("#8d8470")
                )
        if self.neige:  # bare branches in winter
            self.branches(x, y - 150 * s, -90, 120 * s, 7 * s, 4, tronc)
            return
        self.d.line((x, y - 120 * s, x - 50 * s, y - 190 * s), fill=tronc, width=int(8 * s))
        self.d.line((x, y - 130 * s, x + 46 * s, y - 200 * s), fill=tronc, width=int(7 * s))
        touffes = [
            (rng.uniform(-90, 90), rng.uniform(-300, -170), rng.uniform(55, 85)) for _ in range(9)
        ]
        for dx, dy, r in touffes:
            self.d.ellipse(
                (
                    x + (dx - r) * s,
                    y + (dy - r * 0.85) * s,
                    x + (dx + r) * s,
                    y + (dy + r * 0.85) * s,
                ),
                fill=vert,
            )
        for dx, dy, r in touffes[:5]:
            r *= 0.6
            self.d.ellipse(
                (
                    x + (dx - 20 - r) * s,
                    y + (dy - 20 - r * 0.85) * s,
                    x + (dx - 20 + r) * s,
                    y + (dy - 20 + r * 0.85) * s,
                ),
                fill=clair,
            )

    def branches(
        self, x: float, y: float, angle: float, longueur: float, epaisseur: float, niveau: int, c
    ) -> None:
        """A bare tree's crown, drawn as a few levels of forking branches."""
        fin_x = x + longueur * math.cos(math.radians(angle))
        fin_y = y + longueur * math.sin(math.radians(angle))
        self.d.line((x, y, fin_x, fin_y), fill=c, width=max(1, int(epaisseur)))
        if niveau:
            for ecart in (-28, 24):
                self.branches(
                    fin_x, fin_y, angle + ecart + self.rng_lieu.uniform(-8, 8),
                    longueur * 0.72, epaisseur * 0.65, niveau - 1, c,
                )  # fmt: skip

    def ombre_sol(self) -> Couleur:
        pave = hexa("#d8d2c4" if not self.neige else "#eef1f4")
        return self.t(nuance(pave, 0.82))

    def personnage(self, x: float, y: float, echelle: float, rng: random.Random) -> None:
        self.personnes += 1
        s = echelle * SUR
        habits = rng.choice(
            ("#2f4a6d", "#8a3b2e", "#4f6b3a", "#6b4f7a", "#c28a2e", "#3d3d44", "#a0522d", "#2e6b6b")
        )
        peau = rng.choice(("#e8c4a0", "#c89a74", "#8d5a3b", "#f0d2b6"))
        cheveux = rng.choice(("#2b2118", "#6b4a2e", "#b8b0a6", "#d9c089", "#1a1a1a"))
        jambes = self.t(rng.choice(("#2d3540", "#4a4035", "#3b4a5a")))
        hauteur = rng.uniform(0.9, 1.08)
        self.d.ellipse((x - 22 * s, y - 5 * s, x + 22 * s, y + 5 * s), fill=self.ombre_sol())
        self.d.rounded_rectangle(
            (x - 13 * s, y - 70 * s * hauteur, x - 2 * s, y), radius=4 * s, fill=jambes
        )
        self.d.rounded_rectangle(
            (x + 2 * s, y - 70 * s * hauteur, x + 13 * s, y), radius=4 * s, fill=jambes
        )
        self.d.rounded_rectangle(
            (x - 20 * s, y - 140 * s * hauteur, x + 20 * s, y - 62 * s * hauteur),
            radius=14 * s,
            fill=self.t(habits),
        )
        tete_y = y - 160 * s * hauteur
        self.d.ellipse(
            (x - 14 * s, tete_y - 16 * s, x + 14 * s, tete_y + 16 * s), fill=self.t(peau)
        )
        self.d.chord(
            (x - 15 * s, tete_y - 18 * s, x + 15 * s, tete_y + 10 * s),
            180,
            360,
            fill=self.t(cheveux),
        )

    def terrasse(self, rng: random.Random) -> None:
        lieu = self.lieu
        centre = lieu.position * W
        cote = 1 if lieu.position < 0.5 else -1
        for k in range(2):
            x = centre + cote * (390 + k * 170) * SUR
            y = self.y_sol + (60 + k * 30) * SUR
            if k == 0:
                self.parasol(x, y)
            self.d.ellipse(
                (x - 40 * SUR, y - 70 * SUR, x + 40 * SUR, y - 58 * SUR), fill=self.t("#e9e4d8")
            )
            self.d.rectangle((x - 3 * SUR, y - 64 * SUR, x + 3 * SUR, y), fill=self.t("#55585c"))
            for dx in (-62, 62):
                cx = x + dx * SUR
                bois = self.t("#8b5a2b")
                self.d.rectangle(
                    (cx - 16 * SUR, y - 44 * SUR, cx + 16 * SUR, y - 38 * SUR), fill=bois
                )
                self.d.rectangle((cx - 16 * SUR, y - 44 * SUR, cx - 12 * SUR, y), fill=bois)
                self.d.rectangle((cx + 12 * SUR, y - 44 * SUR, cx + 16 * SUR, y), fill=bois)
                dos = cx + (14 if dx > 0 else -14) * SUR
                self.d.rectangle(
                    (dos - 2 * SUR, y - 86 * SUR, dos + 2 * SUR, y - 40 * SUR), fill=bois
                )
            if "monde" in self.scene.decor and rng.random() < 0.8:
                self.personnage(x - 62 * SUR, y + 4 * SUR, 0.78, rng)

    def parasol(self, x: float, y: float) -> None:
        toile = self.t(self.lieu.store)
        self.d.rectangle((x - 3 * SUR, y - 210 * SUR, x + 3 * SUR, y), fill=self.t("#6b6b6b"))
        self.d.polygon(
            [(x - 120 * SUR, y - 170 * SUR), (x, y - 232 * SUR), (x + 120 * SUR, y - 170 * SUR)],
            fill=toile,
        )
        self.d.chord(
            (x - 120 * SUR, y - 190 * SUR, x + 120 * SUR, y - 150 * SUR), 0, 180, fill=toile
        )

    def marche(self, rng: random.Random) -> None:
        centre = self.lieu.position * W
        places = [centre - 620 * SUR, centre + 620 * SUR, centre + 1000 * SUR, centre - 1000 * SUR]
        toiles = ("#c0392b", "#2e6da4", "#e3b23c", "#3a7d44")
        for i, x in enumerate(places):
            if x < 80 * SUR or x > W - 80 * SUR:
                continue
            y = self.y_sol + 120 * SUR
            largeur = 150 * SUR
            toile = self.t(toiles[i % len(toiles)])
            blanc = self.t("#f6f2ea")
            for px in (x - largeur, x + largeur):
                self.d.rectangle(
                    (px - 3 * SUR, y - 200 * SUR, px + 3 * SUR, y), fill=self.t("#5a5a5a")
                )
            for k in range(6):
                a = x - largeur + k * largeur / 3
                self.d.polygon(
                    [(a, y - 200 * SUR), (a + largeur / 3, y - 200 * SUR), (a + largeur / 3 + 6 * SUR, y - 160 * SUR),
                     (a + 6 * SUR, y - 160 * SUR)],
                    fill=toile if k % 2 == 0 else blanc,
                )  # fmt: skip
            self.d.rectangle(
                (x - largeur, y - 70 * SUR, x + largeur, y - 56 * SUR), fill=self.t("#b08a5a")
            )
            self.d.rectangle(
                (x - largeur + 10 * SUR, y - 56 * SUR, x + largeur - 10 * SUR, y),
                fill=self.t("#e8dfcc"),
            )
            for c in range(5):
                cx = x - largeur + 20 * SUR + c * (largeur * 2 - 40 * SUR) / 5
                self.d.rectangle(
                    (cx, y - 100 * SUR, cx + 44 * SUR, y - 70 * SUR), fill=self.t("#a87b4f")
                )
                fruit = self.t(rng.choice(("#d64531", "#f0a12a", "#6aa84f", "#8e44ad", "#e8d44d")))
                for f in range(4):
                    fx = cx + 6 * SUR + f * 10 * SUR
                    self.d.ellipse((fx, y - 110 * SUR, fx + 12 * SUR, y - 98 * SUR), fill=fruit)
            self.personnage(x + rng.uniform(-60, 60) * SUR, y + 50 * SUR, 0.95, rng)

    def guirlande(self) -> None:
        x0 = self.lieu.position * W - 300 * SUR
        x1 = x0 + 600 * SUR
        y_haut = self.y_sol - 380 * SUR
        ampoules = []
        for cote in (-1, 1):
            ax = x0 if cote < 0 else x1
            bx = ax + cote * 520 * SUR
            by = self.y_sol - 240 * SUR
            points = []
            for k in range(21):
                f = k / 20
                x = ax + (bx - ax) * f
                y = y_haut + (by - y_haut) * f + math.sin(f * math.pi) * 70 * SUR
                points.append((x, y))
            self.d.line(points, fill=self.t("#2a2a2a"), width=2 * SUR)
            self.d.rectangle(
                (bx - 4 * SUR, by, bx + 4 * SUR, self.y_sol + 60 * SUR), fill=self.t("#4a4a4a")
            )
            ampoules += points[1::2]
        lumineux = self.moment.eclaire or self.scene.moment == "couchant"
        for x, y in ampoules:
            c = (255, 214, 120) if lumineux else self.t("#f3e3b0")
            if lumineux:
                self.halo((int(x), int(y)), 22 * SUR, (255, 200, 110), 0.5)
            self.d.ellipse((x - 7 * SUR, y, x + 7 * SUR, y + 16 * SUR), fill=c)

    def velo(self, x: float, y: float) -> None:
        c = self.t("#2c5f7c")
        r = 30 * SUR
        for cx in (x - 50 * SUR, x + 50 * SUR):
            self.d.ellipse((cx - r, y - 2 * r, cx + r, y), outline=self.t("#222222"), width=4 * SUR)
        self.d.line(
            [(x - 50 * SUR, y - r), (x - 5 * SUR, y - r), (x + 50 * SUR, y - r), (x + 25 * SUR, y - 2.1 * r),
             (x - 20 * SUR, y - 2.1 * r), (x - 5 * SUR, y - r)],
            fill=c, width=5 * SUR,
        )  # fmt: skip
        self.d.line((x + 25 * SUR, y - 2.1 * r, x + 30 * SUR, y - 2.5 * r), fill=c, width=5 * SUR)
        self.d.rectangle(
            (x - 28 * SUR, y - 2.3 * r, x - 10 * SUR, y - 2.1 * r), fill=self.t("#222222")
        )

    def fontaine(self, x: float) -> None:
        y = self.y_sol + 140 * SUR
        pierre = self.t("#bfb6a3")
        self.d.rectangle((x - 110 * SUR, y - 60 * SUR, x + 110 * SUR, y), fill=pierre)
        self.d.rectangle(
            (x - 110 * SUR, y - 66 * SUR, x + 110 * SUR, y - 56 * SUR), fill=self.t("#a89f8c")
        )
        self.d.rectangle((x - 16 * SUR, y - 170 * SUR, x + 16 * SUR, y - 60 * SUR), fill=pierre)
        self.d.line(
            (x + 16 * SUR, y - 140 * SUR, x + 46 * SUR, y - 140 * SUR),
            fill=self.t("#6d6d6d"),
            width=4 * SUR,
        )
        if not self.neige:
            self.d.line(
                (x + 44 * SUR, y - 140 * SUR, x + 48 * SUR, y - 66 * SUR),
                fill=self.t("#bcd8e8"),
                width=4 * SUR,
            )

    def fumee(self, x: float, y: float) -> None:
        """Chimney smoke, blurred on a small patch."""
        cote = 240 * SUR
        x0, y0 = int(x - cote / 2), int(y - cote)
        couche = Image.new("L", (cote // 4, cote // 4), 0)
        cd = ImageDraw.Draw(couche)
        for k in range(7):
            cx = cote / 8 + k * 3 + math.sin(k) * 3
            cy = cote / 4 - 8 - k * 8
            r = 4 + k * 1.5
            cd.ellipse((cx - r, cy - r, cx + r, cy + r), fill=max(40, 150 - k * 15))
        couche = couche.filter(ImageFilter.GaussianBlur(2))
        couche = couche.resize((cote, cote), Image.Resampling.BILINEAR)
        self.image.paste(self.t("#e6e6e6"), (x0, y0, x0 + cote, y0 + cote), couche)

    # -- the whole picture -----------------------------------------------------
    def peindre(self) -> Image.Image:
        lieu, decor = self.lieu, self.scene.decor
        rng_decor = random.Random(self.lieu.graine * 31 + self.scene.graine)
        self.ciel()
        self.reliefs()
        self.sol()
        centre = lieu.position * W
        # neighbours and bell tower behind or beside the shop
        gauche = centre - 300 * SUR
        droite = centre + 300 * SUR
        if lieu.clocher:
            self.clocher(droite + 260 * SUR if lieu.position < 0.5 else gauche - 350 * SUR)
        etages_g, etages_d = ((2, 2), (1, 2), (2, 3), (3, 1), (2, 1))[lieu.graine % 5]
        haut_g = self.maison(
            gauche - 360 * SUR, gauche - 20 * SUR, etages_g, lieu.voisins[0], "#6f8a6b"
        )
        self.maison(droite + 20 * SUR, droite + 330 * SUR, etages_d, lieu.voisins[1], "#7b8fa8")
        if self.neige or self.moment.eclaire:
            self.d.rectangle(
                (gauche - 120 * SUR, haut_g - 110 * SUR, gauche - 90 * SUR, haut_g - 30 * SUR),
                fill=self.t("#8a6f5a"),
            )
            self.fumee(gauche - 105 * SUR, haut_g - 120 * SUR)
        self.commerce()
        # trees on both sides
        espece = self.relief.arbres
        if lieu.position >= 0.5:
            self.arbre(centre - 1000 * SUR, self.y_sol + 40 * SUR, 1.25, espece)
        else:
            self.arbre(centre + 1010 * SUR, self.y_sol + 40 * SUR, 1.25, espece)
        self.arbre(W * (0.04 if lieu.position >= 0.5 else 0.96), self.y_sol + 90 * SUR, 1.1, espece)
        if "fontaine" in decor:
            self.fontaine(centre + (-720 if lieu.position >= 0.5 else 720) * SUR)
        if "guirlande" in decor:
            self.guirlande()
        if "marche" in decor:
            self.marche(rng_decor)
        if "terrasse" in decor:
            self.terrasse(rng_decor)
        if "velo" in decor:
            self.velo(centre + 380 * SUR, self.y_sol + 40 * SUR)
        if "monde" in decor:
            for _ in range(rng_decor.randint(2, 4)):
                x = centre + rng_decor.uniform(-520, 520) * SUR
                self.personnage(x, self.y_sol + rng_decor.uniform(70, 150) * SUR, 1.05, rng_decor)
        return self.finir()

    def finir(self) -> Image.Image:
        """Frame (a closer or wider view, varied per picture), reduce, add grain and vignette."""
        zoom = self.rng.choice((1.0, 0.92, 0.84, 0.76, 0.68))
        if zoom == 1.0:
            image = self.image.reduce(SUR)
        else:
            largeur, hauteur = W * zoom, H * zoom
            centre = self.lieu.position * W + self.rng.uniform(-0.2, 0.2) * largeur
            x0 = min(max(0.0, centre - largeur / 2), W - largeur)
            y0 = H * 0.93 - hauteur  # keep the square, lose some sky
            boite = (x0, y0, x0 + largeur, y0 + hauteur)
            image = self.image.resize((LARGEUR, HAUTEUR), Image.Resampling.BOX, box=boite)
        image = Image.blend(image, _grain(), 0.06)
        return Image.composite(image, Image.blend(image, _SOMBRE(), 0.28), _vignette())


@cache
def _grain() -> Image.Image:
    """Fixed film grain (seeded, so every run draws the same pictures)."""
    octets = random.Random(2025).randbytes(LARGEUR * HAUTEUR // 4)
    petit = Image.frombytes("L", (LARGEUR // 2, HAUTEUR // 2), octets).point(lambda v: 100 + v // 5)
    return petit.resize((LARGEUR, HAUTEUR), Image.Resampling.NEAREST).convert("RGB")


@cache
def _vignette() -> Image.Image:
    """Mask that darkens the corners a little."""
    petit = Image.new("L", (160, 100), 0)
    ImageDraw.Draw(petit).ellipse((-30, -25, 190, 125), fill=255)
    petit = petit.filter(ImageFilter.GaussianBlur(18))
    return petit.resize((LARGEUR, HAUTEUR), Image.Resampling.BILINEAR)


@cache
def _SOMBRE() -> Image.Image:
    return Image.new("RGB", (LARGEUR, HAUTEUR), (20, 18, 24))


_POLICES: dict[int, tuple[ImageFont.FreeTypeFont | ImageFont.ImageFont, bool]] = {}


def police_enseigne(taille: int, texte: str):
    """A serif font with accents when the system has one, else Pillow's own (accents folded)."""
    if taille not in _POLICES:
        for nom in ("DejaVuSerif-Bold.ttf", "DejaVuSans-Bold.ttf", "LiberationSerif-Bold.ttf"):
            try:
                _POLICES[taille] = (ImageFont.truetype(nom, taille), True)
                break
            except OSError:
                continue
        else:
            _POLICES[taille] = (ImageFont.load_default(size=taille), False)
    police, accents = _POLICES[taille]
    if not accents:
        texte = "".join(
            c for c in unicodedata.normalize("NFKD", texte) if not unicodedata.combining(c)
        )
    return police, texte
