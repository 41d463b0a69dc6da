"""The trained part of the helper: one seeded logistic regression per indicator (numpy only).

Features of a passage, all computed from what the spaCy pipeline already produced:

- ``ngrammes``: lemma unigrams and bigrams of content words (a negation is the word NEG);
- ``vecteurs``: the mean word vector of the passage (``fr_core_news_md``);
- ``exemples``: similarity of that vector to the nearest coded examples of each indicator;
- ``lexiques``: the rule score of each indicator (the editors' lexicons);
- ``porte``: the evidence gate, how much the passage speaks of works, hours, prices, rents,
  licences, subsidies or statistics, which say nothing about village life.

Thresholds are calibrated per indicator on out-of-fold predictions of the training split.
The artefact is two files (``assistant.npz`` and ``assistant.json``) in a folder; without
them the helper falls back to its rules. No spaCy import here.
"""

from __future__ import annotations

import bisect
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

GROUPES = ("ngrammes", "vecteurs", "exemples", "lexiques", "porte")
VERSION_CLASSIFIEUR = "1"
DOSSIER_PAR_DEFAUT = Path(__file__).resolve().parent.parent / "modele"
DIMENSION_VECTEURS = 300

NEGATIONS = {"pas", "plus", "jamais", "aucun", "aucune", "rien", "sans", "guère", "ni"}
# Lemmas of passages about the building or the books rather than about people.
PORTE = {
    "travaux", "travail de", "chantier", "rénovation", "toiture", "isolation", "charpente",
    "électricité", "plomberie", "façade", "norme", "accessibilité", "horaire", "heure",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "fermeture",
    "prix", "tarif", "euro", "€", "coût", "montant", "loyer", "bail", "licence", "iv",
    "subvention", "financement", "budget", "devis", "facture", "emprunt", "prêt",
    "investissement", "statistique", "pourcentage", "%", "chiffre", "hausse", "baisse",
    "moyenne", "insee", "recensement", "assurance", "risque", "dossier", "comptable",
    "bilan", "compte", "tva", "permis", "m²", "m2", "mètre", "carré", "surface",
    "département", "région", "état", "dotation", "appel", "projet", "candidature",
}  # fmt: skip


@dataclass
class Lecture:
    """What the classifier reads of one passage."""

    jetons: list[tuple[str, int, int, bool]]  # lemma, start, end, content word
    vecteur: np.ndarray
    phrases: list[tuple[int, int]]
    regles: dict[str, float] = field(default_factory=dict)


def lecture_depuis(extraits: list[dict], regles: dict[str, float]) -> Lecture:
    """Merge the doc extracts of one text (several for long texts) into one reading."""
    jetons = [tuple(j) for e in extraits for j in e.get("jetons", [])]
    somme = np.zeros(DIMENSION_VECTEURS, dtype=np.float32)
    for e in extraits:
        if e.get("vecteur") is not None and len(e["vecteur"]) == DIMENSION_VECTEURS:
            somme += np.asarray(e["vecteur"], dtype=np.float32)
    phrases = sorted(tuple(p) for e in extraits for p in e["phrases"])
    return Lecture(jetons, somme, phrases, dict(regles))


def ngrammes(lecture: Lecture) -> list[tuple[str, int, int]]:
    """(feature, start, end): unigrams and bigrams of content lemmas within a sentence."""
    sortie: list[tuple[str, int, int]] = []
    debuts = [p[0] for p in lecture.phrases]
    precedent: tuple[str, int, int, int] | None = None
    for lemme, debut, fin, plein in lecture.jetons:
        if not plein:
            continue
        phrase = bisect.bisect_right(debuts, debut) if debuts else 0
        sortie.append((f"u:{lemme}", debut, fin))
        if precedent is not None and precedent[3] == phrase:
            sortie.append((f"b:{precedent[0]} {lemme}", precedent[1], fin))
        precedent = (lemme, debut, fin, phrase)
    return sortie


def _unitaire(v: np.ndarray) -> np.ndarray:
    norme = float(np.linalg.norm(v))
    return v / norme if norme > 0 else v


def _porte(lecture: Lecture) -> np.ndarray:
    pleins = [j for j in lecture.jetons if j[3]]
    tous = lecture.jetons
    if not tous:
        return np.zeros(3, dtype=np.float32)
    dans_porte = sum(1 for j in pleins if j[0] in PORTE)
    chiffres = sum(1 for j in tous if any(c.isdigit() for c in j[0]))
    return np.array(
        [dans_porte / max(len(pleins), 1), np.log1p(dans_porte) / 2, chiffres / len(tous)],
        dtype=np.float32,
    )


@dataclass
class ModeleAssistant:
    """A trained helper: vocabulary, weights, per-indicator thresholds and coded examples."""

    slugs: list[str]
    vocabulaire: dict[str, int]
    poids: np.ndarray  # (features, indicators)
    biais: np.ndarray  # (indicators,)
    seuils: np.ndarray  # (indicators,)
    exemples: np.ndarray  # (examples, 300) unit vectors
    etiquettes: np.ndarray  # (examples, indicators) 0/1
    textes: list[str]
    groupes: tuple[str, ...] = GROUPES
    meta: dict = field(default_factory=dict)

    # -- features ---------------------------------------------------------------------------
    def matrice(self, lectures: list[Lecture], exclure_soi: bool = False) -> np.ndarray:
        """The feature matrix; `exclure_soi` drops each row's own example (training rows)."""
        return construire(
            lectures,
            self.vocabulaire,
            self.slugs,
            self.exemples,
            self.etiquettes,
            self.groupes,
            exclure_soi,
        )

    def probabilites(self, lectures: list[Lecture]) -> np.ndarray:
        """Probability of each indicator for each passage (passages × indicators)."""
        if not lectures:
            return np.zeros((0, len(self.slugs)))
        return _sigmoide(self.matrice(lectures) @ self.poids + self.biais)

    def _probabilite_une(
        self, lecture: Lecture, grammes: list[tuple[str, int, int]] | None = None
    ) -> np.ndarray:
        """One passage without the dense n-gram row (the worker's path: same result)."""
        if "ngrammes" not in self.groupes:
            return self.probabilites([lecture])[0]
        if grammes is None:
            grammes = ngrammes(lecture)
        taille = len(self.vocabulaire)
        reste = tuple(g for g in self.groupes if g != "ngrammes")
        dense = construire([lecture], {}, self.slugs, self.exemples, self.etiquettes, reste)[0]
        z = self.biais + dense @ self.poids[taille:]
        colonnes = sorted({self.vocabulaire[g[0]] for g in grammes if g[0] in self.vocabulaire})
        if colonnes:
            z = z + self.poids[colonnes].sum(axis=0) / np.sqrt(len(colonnes))
        return _sigmoide(z)

    @property
    def empreinte(self) -> str:
        """A short hash of the weights and thresholds: stored analyses are redone on change."""
        h = hashlib.sha256()
        h.update(self.poids.tobytes())
        h.update(self.seuils.tobytes())
        h.update(json.dumps(self.slugs).encode())
        return f"assistant-{VERSION_CLASSIFIEUR}-{h.hexdigest()[:16]}"

    def expliquer(self, lecture: Lecture, texte: str) -> dict[str, dict]:
        """Per indicator: probability, threshold, the words and sentences that carried it, and
        the nearest coded example.

        The n-grams are read once; the weight of each distinct known n-gram for every
        indicator comes from one numpy product, and only the positive ones are walked.
        """
        grammes = ngrammes(lecture) if "ngrammes" in self.groupes else []
        proba = self._probabilite_une(lecture, grammes)
        vecteur = _unitaire(lecture.vecteur)
        similarites = self.exemples @ vecteur if len(self.exemples) else np.zeros(0)
        # Known n-grams, each once, with where it first appears: every known n-gram has the
        # same value in the normalised row, so its contribution is the same at each place.
        premiers: dict[str, tuple[int, int]] = {}
        for nom, debut, fin in grammes:
            if nom in self.vocabulaire and nom not in premiers:
                premiers[nom] = (debut, fin)
        noms = list(premiers)
        apports = np.zeros((0, len(self.slugs)))
        if noms:
            apports = self.poids[[self.vocabulaire[n] for n in noms]] * (1.0 / np.sqrt(len(noms)))
        phrases_de: dict[int, tuple[int, int]] = {}
        sortie: dict[str, dict] = {}
        for k, slug in enumerate(self.slugs):
            colonne = apports[:, k]
            contributions = {
                noms[rang]: (colonne[rang], *premiers[noms[rang]])
                for rang in np.flatnonzero(colonne > 0.0)
            }
            mots = sorted(contributions.items(), key=lambda x: (-x[1][0], x[1][1]))[:5]
            par_phrase: dict[tuple[int, int], float] = {}
            for _nom, (apport, debut, _fin) in contributions.items():
                phrase = phrases_de.get(debut)
                if phrase is None:
                    phrase = phrases_de[debut] = _phrase_de(lecture.phrases, debut)
                par_phrase[phrase] = par_phrase.get(phrase, 0.0) + apport
            exemple = None
            positifs = np.flatnonzero(self.etiquettes[:, k]) if len(self.etiquettes) else []
            if len(positifs):
                meilleur = positifs[int(np.argmax(similarites[positifs]))]
                exemple = {
                    "texte": self.textes[meilleur],
                    "similarite": round(float(similarites[meilleur]), 3),
                }
            sortie[slug] = {
                "probabilite": round(float(proba[k]), 3),
                "seuil": round(float(self.seuils[k]), 3),
                "mots": [
                    {
                        "texte": texte[d:f],
                        "trait": nom[2:],
                        "debut": d,
                        "fin": f,
                        "poids": round(a, 3),
                    }
                    for nom, (a, d, f) in mots
                    if a > 0.02
                ],
                "phrases": [
                    {"debut": d, "fin": f, "texte": texte[d:f], "poids": round(p, 3)}
                    for (d, f), p in sorted(par_phrase.items(), key=lambda x: (-x[1], x[0]))
                    if p > 0.02
                ][:3],
                "exemple": exemple,
            }
        return sortie

    # -- files ------------------------------------------------------------------------------
    def enregistrer(self, dossier: Path) -> None:
        """Write the artefact (two files) atomically enough: temporary names, then rename."""
        dossier.mkdir(parents=True, exist_ok=True)
        tmp_npz = dossier / "assistant.tmp.npz"
        np.savez_compressed(
            tmp_npz,
            poids=self.poids.astype(np.float32),
            biais=self.biais.astype(np.float32),
            seuils=self.seuils.astype(np.float32),
            exemples=self.exemples.astype(np.float16),
            etiquettes=self.etiquettes.astype(np.uint8),
        )
        vocab = sorted(self.vocabulaire, key=self.vocabulaire.get)
        description = {
            "version": VERSION_CLASSIFIEUR,
            "slugs": self.slugs,
            "groupes": list(self.groupes),
            "vocabulaire": vocab,
            "textes": self.textes,
            "meta": self.meta,
        }
        tmp_json = dossier / "assistant.tmp.json"
        tmp_json.write_text(
            json.dumps(description, ensure_ascii=False, indent=0, sort_keys=True),
            encoding="utf-8",
        )
        tmp_npz.replace(dossier / "assistant.npz")
        tmp_json.replace(dossier / "assistant.json")

    @classmethod
    def lire(cls, dossier: Path) -> ModeleAssistant | None:
        """The artefact in `dossier`, or None when it is absent or from another version."""
        chemin_json, chemin_npz = dossier / "assistant.json", dossier / "assistant.npz"
        if not chemin_json.exists() or not chemin_npz.exists():
            return None
        description = json.loads(chemin_json.read_text(encoding="utf-8"))
        if description.get("version") != VERSION_CLASSIFIEUR:
            return None
        with np.load(chemin_npz) as tableaux:
            return cls(
                slugs=description["slugs"],
                vocabulaire={m: i for i, m in enumerate(description["vocabulaire"])},
                poids=tableaux["poids"].astype(np.float64),
                biais=tableaux["biais"].astype(np.float64),
                seuils=tableaux["seuils"].astype(np.float64),
                exemples=tableaux["exemples"].astype(np.float32),
                etiquettes=tableaux["etiquettes"].astype(np.float64),
                textes=description["textes"],
                groupes=tuple(description["groupes"]),
                meta=description["meta"],
            )


_CACHE: dict[str, tuple[float, ModeleAssistant | None]] = {}


def charger_assistant(dossier: Path | None = None) -> ModeleAssistant | None:
    """The trained artefact for this process, reread only when its file changes."""
    dossier = Path(dossier or DOSSIER_PAR_DEFAUT)
    chemin = dossier / "assistant.npz"
    date = chemin.stat().st_mtime if chemin.exists() else -1.0
    connu = _CACHE.get(str(dossier))
    if connu is None or connu[0] != date:
        connu = (date, ModeleAssistant.lire(dossier) if date >= 0 else None)
        _CACHE[str(dossier)] = connu
    return connu[1]


def _phrase_de(phrases: list[tuple[int, int]], position: int) -> tuple[int, int]:
    rang = 0
    for i, (debut, _fin) in enumerate(phrases):
        if debut <= position:
            rang = i
        else:
            break
    return tuple(phrases[rang]) if phrases else (0, 0)


def _sigmoide(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def construire(
    lectures: list[Lecture],
    vocabulaire: dict[str, int],
    slugs: list[str],
    exemples: np.ndarray,
    etiquettes: np.ndarray,
    groupes: tuple[str, ...],
    exclure_soi: bool = False,
) -> np.ndarray:
    """Features of passages: n-grams, mean vector, nearest-example similarity, rules, gate."""
    n, k = len(lectures), len(slugs)
    blocs: list[np.ndarray] = []
    if "ngrammes" in groupes:
        bloc = np.zeros((n, len(vocabulaire)), dtype=np.float32)
        for i, lecture in enumerate(lectures):
            colonnes = {vocabulaire[g[0]] for g in ngrammes(lecture) if g[0] in vocabulaire}
            if colonnes:
                bloc[i, list(colonnes)] = 1.0 / np.sqrt(len(colonnes))
        blocs.append(bloc)
    vecteurs = np.array([_unitaire(lec.vecteur) for lec in lectures], dtype=np.float32)
    if vecteurs.size == 0:
        vecteurs = np.zeros((n, DIMENSION_VECTEURS), dtype=np.float32)
    if "vecteurs" in groupes:
        blocs.append(vecteurs)
    if "exemples" in groupes:
        bloc = np.zeros((n, k), dtype=np.float32)
        if len(exemples):
            sim = vecteurs @ exemples.T
            if exclure_soi:
                np.fill_diagonal(sim, -1.0)
            for j in range(k):
                positifs = np.flatnonzero(etiquettes[:, j])
                if len(positifs):
                    haut = np.sort(sim[:, positifs], axis=1)[:, -3:]
                    bloc[:, j] = haut.mean(axis=1)
        blocs.append(bloc)
    if "lexiques" in groupes:
        blocs.append(
            np.array(
                [[lec.regles.get(s, 0.0) for s in slugs] for lec in lectures], dtype=np.float32
            ).reshape(n, k)
        )
    if "porte" in groupes:
        blocs.append(np.array([_porte(lec) for lec in lectures], dtype=np.float32).reshape(n, 3))
    return np.hstack(blocs).astype(np.float64) if blocs else np.zeros((n, 0))


def _descente(
    X: np.ndarray, Y: np.ndarray, graine: int, regularisation: float, pas: int = 300
) -> tuple[np.ndarray, np.ndarray]:
    """Weighted logistic regression by full-batch Adam (seeded, deterministic)."""
    rng = np.random.default_rng(graine)
    n, d = X.shape
    k = Y.shape[1]
    W = rng.normal(0, 0.01, size=(d, k))
    b = np.zeros(k)
    positifs = Y.sum(axis=0)
    poids_pos = np.sqrt(np.maximum(n - positifs, 1) / np.maximum(positifs, 1))
    ponderation = np.where(Y > 0, poids_pos, 1.0)
    m_w, v_w, m_b, v_b = (np.zeros_like(W), np.zeros_like(W), np.zeros_like(b), np.zeros_like(b))
    taux, b1, b2, eps = 0.05, 0.9, 0.999, 1e-8
    for t in range(1, pas + 1):
        P = _sigmoide(X @ W + b)
        G = (P - Y) * ponderation / n
        g_w = X.T @ G + regularisation * W
        g_b = G.sum(axis=0)
        m_w = b1 * m_w + (1 - b1) * g_w
        v_w = b2 * v_w + (1 - b2) * g_w**2
        m_b = b1 * m_b + (1 - b1) * g_b
        v_b = b2 * v_b + (1 - b2) * g_b**2
        corr1, corr2 = 1 - b1**t, 1 - b2**t
        W -= taux * (m_w / corr1) / (np.sqrt(v_w / corr2) + eps)
        b -= taux * (m_b / corr1) / (np.sqrt(v_b / corr2) + eps)
    return W, b


def _f1(vrais: np.ndarray, predits: np.ndarray) -> float:
    vp = float((vrais & predits).sum())
    fp = float((~vrais & predits).sum())
    fn = float((vrais & ~predits).sum())
    return 2 * vp / (2 * vp + fp + fn) if vp else 0.0


def entrainer(
    lectures: list[Lecture],
    Y: np.ndarray,
    slugs: list[str],
    textes: list[str],
    graine: int = 13,
    groupes: tuple[str, ...] = GROUPES,
    regularisation: float = 1e-3,
    plis: int = 4,
    min_docs: int = 2,
    registres: list[str] | None = None,
    min_registres: int = 1,
    plis_registres: bool = False,
) -> ModeleAssistant:
    """Fit the vocabulary, the weights and (on out-of-fold predictions) the thresholds.

    With `registres` (one per passage), an n-gram is kept only when it occurs in at least
    `min_registres` registers, so the model does not learn one kind of writing's tics; with
    `plis_registres` the thresholds are calibrated on folds that each hold out whole
    registers, the closest proxy we have for text written by other people.
    """
    Y = np.asarray(Y, dtype=np.float64)
    n = len(lectures)
    if registres is not None and len(registres) != n:
        raise ValueError("un registre par passage est attendu")

    def ajuster(indices: np.ndarray) -> ModeleAssistant:
        frequences: dict[str, int] = {}
        dans_registres: dict[str, set[str]] = {}
        for i in indices:
            for nom in {g[0] for g in ngrammes(lectures[i])}:
                frequences[nom] = frequences.get(nom, 0) + 1
                if registres is not None:
                    dans_registres.setdefault(nom, set()).add(registres[i])
        vocab = sorted(
            nom
            for nom, f in frequences.items()
            if f >= min_docs and (registres is None or len(dans_registres[nom]) >= min_registres)
        )
        modele = ModeleAssistant(
            slugs=list(slugs),
            vocabulaire={nom: i for i, nom in enumerate(vocab)},
            poids=np.zeros((0, len(slugs))),
            biais=np.zeros(len(slugs)),
            seuils=np.full(len(slugs), 0.5),
            exemples=np.array([_unitaire(lectures[i].vecteur) for i in indices], np.float32),
            etiquettes=Y[indices],
            textes=[textes[i][:240] for i in indices],
            groupes=tuple(groupes),
        )
        X = modele.matrice([lectures[i] for i in indices], exclure_soi=True)
        modele.poids, modele.biais = _descente(X, Y[indices], graine, regularisation)
        return modele

    # Out-of-fold probabilities for the thresholds (folds by position: callers shuffle by hash).
    oof = np.zeros_like(Y)
    if plis > 1 and n >= plis * 4:
        plis_de = np.arange(n) % plis
        if plis_registres and registres is not None and len(set(registres)) >= plis:
            # Registers dealt to folds in a fixed order: each fold holds out whole registers.
            ordre = {r: k % plis for k, r in enumerate(sorted(set(registres)))}
            plis_de = np.array([ordre[r] for r in registres])
        for pli in range(plis):
            entree, sortie = np.flatnonzero(plis_de != pli), np.flatnonzero(plis_de == pli)
            partiel = ajuster(entree)
            oof[sortie] = partiel.probabilites([lectures[i] for i in sortie])
    modele = ajuster(np.arange(n))
    if plis > 1 and n >= plis * 4:
        grille = np.round(np.arange(0.2, 0.81, 0.025), 3)
        for j in range(len(slugs)):
            vrais = Y[:, j] > 0
            notes = [_f1(vrais, oof[:, j] >= s) for s in grille]
            meilleure = max(notes)
            # The middle of the best plateau, so the threshold does not sit on an edge.
            egales = [s for s, f in zip(grille, notes, strict=True) if f >= meilleure - 0.005]
            modele.seuils[j] = float(np.median(egales))
    return modele
