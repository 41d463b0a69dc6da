"""Campaigns in the admin: invited places, the dashboard, link actions, exports and reminders."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from collecte.models import Campagne, Contribution, Invitation
from collecte.relances import lieux_a_relancer, relancer
from indicateurs.models import Codage, Indicateur

from .factories import CampagneFactory, InvitationFactory, LieuPageFactory
from .utils import donnees_valides

pytestmark = pytest.mark.django_db

TYPE_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture
def admin(django_user_model):
    return django_user_model.objects.create_superuser("camille", "camille@exemple.fr", "x")


@pytest.fixture
def client_admin(client, admin):
    client.force_login(admin)
    return client


@pytest.fixture
def campagne(arbre):
    return CampagneFactory(titre="Collecte de l'année")


def lieu_nomme(arbre, titre: str, slug: str, **champs):
    return LieuPageFactory(parent=arbre["lieux"], title=titre, slug=slug, **champs)


def url_tableau(campagne) -> str:
    return reverse("collecte_campagnes:tableau", args=[campagne.pk])


def url_action(invitation, action: str) -> str:
    return reverse(
        "collecte_campagnes:action_lien", args=[invitation.campagne_id, invitation.pk, action]
    )


def contribuer(client, invitation, numero: int = 0, **extra) -> None:
    """Send a contribution through the public form, as a place would."""
    reponse = client.post(
        invitation.chemin(), donnees_valides(invitation, cle_envoi=f"{numero:032x}", **extra)
    )
    assert reponse.status_code == 302


# -- screens -----------------------------------------------------------------------------------


def test_ecrans_de_la_collecte_repondent(client_admin, campagne, lieu):
    InvitationFactory(campagne=campagne, lieu=lieu)
    urls = [
        reverse("collecte_campagnes:list"),
        reverse("collecte_campagnes:add"),
        reverse("collecte_campagnes:edit", args=[campagne.pk]),
        url_tableau(campagne),
        reverse("collecte_contributions:list"),
        reverse("wagtailsnippets:index"),
    ]
    for url in urls:
        assert client_admin.get(url).status_code == 200, url
    liste = client_admin.get(reverse("collecte_campagnes:list")).content.decode()
    assert url_tableau(campagne) in liste and "Tableau de bord" in liste
    edition = client_admin.get(reverse("collecte_campagnes:edit", args=[campagne.pk]))
    assert url_tableau(campagne) in edition.content.decode()
    menu = client_admin.get("/admin/").content.decode()
    assert "Collecte" in menu


def test_creer_une_campagne_invite_les_lieux_coches(client_admin, arbre):
    tilleuls = lieu_nomme(arbre, "Café des Tilleuls", "tilleuls")
    epicerie = lieu_nomme(arbre, "Épicerie du Pont", "epicerie-pont")
    lieu_nomme(arbre, "Boulangerie", "boulangerie")
    reponse = client_admin.post(
        reverse("collecte_campagnes:add"),
        {
            "annee": "2031",
            "titre": "Collecte 2031",
            "ouverture": "2031-01-15",
            "cloture": "2031-03-31",
            "introduction": "Racontez-nous votre année.",
            "questions": "",
            "lieux_invites": [tilleuls.pk, epicerie.pk],
        },
    )
    campagne = Campagne.objects.get(annee=2031)
    assert reponse.status_code == 302 and reponse["Location"] == url_tableau(campagne)
    assert set(campagne.invitations.values_list("lieu__slug", flat=True)) == {
        "tilleuls",
        "epicerie-pont",
    }
    assert campagne.questions.strip()  # drawn from the indicators
    message = str(list(client_admin.get(reponse["Location"]).context["messages"])[0])
    assert "2 lieux invités." in message


def test_cloture_avant_ouverture_refusee(client_admin, arbre):
    reponse = client_admin.post(
        reverse("collecte_campagnes:add"),
        {"annee": "2032", "titre": "X", "ouverture": "2032-05-01", "cloture": "2032-01-01"},
    )
    assert reponse.status_code == 200
    assert "La clôture doit venir après l&#x27;ouverture." in reponse.content.decode()
    assert not Campagne.objects.filter(annee=2032).exists()


def test_decocher_revoque_sans_supprimer_et_recocher_donne_un_nouveau_lien(
    client_admin, campagne, arbre, lieu
):
    autre = lieu_nomme(arbre, "Épicerie du Pont", "epicerie-pont")
    invitation = InvitationFactory(campagne=campagne, lieu=lieu)
    InvitationFactory(campagne=campagne, lieu=autre)
    contribuer(client_admin, invitation)
    ancien = invitation.chemin()
    formulaire = client_admin.get(reverse("collecte_campagnes:edit", args=[campagne.pk]))
    assert set(formulaire.context["form"].initial["lieux_invites"]) == {lieu.pk, autre.pk}

    def enregistrer(lieux):
        return client_admin.post(
            reverse("collecte_campagnes:edit", args=[campagne.pk]),
            {
                "annee": campagne.annee,
                "titre": campagne.titre,
                "ouverture": campagne.ouverture.isoformat(),
                "cloture": campagne.cloture.isoformat(),
                "introduction": campagne.introduction,
                "questions": campagne.questions,
                "lieux_invites": [choisi.pk for choisi in lieux],
            },
        )

    assert enregistrer([autre]).status_code == 302
    invitation.refresh_from_db()
    assert invitation.revoquee_le is not None
    assert Contribution.objects.filter(invitation=invitation).count() == 1
    assert client_admin.get(ancien).status_code == 404
    assert enregistrer([lieu, autre]).status_code == 302
    invitation.refresh_from_db()
    assert invitation.revoquee_le is None and invitation.chemin() != ancien
    assert client_admin.get(ancien).status_code == 404
    assert Invitation.objects.filter(campagne=campagne).count() == 2


def test_campagne_avec_contributions_non_supprimable(client_admin, campagne, lieu):
    invitation = InvitationFactory(campagne=campagne, lieu=lieu)
    contribuer(client_admin, invitation)
    url = reverse("collecte_campagnes:delete", args=[campagne.pk])
    assert client_admin.get(url).status_code == 302
    assert client_admin.post(url).status_code == 302
    en_masse = reverse("wagtail_bulk_action", args=["collecte", "campagne", "delete"])
    reponse = client_admin.post(f"{en_masse}?id={campagne.pk}")
    assert reponse.status_code == 302
    assert Campagne.objects.filter(pk=campagne.pk).exists()
    messages = [
        str(m) for m in client_admin.get(reverse("collecte_campagnes:list")).context["messages"]
    ]
    assert any("a reçu des contributions" in m for m in messages)
    vide = CampagneFactory(annee=2040)
    assert (
        client_admin.post(reverse("collecte_campagnes:delete", args=[vide.pk])).status_code == 302
    )
    assert not Campagne.objects.filter(pk=vide.pk).exists()


# -- dashboard ---------------------------------------------------------------------------------


def test_tableau_de_bord_compte_ce_qui_est_arrive(client_admin, campagne, arbre, lieu):
    lieu.contact_nom, lieu.contact_email = "Josette", "josette@exemple.fr"
    lieu.save()
    silencieux = lieu_nomme(arbre, "Épicerie du Pont", "epicerie-pont")
    jamais = lieu_nomme(arbre, "Boulangerie du Lac", "boulangerie-lac")
    active = InvitationFactory(campagne=campagne, lieu=lieu)
    ouverte = InvitationFactory(campagne=campagne, lieu=silencieux)
    InvitationFactory(campagne=campagne, lieu=jamais)
    visiteur = Client()
    visiteur.get(active.chemin())
    visiteur.get(ouverte.chemin())
    visiteur.get(ouverte.chemin())
    contribuer(visiteur, active, 1)
    contribuer(visiteur, active, 2, indicateurs=["mixite"])
    page = Contribution.objects.filter(invitation=active).first().page
    Codage.objects.create(
        recit=page,
        indicateur=Indicateur.objects.get(slug="participation"),
        origine="editeur",
        statut="accepte",
    )

    reponse = client_admin.get(url_tableau(campagne))
    assert reponse.status_code == 200
    lignes = {ligne.lieu.slug: ligne for ligne in reponse.context["lignes"]}
    assert lignes["cafe-tilleuls"].nb_contributions == 2
    assert lignes["cafe-tilleuls"].derniere_contribution is not None
    assert {i.nom: i.retenu for i in lignes["cafe-tilleuls"].indicateurs} == {
        "Lien social": False,
        "Convivialité": False,
        "Mixité": False,
        "Participation": True,
    }
    assert lignes["epicerie-pont"].invitation.nb_ouvertures == 2
    assert lignes["epicerie-pont"].nb_contributions == 0
    assert lignes["boulangerie-lac"].invitation.nb_ouvertures == 0
    assert reponse.context["resume"] == {
        "invites": 3,
        "valides": 3,
        "ouverts": 2,
        "contributeurs": 1,
        "contributions": 2,
    }
    html = reponse.content.decode()
    assert f'value="http://testserver{active.chemin()}"' in html
    assert "josette@exemple.fr" in html and "Jamais" in html
    assert "(retenu par l'équipe)" in html
    assert 'data-copier="lien-' in html and "readonly" in html


def test_tableau_echappe_le_html_d_un_nom_de_lieu(client_admin, campagne, arbre):
    piege = lieu_nomme(arbre, "<script>alert(1)</script>", "piege")
    InvitationFactory(campagne=campagne, lieu=piege)
    html = client_admin.get(url_tableau(campagne)).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_nombre_de_requetes_independant_du_nombre_de_lieux(client_admin, campagne, arbre):
    def ajouter_lieux(debut: int, fin: int) -> None:
        for n in range(debut, fin):
            invitation = InvitationFactory(
                campagne=campagne,
                lieu=lieu_nomme(arbre, f"Lieu {n}", f"lieu-{n}", contact_email=f"l{n}@exemple.fr"),
            )
            contribuer(client_admin, invitation, n)

    def compter() -> int:
        with CaptureQueriesContext(connection) as requetes:
            assert client_admin.get(url_tableau(campagne)).status_code == 200
        return len(requetes)

    ajouter_lieux(0, 2)
    compter()  # warms Wagtail's per-process caches (content types, menus)
    peu = compter()
    ajouter_lieux(2, 8)
    compter()  # the new pages renewed the public caches: warm them again
    assert compter() == peu


# -- link actions ------------------------------------------------------------------------------


def test_regenerer_revoquer_prolonger(client_admin, campagne, lieu):
    invitation = InvitationFactory(campagne=campagne, lieu=lieu)
    ancien = invitation.chemin()

    reponse = client_admin.post(url_action(invitation, "regenerer"))
    assert reponse.status_code == 302
    assert reponse["Location"] == f"{url_tableau(campagne)}#lieu-{invitation.pk}"
    invitation.refresh_from_db()
    assert invitation.chemin() != ancien
    assert client_admin.get(ancien).status_code == 404

    jusqu_au = timezone.localdate() + datetime.timedelta(days=100)
    client_admin.post(url_action(invitation, "prolonger"), {"jusqu_au": jusqu_au.isoformat()})
    invitation.refresh_from_db()
    assert timezone.localdate(invitation.expire_le) == jusqu_au

    client_admin.post(url_action(invitation, "revoquer"))
    invitation.refresh_from_db()
    assert invitation.revoquee_le is not None
    assert client_admin.get(invitation.chemin()).status_code == 404

    historique = ModelLogEntry.objects.filter(object_id=str(campagne.pk)).values_list(
        "action", flat=True
    )
    assert {"recits.lien_regenerer", "recits.lien_prolonger", "recits.lien_revoquer"} <= set(
        historique
    )
    assert (
        client_admin.get(reverse("collecte_campagnes:history", args=[campagne.pk])).status_code
        == 200
    )


def test_prolonger_un_lien_expire_le_rouvre(client_admin, campagne, lieu):
    invitation = InvitationFactory(
        campagne=campagne, lieu=lieu, expire_le=timezone.now() - datetime.timedelta(days=1)
    )
    # Expired: the link shows what was sent and its withdrawal, not the form.
    ferme = client_admin.get(invitation.chemin()).content.decode()
    assert "est close" in ferme and 'name="titre"' not in ferme
    lignes = client_admin.get(url_tableau(campagne)).context["lignes"]
    assert lignes[0].statut == "expire"
    proposee = lignes[0].prolongation_proposee
    client_admin.post(url_action(invitation, "prolonger"), {"jusqu_au": proposee.isoformat()})
    ouvert = client_admin.get(invitation.chemin())
    assert ouvert.status_code == 200 and 'name="titre"' in ouvert.content.decode()


def test_prolonger_dans_le_passe_refuse(client_admin, campagne, lieu):
    invitation = InvitationFactory(campagne=campagne, lieu=lieu)
    hier = timezone.localdate() - datetime.timedelta(days=1)
    reponse = client_admin.post(url_action(invitation, "prolonger"), {"jusqu_au": hier.isoformat()})
    invitation.refresh_from_db()
    assert invitation.expire_le is None
    messages = [str(m) for m in client_admin.get(reponse["Location"]).context["messages"]]
    assert any("pas encore passée" in m for m in messages)


def test_actions_en_post_seulement_et_protegees_par_csrf(admin, campagne, lieu):
    invitation = InvitationFactory(campagne=campagne, lieu=lieu)
    empreinte = invitation.empreinte
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(admin)
    for action in ("regenerer", "revoquer", "prolonger"):
        assert strict.get(url_action(invitation, action)).status_code == 405
        assert strict.post(url_action(invitation, action)).status_code == 403
    relance = reverse("collecte_campagnes:relancer", args=[campagne.pk])
    assert strict.post(relance).status_code == 403
    invitation.refresh_from_db()
    assert invitation.empreinte == empreinte and invitation.revoquee_le is None
    # With the token from the dashboard's form, the same request goes through.
    tableau = strict.get(url_tableau(campagne))
    jeton = tableau.context["csrf_token"]
    assert (
        strict.post(url_action(invitation, "revoquer"), {"csrfmiddlewaretoken": jeton}).status_code
        == 302
    )
    assert (
        strict.post(url_action(invitation, "inconnue"), {"csrfmiddlewaretoken": jeton}).status_code
        == 404
    )


def test_action_sur_l_invitation_d_une_autre_campagne_refusee(client_admin, campagne, lieu):
    autre = InvitationFactory(campagne=CampagneFactory(annee=2041), lieu=lieu)
    url = reverse("collecte_campagnes:action_lien", args=[campagne.pk, autre.pk, "revoquer"])
    assert client_admin.post(url).status_code == 404


def test_sans_acces_admin_rien_ne_fuit(client, django_user_model, campagne, lieu):
    invitation = InvitationFactory(campagne=campagne, lieu=lieu)
    client.force_login(django_user_model.objects.create_user("voisin", "v@exemple.fr", "x"))
    urls_get = [
        url_tableau(campagne),
        reverse("collecte_campagnes:export", args=[campagne.pk, "csv"]),
        reverse("collecte_campagnes:export", args=[campagne.pk, "xlsx"]),
        reverse("collecte_contributions:list"),
    ]
    for url in urls_get:
        reponse = client.get(url)
        assert reponse.status_code in (302, 403), url
        assert invitation.jeton() not in reponse.content.decode(errors="ignore")
    client.post(url_action(invitation, "revoquer"))
    invitation.refresh_from_db()
    assert invitation.revoquee_le is None


def test_personnel_sans_droit_sur_les_campagnes_refuse(client, django_user_model, campagne, lieu):
    from django.contrib.auth.models import Permission

    InvitationFactory(campagne=campagne, lieu=lieu)
    equipe = django_user_model.objects.create_user("stagiaire", "s@exemple.fr", "x")
    equipe.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(equipe)
    for url in (
        url_tableau(campagne),
        reverse("collecte_campagnes:export", args=[campagne.pk, "csv"]),
    ):
        reponse = client.get(url)  # Wagtail turns the refusal into a redirect with a message
        assert reponse.status_code == 302 and reponse["Location"] == "/admin/"
    invitation = Invitation.objects.get()
    client.post(url_action(invitation, "revoquer"))
    invitation.refresh_from_db()
    assert invitation.revoquee_le is None


# -- exports -----------------------------------------------------------------------------------


@pytest.fixture
def lieu_piege(arbre, campagne):
    piege = lieu_nomme(
        arbre,
        '=HYPERLINK("http://pirate.example","Cliquez")',
        "piege",
        commune="+Saint-Agrève",
        contact_nom="@Josette",
        contact_email="josette@exemple.fr",
    )
    return InvitationFactory(campagne=campagne, lieu=piege)


def test_export_csv(client_admin, campagne, lieu_piege):
    reponse = client_admin.get(reverse("collecte_campagnes:export", args=[campagne.pk, "csv"]))
    assert reponse.status_code == 200
    assert reponse["Content-Type"] == "text/csv; charset=utf-8"
    assert (
        "attachment" in reponse["Content-Disposition"] and ".csv" in reponse["Content-Disposition"]
    )
    assert "no-store" in reponse["Cache-Control"]
    assert reponse.content.startswith(b"\xef\xbb\xbf")
    lignes = list(csv.reader(io.StringIO(reponse.content.decode("utf-8-sig")), delimiter=";"))
    assert lignes[0] == [
        "Lieu",
        "Commune",
        "Département",
        "Contact",
        "E-mail",
        "Lien",
        "Valable jusqu'au",
        "Ouvert",
        "Contributions",
    ]
    ligne = dict(zip(lignes[0], lignes[1], strict=True))
    assert ligne["Lieu"] == "'" + '=HYPERLINK("http://pirate.example","Cliquez")'
    assert ligne["Commune"] == "'+Saint-Agrève" and ligne["Contact"] == "'@Josette"
    assert ligne["Département"] == "07 – Ardèche"
    assert ligne["Lien"] == "http://testserver" + lieu_piege.chemin()
    assert ligne["Valable jusqu'au"] == campagne.cloture.strftime("%d/%m/%Y")
    assert ligne["Ouvert"] == "non" and ligne["Contributions"] == "0"


def test_export_xlsx(client_admin, campagne, lieu_piege):
    reponse = client_admin.get(reverse("collecte_campagnes:export", args=[campagne.pk, "xlsx"]))
    assert reponse.status_code == 200
    assert reponse["Content-Type"] == TYPE_XLSX
    feuille = openpyxl.load_workbook(io.BytesIO(reponse.content)).active
    entetes = [c.value for c in feuille[1]]
    assert entetes[0] == "Lieu" and entetes[-1] == "Contributions"
    nom = feuille.cell(row=2, column=1)
    assert nom.value == '=HYPERLINK("http://pirate.example","Cliquez")'
    assert nom.data_type == "s" and nom.quotePrefix
    assert feuille.cell(row=2, column=2).data_type == "s"
    assert feuille.cell(row=2, column=6).value == "http://testserver" + lieu_piege.chemin()
    valable = feuille.cell(row=2, column=7).value
    assert valable.date() == campagne.cloture
    assert feuille.cell(row=2, column=9).value == 0


def test_export_d_un_lien_revoque_sans_lien(client_admin, campagne, lieu):
    invitation = InvitationFactory(campagne=campagne, lieu=lieu)
    invitation.revoquer()
    reponse = client_admin.get(reverse("collecte_campagnes:export", args=[campagne.pk, "csv"]))
    texte = reponse.content.decode("utf-8-sig")
    assert invitation.jeton() not in texte and "révoqué" in texte


# -- commands ----------------------------------------------------------------------------------


def test_commande_inviter(campagne, lieu, capsys):
    call_command("inviter", "--campagne", str(campagne.annee), "--lieu", "cafe-tilleuls")
    sortie = capsys.readouterr()
    invitation = Invitation.objects.get(campagne=campagne, lieu=lieu)
    assert sortie.out.strip() == "http://testserver" + invitation.chemin()
    assert "Invitation créée" in sortie.err
    call_command("inviter", "--campagne", str(campagne.annee), "--lieu", "cafe-tilleuls")
    assert capsys.readouterr().out.strip() == "http://testserver" + invitation.chemin()
    assert Invitation.objects.filter(campagne=campagne, lieu=lieu).count() == 1


def test_inviter_sans_annee_prend_la_campagne_ouverte(campagne, lieu, capsys):
    CampagneFactory(
        annee=campagne.annee - 3,
        ouverture=datetime.date(campagne.annee - 3, 1, 1),
        cloture=datetime.date(campagne.annee - 3, 12, 31),
    )
    call_command("inviter", "--lieu", "cafe-tilleuls")
    invitation = Invitation.objects.get(lieu=lieu)
    assert invitation.campagne == campagne
    assert capsys.readouterr().out.strip() == "http://testserver" + invitation.chemin()


def test_inviter_sans_campagne_ouverte_dit_quoi_ecrire(arbre, lieu):
    CampagneFactory(
        annee=2019, ouverture=datetime.date(2019, 1, 1), cloture=datetime.date(2019, 12, 31)
    )
    with pytest.raises(CommandError, match="Aucune campagne n'est ouverte.*--campagne.*2019"):
        call_command("inviter", "--lieu", "cafe-tilleuls")


def test_les_liens_suivent_le_port_du_site(campagne, lieu, client_admin, capsys, settings):
    """`make run` on PORT=8201 sets the default Site's port: every link carries it."""
    call_command("initialiser_site", "--hostname", "127.0.0.1", "--port", "8201")
    capsys.readouterr()
    call_command("inviter", "--lieu", "cafe-tilleuls")
    invitation = Invitation.objects.get(campagne=campagne, lieu=lieu)
    attendu = "http://127.0.0.1:8201" + invitation.chemin()
    assert capsys.readouterr().out.strip() == attendu
    html = client_admin.get(url_tableau(campagne)).content.decode()
    assert f'value="{attendu}"' in html
    export = client_admin.get(reverse("collecte_campagnes:export", args=[campagne.pk, "csv"]))
    assert attendu in export.content.decode("utf-8-sig")
    settings.RECITS_URL_BASE = "https://recits.example.org/"
    call_command("inviter", "--lieu", "cafe-tilleuls")
    assert capsys.readouterr().out.strip() == "https://recits.example.org" + invitation.chemin()


def test_commande_inviter_regenere_un_lien_revoque(campagne, lieu, capsys):
    invitation = InvitationFactory(campagne=campagne, lieu=lieu)
    invitation.revoquer()
    call_command("inviter", "--campagne", str(campagne.annee), "--lieu", "cafe-tilleuls")
    sortie = capsys.readouterr()
    invitation.refresh_from_db()
    assert invitation.est_valide()
    assert sortie.out.strip().endswith(invitation.chemin())
    assert "avait été révoqué" in sortie.err


@pytest.mark.parametrize(
    ("annee", "slug", "message"),
    [
        ("1999", "cafe-tilleuls", "Aucune campagne pour l'année 1999."),
        ("deux-mille", "cafe-tilleuls", "n'est pas une année"),
        (None, "lieu-inconnu", "Aucun lieu n'a l'adresse « lieu-inconnu »"),
    ],
)
def test_commande_inviter_erreurs_en_francais(campagne, lieu, annee, slug, message):
    with pytest.raises(CommandError, match=message):
        call_command("inviter", "--campagne", annee or str(campagne.annee), "--lieu", slug)
    assert not Invitation.objects.exists()


# -- reminders ---------------------------------------------------------------------------------


@pytest.fixture
def quatre_lieux(client, campagne, arbre, lieu):
    """A place that contributed, one to remind, one without e-mail, one revoked."""
    lieu.contact_email = "tilleuls@exemple.fr"
    lieu.save()
    a_contribue = InvitationFactory(campagne=campagne, lieu=lieu)
    contribuer(client, a_contribue)
    a_relancer = InvitationFactory(
        campagne=campagne,
        lieu=lieu_nomme(
            arbre,
            "Épicerie <b>du Pont</b>",
            "epicerie-pont",
            contact_nom="Paul",
            contact_email="paul@exemple.fr",
        ),
    )
    sans_email = InvitationFactory(
        campagne=campagne, lieu=lieu_nomme(arbre, "Boulangerie du Lac", "boulangerie-lac")
    )
    revoquee = InvitationFactory(
        campagne=campagne,
        lieu=lieu_nomme(arbre, "Bar fermé", "bar-ferme", contact_email="bar@exemple.fr"),
    )
    revoquee.revoquer()
    return {"a_relancer": a_relancer, "sans_email": sans_email}


def test_relancer_ecrit_aux_seuls_lieux_sans_contribution(campagne, quatre_lieux):
    mail.outbox.clear()
    relances = lieux_a_relancer(campagne)
    assert [i.lieu.slug for i in relances.sans_email] == ["boulangerie-lac"]
    assert relancer(campagne, relances=relances) == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["paul@exemple.fr"]
    assert not getattr(message, "alternatives", None)  # plain text only
    assert "Bonjour Paul," in message.body
    assert "http://testserver" + quatre_lieux["a_relancer"].chemin() in message.body
    assert campagne.introduction in message.body
    fin = campagne.cloture
    assert f"{fin.day} " in message.body and str(fin.year) in message.body
    assert "Épicerie <b>du Pont</b>" in message.body  # text, never rendered as HTML
    entree = ModelLogEntry.objects.get(action="recits.relance", object_id=str(campagne.pk))
    assert entree.data == {"envois": 1}


def test_commande_relancer_et_simulation(campagne, quatre_lieux, capsys):
    mail.outbox.clear()
    call_command("relancer", "--campagne", str(campagne.annee), "--simulation")
    sortie = capsys.readouterr().out
    assert "Simulation : 1 e-mail serait envoyé" in sortie and "Épicerie <b>du Pont</b>" in sortie
    assert "Boulangerie du Lac" in sortie
    assert mail.outbox == []
    assert not ModelLogEntry.objects.filter(action="recits.relance").exists()
    call_command("relancer", "--campagne", str(campagne.annee))
    assert "1 e-mail de relance envoyé." in capsys.readouterr().out
    assert len(mail.outbox) == 1
    with pytest.raises(CommandError, match="Aucune campagne pour l'année 1999"):
        call_command("relancer", "--campagne", "1999")


def test_bouton_relancer_du_tableau(client_admin, campagne, quatre_lieux):
    mail.outbox.clear()
    tableau = client_admin.get(url_tableau(campagne)).content.decode()
    assert "Relancer les lieux sans contribution" in tableau
    assert "Boulangerie du Lac" in tableau  # reported: no e-mail address
    reponse = client_admin.post(reverse("collecte_campagnes:relancer", args=[campagne.pk]))
    assert reponse.status_code == 302 and len(mail.outbox) == 1
    messages = [str(m).strip() for m in client_admin.get(reponse["Location"]).context["messages"]]
    assert "1 e-mail de relance envoyé." in messages
    assert any("Boulangerie du Lac" in m for m in messages)
    assert "Dernière relance le" in client_admin.get(url_tableau(campagne)).content.decode()
    assert (
        client_admin.get(reverse("collecte_campagnes:relancer", args=[campagne.pk])).status_code
        == 405
    )


# -- contributions: read only ------------------------------------------------------------------


def test_contributions_en_lecture_seule(client_admin, campagne, lieu):
    invitation = InvitationFactory(campagne=campagne, lieu=lieu)
    contribuer(client_admin, invitation, texte="<script>alert('x')</script>\n\nDeuxième paragraphe")
    contribution = Contribution.objects.get()
    liste = client_admin.get(reverse("collecte_contributions:list"))
    html = liste.content.decode()
    assert liste.status_code == 200 and contribution.titre in html and "En relecture" in html
    assert reverse("collecte_contributions:add") not in html
    assert reverse("collecte_contributions:edit", args=[contribution.pk]) not in html
    inspection = client_admin.get(reverse("collecte_contributions:inspect", args=[contribution.pk]))
    assert inspection.status_code == 200
    html = inspection.content.decode()
    assert f"/admin/pages/{contribution.page_id}/edit/" in html
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert "Publication sur le site" in html and "Presse et communication" in html
    assert "Aucune" in html  # photos
    assert "Lien social" in html  # the contributor's own reading, by name
    # Refused everywhere (Wagtail turns PermissionDenied into a redirect with a message).
    refus = [reverse("collecte_contributions:add")] + [
        reverse(f"collecte_contributions:{vue}", args=[contribution.pk])
        for vue in ("edit", "delete")
    ]
    for url in refus:
        for reponse in (client_admin.get(url), client_admin.post(url, {"titre": "modifié"})):
            assert reponse.status_code == 302 and reponse["Location"] == "/admin/", url
    assert Contribution.objects.filter(pk=contribution.pk).exists()
    contribution.refresh_from_db()
    assert contribution.titre == "Le premier marché de Noël"


def test_liste_des_contributions_filtree_par_campagne_et_lieu(client_admin, campagne, arbre, lieu):
    autre = lieu_nomme(arbre, "Épicerie du Pont", "epicerie-pont")
    contribuer(client_admin, InvitationFactory(campagne=campagne, lieu=lieu), 1)
    contribuer(client_admin, InvitationFactory(campagne=campagne, lieu=autre), 2, titre="Au pont")
    url = reverse("collecte_contributions:list") + f"?campagne={campagne.pk}&lieu={autre.pk}"
    html = client_admin.get(url).content.decode()
    assert "Au pont" in html and "Le premier marché de Noël" not in html
