"""Deterministic interior views of the demo places: a room in one-point perspective.

A café's counter and bistro tables, an épicerie's shelves and crates, a bakery's bread
racks, a tiers-lieu's long table: the activity chooses the furniture, the story's seed
the camera, the people and their places, the moment the light. The back of the room is
blurred and a blurred foreground is added, as a phone camera would see it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter

from .photos import SUR, Couleur, H, Peintre, Scene, W, hexa, melange, nuance


@dataclass(frozen=True)
class Salle:
    """What one kind of place looks like inside."""

    murs: tuple[str, str]  # back wall, side walls
    plafond: str
    sol: str
    parquet: bool  # planks, else tiles
    meubles: tuple[tuple[str, ...], ...]  # arrangements; each picture draws one
    nom: str  # how the alt text names the room


SALLES: dict[str, Salle] = {
    "cafe": Salle(("#c58a55", "#a8703f"), "#e7d6bb", "#7a4e2d", True,
                  (("comptoir", "tables"), ("tables",), ("comptoir",)), "la salle"),
    "epicerie": Salle(("#efe3c8", "#e2d2b0"), "#f4ecdc", "#b9a88c", False,
                      (("rayons", "cageots"), ("cageots", "comptoir"), ("rayons", "comptoir")),
                      "les rayons"),
    "boulangerie": Salle(("#ecd2a4", "#ddb985"), "#f3e6cc", "#a88a68", False,
                         (("pains", "vitrine"), ("pains", "vitrine", "tables")), "la boutique"),
    "tiers-lieu": Salle(("#e8e4da", "#d6cfc0"), "#cdb595", "#8c6a48", True,
                        (("tableau", "grande-table"), ("tableau", "tables"), ("grande-table",)),
                        "la grande salle"),
    "multi-commerce": Salle(("#dfe6cf", "#c9d3b4"), "#eef0e4", "#9a8466", True,
                            (("rayons", "comptoir", "tables"), ("rayons", "tables"),
                             ("comptoir", "cageots")), "la salle"),
}  # fmt: skip

HABITS = ("#2f4a6d", "#8a3b2e", "#4f6b3a", "#6b4f7a", "#c28a2e", "#3d3d44", "#a0522d", "#2e6b6b")
PEAUX = ("#e8c4a0", "#c89a74", "#8d5a3b", "#f0d2b6", "#b07a55")
CHEVEUX = ("#2b2118", "#6b4a2e", "#b8b0a6", "#d9c089", "#1a1a1a", "#e6e2dc")
PRODUITS = ("#c0392b", "#e67e22", "#f1c40f", "#27ae60", "#2980b9", "#8e44ad", "#ecf0f1",
            "#d35400", "#16a085", "#7f8c8d")  # fmt: skip


class Interieur(Peintre):
    """Draws the inside of a place; shares the light and helpers of the outdoor painter."""

    def __init__(self, scene: Scene, activite: str):
        super().__init__(scene)
        self.salle = SALLES.get(activite, SALLES["multi-commerce"])
        self.activite = activite
        rng = self.rng
        # camera: where the eye stands, how deep the room is
        self.vx = W * rng.uniform(0.36, 0.64)
        self.vy = H * rng.uniform(0.4, 0.5)
        self.s = rng.uniform(0.36, 0.5)  # share of the frame the back wall takes
        self.cote = rng.choice((-1, 1))  # side of the counter or the shelves
        soir = self.moment.eclaire or scene.moment in ("couchant",)
        self.soir = soir
        # the evening's lamps, or the daylight of the hour: cool morning, white noon, gold
        self.lumiere = (
            (0.9, 0.78, 0.64)
            if soir
            else rng.choice(((0.94, 0.98, 1.04), (1.0, 0.99, 0.96), (1.05, 0.97, 0.86)))
        )
        self.teinte = rng.uniform(0.88, 1.08)  # walls repainted, or in shade
        self.personnes = 0  # how many were drawn, for the alt text
        self.meubles = rng.choice(self.salle.meubles)

    # Light indoors: daylight from the window, or warm lamps in the evening.
    def t(self, couleur: str | Couleur, brume: float = 0.0) -> Couleur:
        c = hexa(couleur) if isinstance(couleur, str) else couleur
        r, g, b = self.lumiere
        return (min(255, round(c[0] * r)), min(255, round(c[1] * g)), min(255, round(c[2] * b)))

    def mur(self, couleur: str) -> Couleur:
        """A wall colour, as this picture's light and paint show it."""
        return self.t(nuance(hexa(couleur), self.teinte))

    def ombre_sol(self) -> Couleur:
        return self.t(nuance(hexa(self.salle.sol), 0.7))

    # -- perspective -------------------------------------------------------------
    def f(self, z: float) -> float:
        """Scale of something at depth z (0: the front of the frame, 1: the back wall)."""
        return 1 / (1 + z * (1 / self.s - 1))

    def point(self, x: float, y: float, z: float) -> tuple[float, float]:
        """Where a point given in front-plane pixels lands at depth z."""
        k = self.f(z)
        return (self.vx + (x - self.vx) * k, self.vy + (y - self.vy) * k)

    def boite(self, x0: float, x1: float, haut: float, z0: float, z1: float, couleur: str) -> None:
        """A box standing on the floor, parallel to the back wall (counter, shelf, table)."""
        face = [self.point(x0, H - haut, z0), self.point(x1, H - haut, z0)]
        dessus = [*face, self.point(x1, H - haut, z1), self.point(x0, H - haut, z1)]
        self.d.polygon(dessus, fill=self.t(nuance(hexa(couleur), 1.18)))
        bas = [self.point(x1, H, z0), self.point(x0, H, z0)]
        self.d.polygon([*face, *bas], fill=self.t(couleur))
        # the side that shows, towards the middle of the room
        if x1 < self.vx:
            cote = [self.point(x1, H - haut, z0), self.point(x1, H - haut, z1),
                    self.point(x1, H, z1), self.point(x1, H, z0)]  # fmt: skip
            self.d.polygon(cote, fill=self.t(nuance(hexa(couleur), 0.8)))
        elif x0 > self.vx:
            cote = [self.point(x0, H - haut, z0), self.point(x0, H - haut, z1),
                    self.point(x0, H, z1), self.point(x0, H, z0)]  # fmt: skip
            self.d.polygon(cote, fill=self.t(nuance(hexa(couleur), 0.8)))

    # -- the room ---------------------------------------------------------------
    def piece(self) -> None:
        salle = self.salle
        self.image = Image.new("RGB", (W, H), self.mur(salle.murs[0]))
        self.d = ImageDraw.Draw(self.image)
        bx0, by0 = self.point(0, 0, 1)
        bx1, by1 = self.point(W, H, 1)
        self.fond = (bx0, by0, bx1, by1)
        lateral = self.mur(salle.murs[1])
        self.d.polygon([(0, 0), (bx0, by0), (bx0, by1), (0, H)], fill=lateral)
        self.d.polygon([(W, 0), (bx1, by0), (bx1, by1), (W, H)], fill=nuance(lateral, 0.9))
        self.d.polygon([(0, 0), (W, 0), (bx1, by0), (bx0, by0)], fill=self.t(salle.plafond))
        self.d.polygon([(bx0, by1), (bx1, by1), (W, H), (0, H)], fill=self.t(salle.sol))
        # a darker band where walls meet the floor, and the gradient of the back wall
        for k in range(12):
            y = by0 + (by1 - by0) * k / 12
            teinte = nuance(self.mur(salle.murs[0]), 1.04 - k * 0.012)
            self.d.rectangle((bx0, y, bx1, y + (by1 - by0) / 12 + 1), fill=teinte)
        self.sol_lignes()
        if self.activite == "tiers-lieu":
            self.poutres()

    def sol_lignes(self) -> None:
        joint = self.t(nuance(hexa(self.salle.sol), 0.82))
        n = 14
        for k in range(n + 1):  # lines running into the depth
            x = W * (k / n) * 1.6 - W * 0.3
            self.d.line((self.point(x, H, 0), self.point(x, H, 1)), fill=joint, width=2 * SUR)
        pas = 0.08 if self.salle.parquet else 0.1
        z = 0.0
        while z < 1:  # lines across, closer together in the distance
            (xa, ya), (xb, _) = self.point(-W, H, z), self.point(2 * W, H, z)
            self.d.line((xa, ya, xb, ya), fill=joint, width=SUR if self.salle.parquet else 2 * SUR)
            z += pas

    def poutres(self) -> None:
        bois = self.t("#6e4f33")
        for z in (0.15, 0.45, 0.75):
            (xa, ya), (xb, _) = self.point(0, 0, z), self.point(W, 0, z)
            epaisseur = 40 * SUR * self.f(z)
            self.d.rectangle((xa, ya, xb, ya + epaisseur), fill=bois)

    def fenetre_fond(self) -> None:
        """A window on the back wall: the sky and the square outside, or the night."""
        bx0, by0, bx1, by1 = self.fond
        large = (bx1 - bx0) * self.rng.uniform(0.22, 0.32)
        x0 = bx0 + (bx1 - bx0) * (0.68 if self.cote < 0 else 0.1)
        y0 = by0 + (by1 - by0) * 0.16
        y1 = by0 + (by1 - by0) * 0.72
        haut, milieu, bas = (hexa(c) for c in self.moment.ciel)
        cadre = self.t("#f3eee4")
        self.d.rectangle(
            (x0 - 8 * SUR, y0 - 8 * SUR, x0 + large + 8 * SUR, y1 + 8 * SUR), fill=cadre
        )
        n = 10
        for k in range(n):
            c = melange(haut, bas, k / (n - 1)) if k < n else milieu
            ya = y0 + (y1 - y0) * 0.6 * k / n
            self.d.rectangle((x0, ya, x0 + large, ya + (y1 - y0) * 0.6 / n + 1), fill=c)
        # houses across the square
        maisons = nuance(hexa("#d9c6a5"), 0.5 if self.soir else 0.95)
        self.d.rectangle((x0, y0 + (y1 - y0) * 0.55, x0 + large, y1), fill=maisons)
        if self.soir:
            for k in range(3):
                fx = x0 + large * (0.15 + 0.3 * k)
                fy = y0 + (y1 - y0) * 0.68
                self.d.rectangle(
                    (fx, fy, fx + large * 0.1, fy + (y1 - y0) * 0.1), fill=(255, 205, 120)
                )
        self.d.line((x0 + large / 2, y0, x0 + large / 2, y1), fill=cadre, width=5 * SUR)
        self.d.line((x0, (y0 + y1) / 2, x0 + large, (y0 + y1) / 2), fill=cadre, width=5 * SUR)
        self.fenetre_xy = (x0, y0, x0 + large, y1)

    def rayon_de_soleil(self) -> None:
        """Daylight falling from the window onto the floor, soft-edged."""
        if self.soir:
            return
        x0, _, x1, y1 = self.fenetre_xy
        e = 8
        masque = Image.new("L", (W // e, H // e), 0)
        dm = ImageDraw.Draw(masque)
        pied = [(x0, y1), (x1, y1)]
        avant = [self.point(self.vx + (x1 - self.vx) * 2.2, H, 0.35),
                 self.point(self.vx + (x0 - self.vx) * 2.2, H, 0.35)]  # fmt: skip
        dm.polygon([(x / e, y / e) for x, y in [*pied, *avant]], fill=70)
        masque = masque.filter(ImageFilter.GaussianBlur(6)).resize(
            (W, H), Image.Resampling.BILINEAR
        )
        self.image.paste((255, 246, 222), (0, 0), masque)

    def lampes(self) -> None:
        """Pendant lamps; lit (with a glow) in the evening."""
        for k, px in enumerate((0.22, 0.5, 0.78)):
            z = 0.3 + 0.25 * (k % 2)
            x, y_plafond = self.point(W * px, 0, z)
            k_ = self.f(z)
            y = y_plafond + 260 * SUR * k_
            self.d.line(
                (x, y_plafond, x, y), fill=self.t("#2d2d2d"), width=max(1, int(3 * SUR * k_))
            )
            r = 46 * SUR * k_
            if self.soir:
                self.halo((int(x), int(y + r * 0.5)), int(r * 3.2), (255, 214, 140), 0.45)
            self.d.chord((x - r, y - r * 0.6, x + r, y + r * 1.1), 180, 360,
                         fill=self.t("#3f4a3c" if k % 2 else "#8a3b2e"))  # fmt: skip
            if self.soir:
                self.d.ellipse(
                    (x - r * 0.35, y + r * 0.1, x + r * 0.35, y + r * 0.45), fill=(255, 236, 190)
                )

    # -- furniture on the back wall (blurred with it) ------------------------------
    def etageres_fond(self, produits: bool) -> None:
        bx0, by0, bx1, by1 = self.fond
        xa = bx0 + (bx1 - bx0) * (0.05 if self.cote < 0 else 0.45)
        xb = xa + (bx1 - bx0) * 0.5
        bois = self.t("#7b5634")
        rng = random.Random(self.rng.random())
        for k in range(4):
            y = by0 + (by1 - by0) * (0.22 + k * 0.17)
            self.d.rectangle((xa, y, xb, y + 6 * SUR), fill=bois)
            x = xa + 4 * SUR
            while x < xb - 20 * SUR:
                lg = rng.uniform(10, 22) * SUR
                ht = rng.uniform(22, 46) * SUR
                if produits:
                    c = self.t(rng.choice(PRODUITS))
                    self.d.rectangle((x, y - ht, x + lg, y), fill=c)
                else:  # bottles
                    c = self.t(rng.choice(("#3b5e3a", "#6b2a2a", "#c9a24a", "#2d3f5c")))
                    self.d.rounded_rectangle((x, y - ht, x + lg * 0.7, y), radius=4 * SUR, fill=c)
                x += lg + rng.uniform(2, 6) * SUR

    def pains_fond(self) -> None:
        bx0, by0, bx1, by1 = self.fond
        xa = bx0 + (bx1 - bx0) * 0.08
        xb = bx1 - (bx1 - bx0) * 0.08
        bois = self.t("#8b5e34")
        croute, doree = self.t("#b8742f"), self.t("#d9a35a")
        rng = random.Random(self.rng.random())
        for k in range(3):
            y = by0 + (by1 - by0) * (0.3 + k * 0.2)
            self.d.rectangle((xa, y, xb, y + 7 * SUR), fill=bois)
            x = xa + 10 * SUR
            while x < xb - 40 * SUR:
                if k == 0:  # baguettes standing in a basket
                    self.d.rounded_rectangle(
                        (x, y - 80 * SUR, x + 9 * SUR, y), radius=5 * SUR, fill=croute
                    )
                    x += 14 * SUR
                else:  # round loaves
                    r = rng.uniform(14, 22) * SUR
                    self.d.ellipse((x, y - r * 1.3, x + 2 * r, y), fill=croute)
                    self.d.arc(
                        (x + r * 0.4, y - r, x + r * 1.6, y - r * 0.2),
                        200,
                        340,
                        fill=doree,
                        width=2 * SUR,
                    )
                    x += 2 * r + 6 * SUR

    def tableau(self) -> None:
        """A chalkboard with the week's programme, chalk lines only (no words to read)."""
        bx0, by0, bx1, by1 = self.fond
        xa = bx0 + (bx1 - bx0) * (0.08 if self.cote > 0 else 0.5)
        xb = xa + (bx1 - bx0) * 0.38
        ya, yb = by0 + (by1 - by0) * 0.18, by0 + (by1 - by0) * 0.62
        self.d.rectangle(
            (xa - 6 * SUR, ya - 6 * SUR, xb + 6 * SUR, yb + 6 * SUR), fill=self.t("#7b5634")
        )
        self.d.rectangle((xa, ya, xb, yb), fill=self.t("#2f3b33"))
        rng = random.Random(self.rng.random())
        craie = self.t("#dfe4dc")
        for k in range(6):
            y = ya + (yb - ya) * (0.14 + k * 0.14)
            fin = xa + (xb - xa) * rng.uniform(0.45, 0.9)
            self.d.line((xa + (xb - xa) * 0.08, y, fin, y), fill=craie, width=2 * SUR)
        # bunting across the room
        couleurs = [self.t(c) for c in ("#c0392b", "#f1c40f", "#2980b9", "#27ae60")]
        (x0, y0), (x1, _) = self.point(0, H * 0.12, 0.6), self.point(W, H * 0.12, 0.6)
        n = 16
        for k in range(n):
            xa_ = x0 + (x1 - x0) * k / n
            xb_ = x0 + (x1 - x0) * (k + 1) / n
            creux = 18 * SUR * (1 - ((k + 0.5) / n - 0.5) ** 2 * 4)
            self.d.polygon([(xa_, y0 + creux), (xb_, y0 + creux), ((xa_ + xb_) / 2, y0 + creux + 40 * SUR)],
                           fill=couleurs[k % 4])  # fmt: skip

    def flou_fond(self) -> None:
        """Depth of field: the back of the room goes soft."""
        petit = self.image.reduce(8).filter(ImageFilter.GaussianBlur(1.6))
        self.image = petit.resize((W, H), Image.Resampling.BICUBIC)
        self.d = ImageDraw.Draw(self.image)

    # -- furniture in the room -----------------------------------------------------
    def comptoir(self, rng: random.Random) -> None:
        z0, z1 = 0.5, 0.62
        cote = -self.cote if "rayons" in self.meubles else self.cote
        if cote < 0:
            x0, x1 = -W * 0.2, self.vx - W * 0.08
        else:
            x0, x1 = self.vx + W * 0.08, W * 1.2
        # the person serving, behind the counter
        xs = (x0 + x1) / 2
        self.debout(*self.point(xs, H, 0.66), self.f(0.66), rng)
        self.boite(x0, x1, 270 * SUR, z0, z1, "#6b3f22")
        # zinc top and a few glasses and cups
        (xa, ya), (xb, _) = self.point(x0, H - 270 * SUR, z0), self.point(x1, H - 270 * SUR, z0)
        self.d.rectangle((xa, ya - 8 * SUR * self.f(z0), xb, ya), fill=self.t("#b9bcbf"))
        for _ in range(rng.randint(3, 6)):
            gx = rng.uniform(max(xa, 0) + 30 * SUR, min(xb, W) - 30 * SUR)
            k = self.f(z0)
            self.d.rounded_rectangle((gx, ya - 44 * SUR * k, gx + 22 * SUR * k, ya - 6 * SUR * k),
                                     radius=3 * SUR, fill=self.t("#dfe9ec"))  # fmt: skip
        # customers leaning on it
        for _ in range(rng.randint(1, 3)):
            px = rng.uniform(x0, x1)
            if 0 < self.point(px, H, 0.45)[0] < W:
                self.debout(*self.point(px, H, 0.44), self.f(0.44), rng)

    def tables(self, rng: random.Random) -> None:
        places = []
        for _ in range(rng.randint(2, 4)):
            z = rng.uniform(0.12, 0.55)
            px = self.vx - self.cote * rng.uniform(0.1, 0.7) * W
            places.append((z, px))
        for z, px in sorted(places, reverse=True):
            self.table_ronde(px, z, rng)

    def table_ronde(self, px: float, z: float, rng: random.Random) -> None:
        k = self.f(z)
        x, y = self.point(px, H, z)
        assis = rng.random() < 0.8
        if assis:
            for dx in (-1, 1):
                if rng.random() < 0.75:
                    self.assis(x + dx * 95 * SUR * k, y, k, rng)
        haut = 190 * SUR * k
        self.d.ellipse(
            (x - 90 * SUR * k, y - 8 * SUR * k, x + 90 * SUR * k, y + 8 * SUR * k),
            fill=self.ombre_sol(),
        )
        self.d.rectangle((x - 6 * SUR * k, y - haut, x + 6 * SUR * k, y), fill=self.t("#3a3a3a"))
        self.d.ellipse((x - 80 * SUR * k, y - haut - 18 * SUR * k, x + 80 * SUR * k, y - haut + 10 * SUR * k),
                       fill=self.t("#d8d0c0"))  # fmt: skip
        for dx in (-30, 20):
            self.d.rounded_rectangle(
                (x + dx * SUR * k, y - haut - 40 * SUR * k, x + (dx + 18) * SUR * k, y - haut - 6 * SUR * k),
                radius=3 * SUR, fill=self.t(rng.choice(("#f4f1ea", "#e9b44c", "#7a3b2e"))),
            )  # fmt: skip

    def grande_table(self, rng: random.Random) -> None:
        z0, z1 = 0.3, 0.42
        x0, x1 = self.vx - W * 0.5, self.vx + W * 0.5
        # people on the far side, facing the camera
        n = rng.randint(3, 6)
        for i in range(n):
            px = x0 + (x1 - x0) * (i + 0.5) / n + rng.uniform(-40, 40) * SUR
            self.assis(*self.point(px, H, z1 + 0.05), self.f(z1 + 0.05), rng)
        self.boite(x0, x1, 190 * SUR, z0, z1, "#a77b4f")
        # papers, mugs and a laptop on the table
        (xa, ya), (xb, _) = (
            self.point(x0, H - 190 * SUR, z0 + 0.06),
            self.point(x1, H - 190 * SUR, z0 + 0.06),
        )
        k = self.f(z0)
        for _ in range(rng.randint(5, 9)):
            gx = rng.uniform(xa + 40 * SUR, xb - 80 * SUR)
            if rng.random() < 0.5:
                self.d.polygon([(gx, ya), (gx + 60 * SUR * k, ya), (gx + 70 * SUR * k, ya - 8 * SUR * k),
                                (gx + 10 * SUR * k, ya - 8 * SUR * k)], fill=self.t("#f6f4ee"))  # fmt: skip
            else:
                self.d.rounded_rectangle((gx, ya - 36 * SUR * k, gx + 24 * SUR * k, ya), radius=4 * SUR,
                                         fill=self.t(rng.choice(PRODUITS)))  # fmt: skip

    def rayons(self, rng: random.Random) -> None:
        """A free-standing shelf unit full of products, on one side."""
        z0, z1 = 0.35, 0.5
        if self.cote < 0:
            x0, x1 = -W * 0.3, self.vx - W * 0.22
        else:
            x0, x1 = self.vx + W * 0.22, W * 1.3
        haut = 620 * SUR
        self.boite(x0, x1, haut, z0, z1, "#8b6a45")
        k = self.f(z0)
        (xa, _), (xb, _) = self.point(x0, H, z0), self.point(x1, H, z0)
        xa, xb = max(xa, 0), min(xb, W)
        for etage in range(5):
            y = self.point(0, H - haut + (etage + 0.9) * haut / 5.4, z0)[1]
            self.d.rectangle((xa, y, xb, y + 6 * SUR * k), fill=self.t("#5c4329"))
            x = xa + 8 * SUR
            while x < xb - 30 * SUR * k:
                lg, ht = rng.uniform(20, 40) * SUR * k, rng.uniform(40, 80) * SUR * k
                self.d.rectangle((x, y - ht, x + lg, y), fill=self.t(rng.choice(PRODUITS)))
                x += lg + 4 * SUR * k
        for _ in range(rng.randint(1, 3)):  # customers browsing in the aisle
            z = rng.uniform(0.25, 0.45)
            px = self.vx + self.cote * rng.uniform(-0.05, 0.25) * W
            self.debout(*self.point(px, H, z), self.f(z), rng)

    def cageots(self, rng: random.Random) -> None:
        """Crates of fruit and vegetables at the front."""
        z = rng.uniform(0.1, 0.2)
        px = self.vx - self.cote * W * 0.35
        for i in range(3):
            x0 = px + (i - 1.5) * 230 * SUR
            self.boite(x0, x0 + 210 * SUR, 220 * SUR, z, z + 0.05, "#b08a5a")
            (xa, ya), (xb, _) = (
                self.point(x0, H - 220 * SUR, z),
                self.point(x0 + 210 * SUR, H - 220 * SUR, z),
            )
            k = self.f(z)
            fruit = rng.choice(("#d64532", "#f39c12", "#7cb342", "#e8d44d", "#8e3b5e"))
            for _ in range(14):
                fx, r = rng.uniform(xa, xb), rng.uniform(14, 20) * SUR * k
                fy = ya - rng.uniform(0, 30) * SUR * k
                self.d.ellipse((fx - r, fy - r, fx + r, fy + r), fill=self.t(fruit))

    def vitrine(self, rng: random.Random) -> None:
        """The bakery's glass counter, the baker behind it, customers waiting."""
        z0, z1 = 0.5, 0.6
        x0, x1 = self.vx - W * 0.45, self.vx + W * 0.45
        self.debout(
            *self.point(self.vx + self.cote * W * 0.1, H, 0.64), self.f(0.64), rng, tablier=True
        )
        self.boite(x0, x1, 250 * SUR, z0, z1, "#efe6d6")
        (xa, ya), (xb, _) = self.point(x0, H - 250 * SUR, z0), self.point(x1, H - 250 * SUR, z0)
        k = self.f(z0)
        verre = (xa + 20 * SUR, ya + 20 * SUR * k, xb - 20 * SUR, ya + 120 * SUR * k)
        self.d.rectangle(verre, fill=self.t("#cfe1e6"))
        x = verre[0] + 20 * SUR
        while x < verre[2] - 80 * SUR * k:
            c = self.t(rng.choice(("#c98a3d", "#e0b468", "#8a4b22", "#f2d49b")))
            self.d.ellipse(
                (x, verre[3] - 60 * SUR * k, x + 70 * SUR * k, verre[3] - 10 * SUR * k), fill=c
            )
            x += 90 * SUR * k
        for i in range(rng.randint(1, 3)):  # the queue
            z = 0.3 - i * 0.08
            self.debout(
                *self.point(self.vx - self.cote * W * (0.05 + i * 0.12), H, z),
                self.f(z),
                rng,
                dos=True,
            )

    # -- people -----------------------------------------------------------------
    def debout(self, x: float, y: float, k: float, rng: random.Random, dos: bool = False,
               tablier: bool = False) -> None:  # fmt: skip
        """A standing person whose feet are at (x, y), scaled for their depth."""
        self.personnes += 1
        s = k * SUR * 2.4
        habit = self.t(rng.choice(HABITS))
        peau, cheveux = self.t(rng.choice(PEAUX)), self.t(rng.choice(CHEVEUX))
        taille = rng.uniform(0.9, 1.08)
        jambes = self.t(rng.choice(("#2d3540", "#4a4035", "#3b4a5a")))
        self.d.ellipse((x - 26 * s, y - 5 * s, x + 26 * s, y + 5 * s), fill=self.ombre_sol())
        self.d.rounded_rectangle(
            (x - 14 * s, y - 72 * s * taille, x - 2 * s, y), radius=4 * s, fill=jambes
        )
        self.d.rounded_rectangle(
            (x + 2 * s, y - 72 * s * taille, x + 14 * s, y), radius=4 * s, fill=jambes
        )
        buste = (x - 22 * s, y - 142 * s * taille, x + 22 * s, y - 64 * s * taille)
        self.d.rounded_rectangle(buste, radius=15 * s, fill=habit)
        if tablier:
            self.d.rectangle((x - 15 * s, y - 120 * s * taille, x + 15 * s, y - 50 * s * taille),
                             fill=self.t("#f4f1ea"))  # fmt: skip
        ty = y - 162 * s * taille
        self.d.ellipse(
            (x - 14 * s, ty - 16 * s, x + 14 * s, ty + 16 * s), fill=cheveux if dos else peau
        )
        if not dos:
            self.d.chord((x - 15 * s, ty - 18 * s, x + 15 * s, ty + 8 * s), 180, 360, fill=cheveux)

    def assis(self, x: float, y: float, k: float, rng: random.Random) -> None:
        """A seated person (their legs hidden by what is drawn next)."""
        self.personnes += 1
        s = k * SUR * 2.4
        habit = self.t(rng.choice(HABITS))
        peau, cheveux = self.t(rng.choice(PEAUX)), self.t(rng.choice(CHEVEUX))
        self.d.rounded_rectangle(
            (x - 22 * s, y - 120 * s, x + 22 * s, y - 48 * s), radius=15 * s, fill=habit
        )
        self.d.rectangle((x - 16 * s, y - 52 * s, x + 16 * s, y), fill=self.t("#3b4048"))
        ty = y - 140 * s
        self.d.ellipse((x - 14 * s, ty - 16 * s, x + 14 * s, ty + 16 * s), fill=peau)
        self.d.chord((x - 15 * s, ty - 18 * s, x + 15 * s, ty + 8 * s), 180, 360, fill=cheveux)
        if rng.random() < 0.5:  # an arm raised: talking, holding a cup
            cote = rng.choice((-1, 1))
            self.d.line((x + cote * 18 * s, y - 100 * s, x + cote * 34 * s, y - 128 * s), fill=habit,
                        width=int(10 * s))  # fmt: skip

    def premier_plan(self, rng: random.Random) -> None:
        """Something close to the lens and out of focus: a shoulder, a chair back, a plant."""
        calque = Image.new("RGBA", (W // 4, H // 4), (0, 0, 0, 0))
        dc = ImageDraw.Draw(calque)
        genre = rng.choice(("epaule", "chaise", "plante"))
        cote = rng.choice((-1, 1))
        cx = (W // 4) * (0.08 if cote < 0 else 0.92)
        bas = H // 4
        if genre == "epaule":
            c = (*self.t(rng.choice(HABITS)), 255)
            dc.ellipse((cx - 170, bas - 150, cx + 170, bas + 160), fill=c)
            dc.ellipse(
                (cx - 60, bas - 260, cx + 60, bas - 120), fill=(*self.t(rng.choice(CHEVEUX)), 255)
            )
        elif genre == "chaise":
            c = (*self.t("#5a3a22"), 255)
            dc.rectangle((cx - 110, bas - 190, cx + 110, bas - 160), fill=c)
            dc.rectangle((cx - 100, bas - 160, cx - 80, bas), fill=c)
            dc.rectangle((cx + 80, bas - 160, cx + 100, bas), fill=c)
        else:
            vert = (*self.t("#3f6b35"), 255)
            dc.rectangle((cx - 60, bas - 90, cx + 60, bas), fill=(*self.t("#a0522d"), 255))
            for _ in range(9):
                fx, fy = cx + rng.uniform(-120, 120), bas - rng.uniform(110, 260)
                dc.ellipse((fx - 45, fy - 20, fx + 45, fy + 20), fill=vert)
        calque = calque.filter(ImageFilter.GaussianBlur(9)).resize(
            (W, H), Image.Resampling.BILINEAR
        )
        self.image.paste(calque, (0, 0), calque)
        self.d = ImageDraw.Draw(self.image)

    # -- the whole picture -----------------------------------------------------
    def peindre(self) -> Image.Image:
        rng = random.Random(self.lieu.graine * 131 + self.scene.graine)
        self.piece()
        self.fenetre_fond()
        meubles = self.meubles
        if "rayons" in meubles or "comptoir" in meubles:
            self.etageres_fond(produits="rayons" in meubles)
        if "pains" in meubles:
            self.pains_fond()
        if "tableau" in meubles:
            self.tableau()
        self.flou_fond()
        self.rayon_de_soleil()
        self.lampes()
        dessins = {
            "comptoir": self.comptoir, "tables": self.tables, "rayons": self.rayons,
            "cageots": self.cageots, "vitrine": self.vitrine, "grande-table": self.grande_table,
        }  # fmt: skip
        for meuble in meubles:
            if meuble in dessins:
                dessins[meuble](rng)
        if rng.random() < 0.4:
            self.premier_plan(rng)
        return self.finir()

    def finir(self) -> Image.Image:
        """Reduce, a slight warm or cool cast, grain and vignette (as outdoors)."""
        from .photos import _SOMBRE, _grain, _vignette

        zoom = self.rng.choice((1.0, self.rng.uniform(0.66, 0.95)))
        if zoom < 0.99:
            largeur, hauteur = W * zoom, H * zoom
            x0 = self.rng.uniform(0, W - largeur)
            y0 = self.rng.uniform(0, H - hauteur)
            image = self.image.resize(
                (W // SUR, H // SUR), Image.Resampling.BOX, box=(x0, y0, x0 + largeur, y0 + hauteur)
            )
        else:
            image = self.image.reduce(SUR)
        image = Image.blend(image, _grain(), 0.07)
        return Image.composite(image, Image.blend(image, _SOMBRE(), 0.32), _vignette())


def dessiner_interieur(scene: Scene, activite: str) -> tuple[Image.Image, int]:
    """The inside of the place, and how many people the picture shows."""
    peintre = Interieur(scene, activite)
    image = peintre.peindre()
    return image, peintre.personnes
