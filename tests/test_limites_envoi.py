"""The form's rate limit counts stored contributions, keyed on the address our proxy saw."""

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory

from collecte.models import Contribution, EssaiEnvoi
from recits.adresses import adresse_client, client_derriere, lire_proxies

from .factories import InvitationFactory
from .utils import donnees_valides, horodatage_ancien


@pytest.mark.parametrize(
    ("reglage", "chaine", "attendu"),
    [
        # No proxy: whatever the client writes in X-Forwarded-For is ignored.
        ("", "10.0.0.1", "192.0.2.1"),
        # nginx alone: the hop it appended, never the client's own leftmost words.
        ("1", "10.0.0.1, 203.0.113.7", "203.0.113.7"),
        ("1", "203.0.113.7", "203.0.113.7"),
        # A load balancer then nginx: two hops are ours.
        ("2", "6.6.6.6, 203.0.113.7, 10.1.1.1", "203.0.113.7"),
        # Fewer hops than proxies: the leftmost one we have.
        ("2", "", "192.0.2.1"),
        # By network: skip our own hops from the right.
        ("10.0.0.0/8, 192.0.2.1", "6.6.6.6, 203.0.113.7, 10.1.1.1", "203.0.113.7"),
        ("10.0.0.0/8 192.0.2.1", "10.2.2.2, 10.1.1.1", "10.2.2.2"),
        # Garbage the client wrote where our proxy should have: never a blank key.
        ("10.0.0.0/8, 192.0.2.1", "pas-une-adresse", "invalide:pas-une-adresse"),
        ("1", "[2001:db8::7]:443", "2001:db8::7"),
        ("1", "203.0.113.7:51234", "203.0.113.7"),
    ],
)
def test_le_client_est_le_dernier_saut_qui_n_est_pas_a_nous(reglage, chaine, attendu, settings):
    settings.RECITS_PROXY_DE_CONFIANCE = reglage
    requete = RequestFactory().get("/", REMOTE_ADDR="192.0.2.1", HTTP_X_FORWARDED_FOR=chaine)
    assert adresse_client(requete) == attendu


def test_reglage_lu_en_nombre_ou_en_reseaux():
    assert lire_proxies(True) == 1 and lire_proxies("") == 0 and lire_proxies(0) == 0
    assert lire_proxies(["127.0.0.1"])[0].num_addresses == 1
    assert client_derriere(["1.2.3.4"], "127.0.0.1", 0) == "127.0.0.1"


@pytest.fixture
def invitation(arbre, lieu):
    return InvitationFactory(lieu=lieu)


@pytest.mark.django_db
def test_les_envois_refuses_ne_comptent_pas(client, invitation, settings):
    settings.RECITS_ENVOIS_PAR_LIEN_ET_HEURE = 3
    for n in range(10):  # ten forms sent back for a missing title
        reponse = client.post(
            invitation.chemin(), donnees_valides(invitation, titre="", cle_envoi=f"{n:032x}")
        )
        assert reponse.status_code == 200
    assert EssaiEnvoi.objects.count() == 0
    for n in range(3):
        reponse = client.post(
            invitation.chemin(), donnees_valides(invitation, cle_envoi=f"{n + 50:032x}")
        )
        assert reponse.status_code == 302
    refus = client.post(invitation.chemin(), donnees_valides(invitation, cle_envoi="e" * 32))
    assert refus.status_code == 429
    assert "Réessayez dans une heure" in refus.content.decode()
    assert Contribution.objects.count() == 3


@pytest.mark.django_db
def test_un_double_envoi_apres_la_limite_rend_le_meme_resultat(client, invitation, settings):
    settings.RECITS_ENVOIS_PAR_LIEN_ET_HEURE = 1
    donnees = donnees_valides(invitation, cle_envoi="b" * 32)
    assert client.post(invitation.chemin(), donnees).status_code == 302
    # The same form again (a retry on a bad connection): the same thank-you, nothing more.
    assert client.post(invitation.chemin(), donnees).status_code == 302
    assert Contribution.objects.count() == 1


@pytest.mark.django_db
def test_une_adresse_limitee_sur_tous_les_liens(client, arbre, settings):
    from .factories import LieuPageFactory

    settings.RECITS_ENVOIS_PAR_ADRESSE_ET_HEURE = 2
    settings.RECITS_PROXY_DE_CONFIANCE = "1"
    liens = [
        InvitationFactory(lieu=LieuPageFactory(parent=arbre["lieux"], slug=f"l{n}"))
        for n in range(3)
    ]
    statuts = [
        client.post(
            lien.chemin(),
            donnees_valides(lien, cle_envoi=f"{n + 1:032x}"),
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=f"10.0.0.{n}, 203.0.113.7",
        ).status_code
        for n, lien in enumerate(liens)
    ]
    assert statuts == [302, 302, 429]


def champs_caches(reponse) -> dict:
    soupe = BeautifulSoup(reponse.content, "html.parser")
    return {c["name"]: c.get("value", "") for c in soupe.find_all("input", {"type": "hidden"})}


@pytest.mark.django_db
def test_le_ticket_du_formulaire_vaut_pour_son_lien_et_une_seule_contribution(
    client, arbre, invitation
):
    from .factories import LieuPageFactory

    autre = InvitationFactory(lieu=LieuPageFactory(parent=arbre["lieux"], slug="autre"))
    caches = champs_caches(client.get(invitation.chemin()))
    # The page's ticket names its link and its one-time key.
    assert caches["cle_envoi"] and caches["cle_envoi"] in caches["horodatage"]
    assert caches["horodatage"].startswith(f"{invitation.pk}:")
    # Replayed on another link: looks thanked (a robot learns nothing), nothing stored.
    reponse = client.post(autre.chemin(), {**donnees_valides(autre), **caches})
    assert reponse.status_code == 302
    assert not Contribution.objects.filter(invitation=autre).exists()
    # Replayed with a fresh key, to get a second contribution out of one ticket: nothing.
    ticket = horodatage_ancien(60, invitation, cle="c" * 32)
    frais = donnees_valides(invitation, horodatage=ticket, cle_envoi="d" * 32)
    assert client.post(invitation.chemin(), frais).status_code == 302
    assert Contribution.objects.count() == 0
    # The genuine ticket, sent twice (double tap, retry): one contribution, the same answer.
    bon = donnees_valides(invitation, horodatage=ticket, cle_envoi="c" * 32)
    premiere = client.post(invitation.chemin(), bon)
    seconde = client.post(invitation.chemin(), bon)
    assert premiere.status_code == seconde.status_code == 302
    assert premiere["Location"] == seconde["Location"]
    assert Contribution.objects.get().cle_envoi == "c" * 32


@pytest.mark.django_db
def test_un_ticket_rafraichi_garde_son_lien_et_sa_cle(client, invitation):
    donnees = donnees_valides(invitation, horodatage=horodatage_ancien(25 * 3600, invitation))
    reponse = client.post(invitation.chemin(), donnees)
    assert reponse.status_code == 200
    caches = champs_caches(reponse)
    assert caches["horodatage"] != donnees["horodatage"]
    assert caches["horodatage"].startswith(f"{invitation.pk}:{donnees['cle_envoi']}:")


def test_sans_adresse_ni_proxy_le_blocage_des_connexions_recoit_none(rf, settings):
    """A request with no REMOTE_ADDR (Django's test client login, a socket quirk): the
    lockout gets None, never a string that PostgreSQL's inet column refuses."""
    from recits.adresses import adresse_ip_client

    settings.RECITS_PROXY_DE_CONFIANCE = ""
    requete = rf.get("/")
    requete.META["REMOTE_ADDR"] = ""
    assert adresse_client(requete) == ""
    assert adresse_ip_client(requete) is None
    requete.META["REMOTE_ADDR"] = "203.0.113.9"
    assert adresse_ip_client(requete) == "203.0.113.9"


def _balayer(*options: str) -> str:
    import io

    from django.core.management import call_command

    sortie = io.StringIO()
    call_command("nettoyer_fichiers_prives", *options, stdout=sortie)
    return sortie.getvalue()


@pytest.mark.django_db
def test_le_balayage_purge_les_verrous_perimes_et_garde_ceux_qui_comptent(
    client, invitation, settings
):
    """One lock row per link and per address ever seen: the daily sweep removes the idle ones."""
    import datetime

    from django.utils import timezone

    from collecte.models import VerrouLimite

    settings.RECITS_ENVOIS_PAR_LIEN_ET_HEURE = 2
    assert client.post(invitation.chemin(), donnees_valides(invitation)).status_code == 302
    actives = set(VerrouLimite.objects.values_list("cle", flat=True))
    assert len(actives) == 2  # this link and this address
    # A key seen last week (its count already gone), and one whose only send is 2 hours old.
    VerrouLimite.objects.create(cle="ip:une-adresse-d-autrefois")
    VerrouLimite.objects.create(cle="lien:un-lien-d-il-y-a-deux-heures")
    EssaiEnvoi.objects.create(
        cle="lien:un-lien-d-il-y-a-deux-heures",
        moment=timezone.now() - datetime.timedelta(hours=2),
    )

    sortie = _balayer("--simulation")
    assert "2 verrous de limite d'envoi périmés seraient effacés." in sortie
    assert VerrouLimite.objects.count() == 4
    sortie = _balayer()
    assert "2 verrous de limite d'envoi périmés effacés." in sortie
    assert set(VerrouLimite.objects.values_list("cle", flat=True)) == actives
    assert set(EssaiEnvoi.objects.values_list("cle", flat=True)) == actives
    assert "verrou" not in _balayer()  # nothing more to say

    # The purge changes no count: the link still has one send left in this hour, then none.
    deuxieme = donnees_valides(invitation, cle_envoi="e" * 32)
    assert client.post(invitation.chemin(), deuxieme).status_code == 302
    troisieme = donnees_valides(invitation, cle_envoi="f" * 32)
    assert client.post(invitation.chemin(), troisieme).status_code == 429

    # An hour later nothing counts any more: every lock goes, and the next send recreates its own.
    EssaiEnvoi.objects.update(moment=timezone.now() - datetime.timedelta(minutes=61))
    assert "2 verrous de limite d'envoi périmés effacés." in _balayer()
    assert not VerrouLimite.objects.exists() and not EssaiEnvoi.objects.exists()
    assert client.post(invitation.chemin(), troisieme).status_code == 302
    assert set(VerrouLimite.objects.values_list("cle", flat=True)) == actives
    assert Contribution.objects.count() == 3


@pytest.mark.django_db
def test_verrouiller_apres_une_purge_recree_ses_verrous():
    """Purged lock rows come back on the next send: the lock is never silently missing."""
    from django.db import transaction

    from collecte.limites import _limites, purger_verrous, verrouiller
    from collecte.models import VerrouLimite

    with transaction.atomic():
        limites = verrouiller(7, "203.0.113.9")
        assert set(VerrouLimite.objects.values_list("cle", flat=True)) == set(limites)
    assert purger_verrous() == 2  # nothing was counted under them
    with transaction.atomic():
        assert verrouiller(7, "203.0.113.9") == _limites(7, "203.0.113.9")
        assert VerrouLimite.objects.count() == 2
