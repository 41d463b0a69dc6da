"""Line breaks and control characters in titles and names never reach e-mail headers."""

import email
from email.header import decode_header, make_header

import pytest
from django.contrib.auth.models import Group
from django.core import mail

from collecte.models import Contribution
from collecte.relances import message_de_relance, relancer
from collecte.services import notifier_editeurs
from recits.models import RecitPage
from recits.texte import une_ligne

from .factories import InvitationFactory, LieuPageFactory
from .utils import envoyer_contribution

pytestmark = pytest.mark.django_db

PIEGE = "Fête\r\nBcc: pirate@exemple.fr\x00\u2028du village"


@pytest.fixture
def moderatrice(django_user_model):
    utilisatrice = django_user_model.objects.create_user(
        "mod", "moderation@exemple.fr", "x", is_staff=True
    )
    utilisatrice.groups.add(Group.objects.get(name="Moderators"))
    return utilisatrice


def sans_saut_de_ligne(message) -> None:
    """The subject is one line and no header was smuggled in through it."""
    assert "\n" not in message.subject and "\r" not in message.subject
    relu = email.message_from_bytes(message.message().as_bytes())
    assert "Bcc" not in relu and "X-Piege" not in relu
    assert str(make_header(decode_header(relu["Subject"]))).replace("\n ", " ") == (message.subject)


def test_une_ligne():
    assert une_ligne(PIEGE) == "Fête Bcc: pirate@exemple.fr du village"
    assert une_ligne("  Le\tmarché\x1b[31m  ") == "Le marché [31m"


def test_un_titre_piege_garde_les_notifications(
    client, arbre, lieu, moderatrice, django_capture_on_commit_callbacks
):
    invitation = InvitationFactory(lieu=lieu)
    with django_capture_on_commit_callbacks(execute=True):
        contribution = envoyer_contribution(
            client,
            invitation,
            photos=[("Une\r\nlégende", "Des\ngens")],
            titre=PIEGE,
            signature_nom="Mi\r\nreille",
        )
    assert contribution.titre == "Fête Bcc: pirate@exemple.fr du village"
    assert contribution.signature_nom == "Mi reille"
    assert contribution.photos.get().legende == "Une légende"
    assert RecitPage.objects.get(pk=contribution.page_id).title == contribution.titre
    # The moderators were told (and any notice Wagtail sent has clean headers too).
    assert [m.to for m in mail.outbox if "Nouvelle contribution" in m.subject] == [
        ["moderation@exemple.fr"]
    ]
    for message in mail.outbox:
        sans_saut_de_ligne(message)


def test_un_nom_de_lieu_piege_garde_la_notification(client, arbre, moderatrice):
    lieu = LieuPageFactory(parent=arbre["lieux"], title="Café\r\nX-Piege: 1", slug="piege")
    invitation = InvitationFactory(lieu=lieu)
    contribution = envoyer_contribution(client, invitation)
    mail.outbox.clear()
    assert notifier_editeurs(Contribution.objects.get(pk=contribution.pk)) == 1
    assert mail.outbox[0].subject == "[Récits vivants] Nouvelle contribution de « Café X-Piege: 1 »"
    sans_saut_de_ligne(mail.outbox[0])


def test_une_relance_a_un_lieu_au_nom_piege(arbre):
    lieu = LieuPageFactory(
        parent=arbre["lieux"], title="Épicerie\nBcc: x@y.fr", slug="epi", contact_email="a@b.fr"
    )
    invitation = InvitationFactory(lieu=lieu)
    sujet, _ = message_de_relance(invitation)
    assert "\n" not in sujet
    assert relancer(invitation.campagne) == 1
    sans_saut_de_ligne(mail.outbox[-1])
