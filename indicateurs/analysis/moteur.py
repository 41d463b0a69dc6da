"""The helper's entry point: texts in, answers out, in batches through `nlp.pipe`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from django.conf import settings

from .classifieur import Lecture, ModeleAssistant, charger_assistant, lecture_depuis
from .regles import decouper, semble_francais
from .resultats import resultat_vide, resumer


class Analyseur:
    """Analyses texts with the given lexicons ({slug: lexicon text}); spaCy loads on first use."""

    def __init__(
        self,
        lexiques: dict[str, str],
        modele: str | None = None,
        assistant: ModeleAssistant | None | str = "auto",
    ):
        self.lexiques = dict(lexiques)
        self.modele = modele or settings.RECITS_MODELE_SPACY
        self.limite = settings.RECITS_ANALYSE_MAX_CARACTERES
        self.taille_lot = settings.RECITS_ANALYSE_TAILLE_LOT
        if assistant == "auto":
            assistant = charger_assistant(getattr(settings, "RECITS_DOSSIER_ASSISTANT", None))
        # A model trained over another spaCy model's vectors would read noise: rules instead.
        if assistant is not None and assistant.meta.get("spacy") not in (None, self.modele):
            assistant = None
        self.assistant: ModeleAssistant | None = assistant

    @property
    def version(self) -> str:
        """What goes into the analysis fingerprint besides lexicons and the spaCy model."""
        return self.assistant.empreinte if self.assistant is not None else "regles"

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

    def _extraire(self, textes: list[str], lecture: bool = True) -> list[dict | list[dict]]:
        """Per text: an empty answer (empty or not French) or the extracts of its parts
        (with the classifier's reading of tokens and vectors when `lecture`)."""
        from .pipeline import extraire

        parts: list[tuple[int, int, str]] = []
        sorties: list[dict | list[dict]] = []
        for rang, texte in enumerate(textes):
            if not texte.strip():
                sorties.append(resultat_vide("vide"))
            elif not semble_francais(texte):
                sorties.append(resultat_vide("autre"))
            else:
                sorties.append([])
                parts.extend(
                    (rang, decalage, part) for decalage, part in decouper(texte, self.limite)
                )
        if parts:
            docs = self.nlp.pipe((p[2] for p in parts), batch_size=self.taille_lot)
            for (rang, decalage, _part), doc in zip(parts, docs, strict=True):
                sorties[rang].append(extraire(doc, decalage, lecture))
        return sorties

    def _traiter(self, textes: list[str]) -> list[dict]:
        return [
            s if isinstance(s, dict) else resumer(textes[rang], s, self.assistant)
            for rang, s in enumerate(self._extraire(textes, self.assistant is not None))
        ]

    def lectures(self, textes: list[str]) -> list[Lecture]:
        """What the trained classifier reads of each text (for training and evaluation)."""
        sortie: list[Lecture] = []
        for debut in range(0, len(textes), self.taille_lot):
            lot = textes[debut : debut + self.taille_lot]
            for texte, extraits in zip(lot, self._extraire(lot), strict=True):
                if isinstance(extraits, dict):
                    extraits = []
                regles = resumer(texte, extraits)["indicateurs"] if extraits else {}
                sortie.append(lecture_depuis(extraits, {s: r["score"] for s, r in regles.items()}))
        return sortie
