"""Lexicons after a second reading of real text (issue 10): a need is evidence.

Where a place answers a lack, real writers name the lack in the negative (« on ne se voit
plus », « il n'y a plus de commerce », « qui ne conduit plus »): every line of the lien
social, isolement and services de proximité lexicons is marked ``!`` so that it counts even
in a negative sentence, and a few wordings are added (cars, supermarkets, generations, « créer
de la vie »). As in 0008, only a lexicon still exactly as shipped is replaced; the previous
wording is frozen in ``_lexiques.LEXIQUES_0008``.
"""

from django.db import migrations

from ._lexiques import LEXIQUES_0008, remplacer_livres

LEXIQUES_PRECEDENTS = LEXIQUES_0008



class Migration(migrations.Migration):
    dependencies = [("indicateurs", "0008_lexiques_texte_reel")]

    operations = [remplacer_livres(LEXIQUES_PRECEDENTS)]
