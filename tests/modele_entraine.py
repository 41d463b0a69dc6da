"""A model trained on the project's corpus for the tests of the trained path (none is shipped)."""

from __future__ import annotations

from functools import cache

from indicateurs.analysis.classifieur import ModeleAssistant
from indicateurs.analysis.corpus import fichiers_corpus, lire_corpus
from indicateurs.analysis.entrainement import Jeu, ajuster, repartir
from indicateurs.analysis.moteur import Analyseur
from indicateurs.defaults import INDICATEURS_PAR_DEFAUT

LEXIQUES = {d["slug"]: d["lexique"] for d in INDICATEURS_PAR_DEFAUT}


@cache
def modele_du_corpus() -> ModeleAssistant:
    """Trained once per test process on the corpus' training split (seeded, no database)."""
    slugs = [d["slug"] for d in INDICATEURS_PAR_DEFAUT]
    parts = repartir(lire_corpus(fichiers_corpus(), set(slugs)).exemples)
    regles = Analyseur(LEXIQUES, assistant=None)
    exemples = parts["entrainement"]
    modele = ajuster(Jeu(exemples, regles.lectures([e.texte for e in exemples])), slugs)
    modele.meta = {"spacy": regles.modele}
    return modele


def analyseur_entraine() -> Analyseur:
    """The helper with that model, as it runs when a model has been installed."""
    return Analyseur(LEXIQUES, assistant=modele_du_corpus())
