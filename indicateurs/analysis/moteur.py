"""The helper's entry point: texts in, answers out, in batches through `nlp.pipe`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from django.conf import settings

from .regles import decouper, semble_francais
from .resultats import resultat_vide, resumer


class Analyseur:
    """Analyses texts with the given lexicons ({slug: lexicon text}); spaCy loads on first use."""

    def __init__(self, lexiques: dict[str, str], modele: str | None = None):
        self.lexiques = dict(lexiques)
        self.modele = modele or settings.RECITS_MODELE_SPACY
        self.limite = settings.RECITS_ANALYSE_MAX_CARACTERES
        self.taille_lot = settings.RECITS_ANALYSE_TAILLE_LOT

    @property
    def nlp(self):
        """The process-wide pipeline, set to this analyser's lexicons (cheap when they are)."""
        from .pipeline import charger_nlp  # spaCy only here, only when needed

        return charger_nlp(self.lexiques, self.modele)

    def analyser(self, texte: str) -> dict:
        """One text."""
        return next(iter(self.analyser_lot([texte])))

    def analyser_lot(self, textes: Iterable[str]) -> Iterator[dict]:
        """Many texts, in order, fed to `nlp.pipe` in batches (long texts in parts)."""
        lot: list[str] = []
        for texte in textes:
            lot.append(texte)
            if len(lot) >= self.taille_lot:
                yield from self._traiter(lot)
                lot = []
        if lot:
            yield from self._traiter(lot)

    def _traiter(self, textes: list[str]) -> list[dict]:
        from .pipeline import extraire

        parts: list[tuple[int, int, str]] = []
        resultats: list[dict | None] = []
        for rang, texte in enumerate(textes):
            if not texte.strip():
                resultats.append(resultat_vide("vide"))
            elif not semble_francais(texte):
                resultats.append(resultat_vide("autre"))
            else:
                resultats.append(None)
                parts.extend(
                    (rang, decalage, part) for decalage, part in decouper(texte, self.limite)
                )
        extraits: dict[int, list[dict]] = {}
        if parts:
            docs = self.nlp.pipe((p[2] for p in parts), batch_size=self.taille_lot)
            for (rang, decalage, _part), doc in zip(parts, docs, strict=True):
                extraits.setdefault(rang, []).append(extraire(doc, decalage))
        return [
            r if r is not None else resumer(textes[rang], extraits[rang])
            for rang, r in enumerate(resultats)
        ]
