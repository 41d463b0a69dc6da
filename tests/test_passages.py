"""A story's text splits into blocks whose keys stay put when other blocks change."""

from __future__ import annotations

import pytest

from recits.passages import CHAPO, bloc_par_cle, blocs_du_recit

pytestmark = pytest.mark.django_db

CORPS = [
    {"type": "paragraphe", "value": "<p>Le jeudi, c&#x27;est belote.</p><p>On rit fort.</p>"},
    {
        "type": "temoignage",
        "value": {"citation": "Ici, je ne suis plus seule.", "nom": "Odette", "role": "habitante"},
    },
    {"type": "paragraphe", "value": "<p>   </p>"},
]


def test_blocks_come_in_reading_order_with_plain_text(creer_recit):
    recit = creer_recit(title="Belote", chapo="Tous les jeudis au café.", corps=CORPS)
    blocs = blocs_du_recit(recit)

    assert [b.genre for b in blocs] == ["chapo", "paragraphe", "temoignage"]
    assert blocs[0].cle == CHAPO and blocs[0].texte == "Tous les jeudis au café."
    assert blocs[1].texte == "Le jeudi, c'est belote.\nOn rit fort."
    assert blocs[1].libelle == "Paragraphe 1"
    assert blocs[2].texte == "Ici, je ne suis plus seule."
    assert blocs[2].libelle == "Témoignage d'Odette"
    assert blocs[2].cle == f"{recit.corps[1].id}:citation"


def test_a_key_still_finds_its_block_after_another_block_is_edited(creer_recit):
    recit = creer_recit(title="Belote", chapo="Tous les jeudis au café.", corps=CORPS)
    cle = blocs_du_recit(recit)[2].cle

    recit.corps[0].value.source = "<p>Tout a changé dans ce paragraphe.</p>"
    recit.chapo = "Un autre chapô."
    recit.save()
    recit.refresh_from_db()

    assert bloc_par_cle(recit, cle).texte == "Ici, je ne suis plus seule."
    assert bloc_par_cle(recit, "inconnu") is None
