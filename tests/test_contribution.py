"""The contribution form: stored whole or not at all, bad input explained in French."""

import datetime
from html import unescape
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from wagtail.models import WorkflowState

from collecte.models import Contribution, Invitation
from indicateurs.models import Codage
from recits.models import RecitPage

from .factories import InvitationFactory
from .utils import donnees_valides, horodatage_ancien

pytestmark = pytest.mark.django_db


@pytest.fixture
def invitation(arbre, lieu):
    return InvitationFactory(lieu=lieu)


@pytest.fixture
def moderatrice(db, django_user_model):
    from django.contrib.auth.models import Group

    utilisatrice = django_user_model.objects.create_user(
        "mod", "moderation@exemple.fr", "x", is_staff=True
    )
    utilisatrice.groups.add(Group.objects.get(name="Moderators"))
    return utilisatrice


def test_lien_affiche_le_formulaire(client, invitation):
    reponse = client.get(invitation.chemin())
    assert reponse.status_code == 200
    soupe = BeautifulSoup(reponse.content, "html.parser")
    assert "Café des Tilleuls" in soupe.h1.get_text()
    for nom in ["consentement_site", "consentement_rapport", "consentement_presse"]:
        case = soupe.find("input", attrs={"name": nom})
        assert case is not None and not case.has_attr("checked")
    assert len(soupe.find_all("input", attrs={"type": "file"})) == 6
    invitation.refresh_from_db()
    assert invitation.nb_ouvertures == 1 and invitation.premiere_ouverture


def test_jeton_long_et_non_stocke(invitation):
    jeton = invitation.jeton()
    assert len(jeton) >= 43  # 256-bit HMAC, base64url
    brut = Invitation.objects.filter(pk=invitation.pk).values().get()
    assert jeton not in str(brut)
    assert len(invitation.sel) == 32  # 128 random bits


@pytest.mark.parametrize("cas", ["inconnu", "revoque"])
def test_lien_invalide(client, invitation, cas):
    """An expired link still opens what was sent (tests/test_retrait.py); these do not."""
    chemin = invitation.chemin()
    if cas == "inconnu":
        chemin = "/contribuer/nimportequoi/"
    else:
        invitation.revoquer()
    reponse = client.get(chemin)
    assert reponse.status_code == 404
    assert "Pour obtenir un nouveau lien" in reponse.content.decode()
    assert client.post(chemin, donnees_valides(invitation)).status_code == 404
    assert Contribution.objects.count() == 0


def test_regenerer_change_le_lien(client, invitation):
    ancien = invitation.chemin()
    invitation.regenerer()
    assert client.get(ancien).status_code == 404
    assert client.get(invitation.chemin()).status_code == 200


def test_envoi_complet(client, invitation, moderatrice, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        reponse = client.post(invitation.chemin(), donnees_valides(invitation))
    assert reponse.status_code == 302
    assert reponse["Location"].endswith("/merci/")
    contribution = Contribution.objects.get()
    assert contribution.titre == "Le premier marché de Noël"
    assert contribution.consentement_site and not contribution.consentement_presse
    assert contribution.consentement_version
    page = contribution.page
    assert isinstance(page, RecitPage) and not page.live
    assert page.lieu_id == invitation.lieu_id
    assert page.source == "contribution"
    assert page.auteur_nom == "Mireille"
    assert page.date == datetime.date(2025, 12, 14)
    assert WorkflowState.objects.filter(object_id=str(page.pk), status="in_progress").exists()
    lectures = Codage.objects.filter(recit=page, origine="contributeur")
    assert {c.indicateur.slug for c in lectures} == {"lien-social", "convivialite"}
    assert {(c.origine, c.statut) for c in lectures} == {("contributeur", "suggere")}
    assert len(mail.outbox) >= 1
    assert any("Nouvelle contribution" in m.subject for m in mail.outbox)
    merci = client.get(reponse["Location"])
    assert "Merci pour votre récit" in merci.content.decode()
    assert "Le premier marché de Noël" in merci.content.decode()
    # The draft stays private.
    assert client.get(page.url or "/recits/le-premier-marche-de-noel/").status_code == 404


def test_double_envoi_une_seule_contribution(client, invitation):
    client.post(invitation.chemin(), donnees_valides(invitation))
    client.post(invitation.chemin(), donnees_valides(invitation))
    assert Contribution.objects.count() == 1
    assert RecitPage.objects.count() == 1


def test_erreurs_en_francais_et_texte_garde(client, invitation):
    donnees = donnees_valides(invitation, titre="", signature_nom="", pourquoi="")
    reponse = client.post(invitation.chemin(), donnees)
    assert reponse.status_code == 200
    html = unescape(reponse.content.decode())
    assert "Il reste quelque chose à corriger" in html
    assert "Indiquez votre prénom ou votre pseudonyme." in html
    assert "Même Marcel est venu" in html  # what was typed is kept
    assert Contribution.objects.count() == 0


def test_temoignage_n_exige_que_ses_paroles(client, invitation):
    """A testimony needs the person's words only: no story, no « pourquoi », anonymous by default."""
    vide = donnees_valides(invitation, genre="temoignage", texte="", pourquoi="")
    page = BeautifulSoup(client.post(invitation.chemin(), vide).content, "html.parser")
    erreurs = " ".join(liste.get_text() for liste in page.select(".errorlist, .resume-erreurs"))
    assert "Écrivez les paroles de la personne." in erreurs
    assert "Racontez ce moment" not in erreurs and "pourquoi ce moment compte" not in erreurs
    nomme = donnees_valides(
        invitation, genre="temoignage", temoin_paroles="Bonjour.", temoin_signature="prenom"
    )
    html = unescape(client.post(invitation.chemin(), nomme).content.decode())
    assert "Indiquez son prénom ou son pseudonyme." in html
    ok = donnees_valides(
        invitation,
        genre="temoignage",
        texte="",
        pourquoi="",
        temoin_paroles="Ici, on me dit bonjour.",
        temoin_role="habitant·e",
    )
    assert client.post(invitation.chemin(), ok).status_code == 302
    contribution = Contribution.objects.get()
    assert contribution.temoin_signature == "anonyme"
    temoignage = [b for b in contribution.page.corps if b.block_type == "temoignage"][0]
    assert temoignage.value["citation"] == "Ici, on me dit bonjour."
    assert temoignage.value["nom"] == ""


def test_un_recit_exige_son_texte_et_les_champs_requis_sont_marques(client, invitation):
    html = unescape(
        client.post(invitation.chemin(), donnees_valides(invitation, texte="")).content.decode()
    )
    assert "Racontez ce moment en quelques phrases." in html
    assert "Un titre (obligatoire)" in html and "Votre e-mail (facultatif)" in html
    assert "Votre e-mail (facultatif) (obligatoire)" not in html


def test_html_affiche_comme_texte(client, invitation):
    donnees = donnees_valides(invitation, texte="<script>alert('x')</script> et <b>gras</b>")
    client.post(invitation.chemin(), donnees)
    page = Contribution.objects.get().page
    paragraphe = page.corps[0].value.source
    assert "<script>" not in paragraphe and "&lt;script&gt;" in paragraphe


def test_pot_de_miel_silencieux(client, invitation):
    reponse = client.post(invitation.chemin(), donnees_valides(invitation, site_web="http://spam"))
    assert reponse.status_code == 302
    assert Contribution.objects.count() == 0


def test_envoi_trop_rapide_silencieux(client, invitation):
    reponse = client.post(
        invitation.chemin(),
        donnees_valides(invitation, horodatage=horodatage_ancien(0, invitation)),
    )
    assert reponse.status_code == 302
    assert Contribution.objects.count() == 0


def test_formulaire_vide_envoye_aussitot_montre_ce_qui_manque(client, invitation):
    """A person who taps « Envoyer » at once sees the errors, not a false thank-you."""
    vide = donnees_valides(invitation, horodatage=horodatage_ancien(0, invitation))
    for champ in ("titre", "texte", "pourquoi", "consentement_site", "signature"):
        vide.pop(champ)
    reponse = client.post(invitation.chemin(), vide)
    assert reponse.status_code == 200
    assert {"titre", "texte"} <= set(reponse.context["form"].errors)
    assert "pourquoi" not in reponse.context["form"].errors, "une question facultative"
    assert Contribution.objects.count() == 0


def test_horodatage_falsifie_silencieux(client, invitation):
    reponse = client.post(invitation.chemin(), donnees_valides(invitation, horodatage="123:faux"))
    assert reponse.status_code == 302
    assert Contribution.objects.count() == 0


def test_csrf_obligatoire(invitation):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    reponse = strict.post(invitation.chemin(), donnees_valides(invitation))
    assert reponse.status_code == 403
    assert Contribution.objects.count() == 0


def test_limite_de_debit(client, invitation, settings):
    settings.RECITS_ENVOIS_PAR_LIEN_ET_HEURE = 2
    for n in range(2):
        cle = f"{n:032x}"
        assert (
            client.post(invitation.chemin(), donnees_valides(invitation, cle_envoi=cle)).status_code
            == 302
        )
    reponse = client.post(invitation.chemin(), donnees_valides(invitation, cle_envoi="f" * 32))
    assert reponse.status_code == 429
    assert "Réessayez dans une heure" in reponse.content.decode()
    assert Contribution.objects.count() == 2


def test_corps_trop_gros_refuse_avant_tout(client, invitation, settings):
    settings.RECITS_TAILLE_ENVOI_MAX = 1000
    reponse = client.post(invitation.chemin(), donnees_valides(invitation, texte="x" * 5000))
    assert reponse.status_code == 413
    assert "trop lourd" in reponse.content.decode()
    assert Contribution.objects.count() == 0


def test_retrait(client, invitation, arbre):
    client.post(invitation.chemin(), donnees_valides(invitation))
    contribution = Contribution.objects.get()
    page = contribution.page
    page.save_revision().publish()
    assert client.get("/recits/").content.decode().count("Le premier marché de Noël") == 1
    reponse = client.post(f"/contribuer/{invitation.jeton()}/retirer/{contribution.pk}/")
    assert reponse.status_code == 302
    contribution.refresh_from_db()
    assert contribution.retiree_le is not None
    assert not RecitPage.objects.filter(pk=page.pk).exists()  # erased (tests/test_effacement.py)
    assert "Le premier marché de Noël" not in client.get("/recits/").content.decode()
    assert b"premier-marche" not in client.get("/sitemap.xml").content
    assert "Retiré" in client.get(reponse["Location"]).content.decode()


def test_contribution_immuable(client, invitation):
    from django.core.exceptions import ValidationError

    client.post(invitation.chemin(), donnees_valides(invitation))
    contribution = Contribution.objects.get()
    contribution.texte = "modifié"
    with pytest.raises(ValidationError):
        contribution.save()


def test_publication_refusee_sans_consentement(client, invitation, django_user_model):
    client.post(invitation.chemin(), donnees_valides(invitation, consentement_site=""))
    page = Contribution.objects.get().page
    admin = django_user_model.objects.create_superuser("a", "a@exemple.fr", "x")
    client.force_login(admin)
    edition = client.get(f"/admin/pages/{page.pk}/edit/")
    assert edition.status_code == 200
    assert "Publication sur le site : <strong>refusée</strong>" in edition.content.decode()
    from django.contrib.messages.storage.fallback import FallbackStorage
    from django.test import RequestFactory

    from collecte.moderation import exiger_le_consentement

    requete = RequestFactory().post("/")
    requete.session = client.session
    requete._messages = FallbackStorage(requete)
    reponse = exiger_le_consentement(requete, page)
    assert reponse is not None and reponse.status_code == 302
    page.refresh_from_db()
    assert not page.live


DONNEES_PHOTOS = __import__("pathlib").Path(__file__).parent / "data" / "photos"


def fichier_test(nom: str, contenu: bytes | None = None, type_mime: str = "image/jpeg"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    if contenu is None:
        contenu = (DONNEES_PHOTOS / nom).read_bytes()
    return SimpleUploadedFile(nom, contenu, content_type=type_mime)


def avec_photos(donnees: dict, *photos: tuple) -> dict:
    for i, (fichier, legende, description, reconnaissable) in enumerate(photos):
        donnees[f"photos-{i}-fichier"] = fichier
        donnees[f"photos-{i}-legende"] = legende
        donnees[f"photos-{i}-description"] = description
        donnees[f"photos-{i}-reconnaissable"] = reconnaissable
    return donnees


def test_photos_nettoyees_et_privees(client, invitation):
    from PIL import Image

    donnees = avec_photos(
        donnees_valides(invitation, genre="photos"),
        (fichier_test("photo_gps.jpg"), "Le marché", "Des étals sous les platanes", "personne"),
        (
            fichier_test("photo_gps.heic", type_mime="image/heic"),
            "La fête",
            "Des gens dansent",
            "accord",
        ),
    )
    assert client.post(invitation.chemin(), donnees).status_code == 302
    photos = list(Contribution.objects.get().photos.order_by("ordre"))
    assert [p.legende for p in photos] == ["Le marché", "La fête"]
    for photo in photos:
        chemin = photo.fichier.path
        from django.conf import settings

        assert chemin.startswith(str(settings.PRIVATE_MEDIA_ROOT))
        assert not chemin.startswith(str(settings.MEDIA_ROOT))
        contenu = Path(chemin).read_bytes()
        assert b"GPS" not in contenu and b"Exif" not in contenu
        with Image.open(chemin) as image:
            assert not image.getexif()
        assert "photo_gps" not in photo.fichier.name
    # Visitors have no URL for them; editors see them through the admin only.
    assert client.get(f"/admin/recits/photos/{photos[0].pk}/").status_code in (302, 403)


def test_photo_refusee_nommee_et_texte_garde(client, invitation, settings):
    avant = set(settings.PRIVATE_MEDIA_ROOT.rglob("*"))
    donnees = avec_photos(
        donnees_valides(invitation),
        (fichier_test("photo.jpg", b"<?php system($_GET['c']); ?>"), "x", "y", "personne"),
    )
    reponse = client.post(invitation.chemin(), donnees)
    assert reponse.status_code == 200
    html = unescape(reponse.content.decode()).replace("\xa0", " ")
    assert "« photo.jpg » n'est pas une photo lisible" in html
    assert "Même Marcel est venu" in html
    assert Contribution.objects.count() == 0
    assert set(settings.PRIVATE_MEDIA_ROOT.rglob("*")) == avant


def test_photo_sans_description_ni_reponse(client, invitation):
    donnees = avec_photos(donnees_valides(invitation), (fichier_test("photo_gps.jpg"), "", "", ""))
    html = unescape(client.post(invitation.chemin(), donnees).content.decode())
    assert "Décrivez la photo en une phrase pour les personnes aveugles." in html
    assert "Dites si l'on reconnaît des personnes" in html
    assert Contribution.objects.count() == 0


def test_publication_importe_les_photos(client, invitation, django_capture_on_commit_callbacks):
    donnees = avec_photos(
        donnees_valides(invitation, genre="photos"),
        (fichier_test("photo_gps.jpg"), "Le marché", "Des étals sous les platanes", "personne"),
    )
    client.post(invitation.chemin(), donnees)
    contribution = Contribution.objects.get()
    page = contribution.page
    page.save_revision().publish()
    page = RecitPage.objects.get(pk=page.pk)
    assert page.live and page.image is not None
    assert page.image.description == "Des étals sous les platanes"
    # The only photo leads the page and is not repeated in the body.
    assert not [b for b in page.corps if b.block_type in ("image", "galerie")]
    html = client.get(page.url).content.decode()
    assert 'alt="Des étals sous les platanes"' in html
    # Withdrawal removes the published image files too.
    fichier = page.image.file.path
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/contribuer/{invitation.jeton()}/retirer/{contribution.pk}/")
    assert client.get(page.url).status_code == 404
    assert not __import__("os").path.exists(fichier)


def test_retrait_demande_confirmation(client, invitation):
    client.post(invitation.chemin(), donnees_valides(invitation))
    contribution = Contribution.objects.get()
    url = f"/contribuer/{invitation.jeton()}/retirer/{contribution.pk}/"
    confirmation = client.get(url)
    assert confirmation.status_code == 200
    assert "Oui, retirer ce récit" in confirmation.content.decode()
    contribution.refresh_from_db()
    assert contribution.retiree_le is None
    autre = InvitationFactory(lieu=invitation.lieu, campagne__annee=2020)
    # Another link cannot withdraw this place's contribution of another campaign.
    assert client.post(f"/contribuer/{autre.jeton()}/retirer/{contribution.pk}/").status_code == 404


def test_approbation_du_workflow_sans_consentement_ne_publie_pas(client, invitation, moderatrice):
    from wagtail.models import TaskState

    client.post(invitation.chemin(), donnees_valides(invitation, consentement_site=""))
    page = Contribution.objects.get().page
    etat = TaskState.objects.get(workflow_state__object_id=str(page.pk), status="in_progress")
    etat.specific.task.specific.on_action(etat.specific, moderatrice, "approve")
    page.refresh_from_db()
    assert not page.live
    assert client.get("/recits/").content.decode().count("Le premier marché de Noël") == 0


def test_approbation_avec_consentement_publie(client, invitation, moderatrice):
    from wagtail.models import TaskState

    client.post(invitation.chemin(), donnees_valides(invitation))
    page = Contribution.objects.get().page
    etat = TaskState.objects.get(workflow_state__object_id=str(page.pk), status="in_progress")
    etat.specific.task.specific.on_action(etat.specific, moderatrice, "approve")
    page.refresh_from_db()
    assert page.live


def test_contributeur_prevenu_une_fois_de_la_publication(client, invitation):
    client.post(invitation.chemin(), donnees_valides(invitation))
    page = Contribution.objects.get().page
    mail.outbox.clear()
    page.save_revision().publish()
    annonces = [m for m in mail.outbox if "Votre récit est publié" in m.subject]
    assert len(annonces) == 1
    assert annonces[0].to == ["mireille@exemple.fr"]
    assert "/recits/le-premier-marche-de-noel/" in annonces[0].body
    RecitPage.objects.get(pk=page.pk).save_revision().publish()
    assert len([m for m in mail.outbox if "Votre récit est publié" in m.subject]) == 1


def test_indicateurs_en_mots_simples(client, invitation):
    html = unescape(client.get(invitation.chemin()).content.decode())
    assert "Des gens se rencontrent, s'entraident, se parlent" in html
    assert "Dynamisme territorial" not in html


def test_trop_de_champs_refuse(client, invitation):
    donnees = donnees_valides(invitation, **{f"champ{i}": "x" for i in range(200)})
    reponse = client.post(invitation.chemin(), donnees)
    assert reponse.status_code == 400
    assert "trop de champs" in reponse.content.decode()
    assert Contribution.objects.count() == 0


def test_trop_de_fichiers_refuse(client, invitation):
    donnees = donnees_valides(invitation)
    for i in range(12):
        donnees[f"photos-{i}-fichier"] = fichier_test("photo_gps.jpg")
    reponse = client.post(invitation.chemin(), donnees)
    assert reponse.status_code == 400
    assert "Six photos au plus" in reponse.content.decode()
    assert Contribution.objects.count() == 0


def test_liste_des_envois_sans_requete_par_ligne(client, invitation):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def requetes() -> int:
        with CaptureQueriesContext(connection) as capture:
            assert client.get(f"/contribuer/{invitation.jeton()}/merci/").status_code == 200
        return len(capture)

    client.post(invitation.chemin(), donnees_valides(invitation))
    requetes()  # warms the menu and filter caches
    une = requetes()
    for n in range(3):
        client.post(invitation.chemin(), donnees_valides(invitation, cle_envoi=f"{n + 1:032x}"))
    page = client.get(f"/contribuer/{invitation.jeton()}/merci/").content.decode()
    assert page.count("En relecture") == 4
    assert requetes() == une


def test_formulaire_ouvert_trop_longtemps(client, invitation):
    donnees = donnees_valides(invitation, horodatage=horodatage_ancien(25 * 3600, invitation))
    reponse = client.post(invitation.chemin(), donnees)
    assert reponse.status_code == 200
    html = unescape(reponse.content.decode())
    assert "Ce formulaire est resté ouvert très longtemps" in html
    assert "Même Marcel est venu" in html
    assert Contribution.objects.count() == 0
    # The page carries a fresh timestamp: sending it again (later) works.
    nouveau = BeautifulSoup(reponse.content, "html.parser").find("input", {"name": "horodatage"})
    assert nouveau["value"] != donnees["horodatage"]


def test_photo_refusee_nommee_meme_si_d_autres_champs_manquent(client, invitation):
    donnees = avec_photos(
        donnees_valides(invitation, titre=""),
        (fichier_test("soupe.jpg", b"<?php echo 1; ?>"), "", "Une marmite", "personne"),
    )
    html = unescape(client.post(invitation.chemin(), donnees).content.decode())
    assert "Un titre : Champ requis." in html
    assert "« soupe.jpg » n'est pas une photo lisible" in html.replace("\xa0", " ")
    assert Contribution.objects.count() == 0


def test_photo_refusee_nommee_meme_sans_sa_description(client, invitation):
    """The refused file is named in the same round as the photo's own missing answers."""
    donnees = avec_photos(
        donnees_valides(invitation), (fichier_test("photo.jpg", b"ceci est du texte"), "", "", "")
    )
    html = unescape(client.post(invitation.chemin(), donnees).content.decode())
    html = html.replace("\xa0", " ")
    assert "« photo.jpg » n'est pas une photo lisible" in html
    assert "Décrivez la photo en une phrase pour les personnes aveugles." in html
    assert Contribution.objects.count() == 0


def test_liens_du_resume_d_erreurs_menent_au_champ(client, invitation):
    """Each link of the error summary points at an element of the page, radios included."""
    import re

    donnees = donnees_valides(invitation)
    for champ in ("signature", "titre", "texte"):
        donnees.pop(champ)
    contenu = client.post(invitation.chemin(), donnees).content.decode()
    cibles = re.findall(r'<li><a href="#([^"]*)">', contenu)
    assert len(cibles) >= 3
    for cible in cibles:
        assert cible and f'id="{cible}"' in contenu, cible
    assert "id_signature_0" in cibles  # the first choice, which takes the focus


def test_la_reponse_quand_devient_la_date_du_recit(client, invitation):
    annee = datetime.date.today().year - 1
    donnees = donnees_valides(
        invitation, date_moment="", quand="un jeudi soir", quand_mois="11", quand_annee=str(annee)
    )
    assert client.post(invitation.chemin(), donnees).status_code == 302
    contribution = Contribution.objects.get()
    assert contribution.date_moment == datetime.date(annee, 11, 1)
    assert contribution.quand == f"un jeudi soir, novembre {annee}"
    assert contribution.page.specific.date == datetime.date(annee, 11, 1)


def test_un_mois_sans_annee_est_refuse(client, invitation):
    donnees = donnees_valides(invitation, date_moment="", quand_mois="11", cle_envoi="b" * 32)
    html = unescape(client.post(invitation.chemin(), donnees).content.decode())
    assert "Choisissez aussi l'année." in html
    assert not Contribution.objects.exists()


def test_chaque_question_obligatoire_le_dit(client, invitation):
    """Django drops a label's suffix after « ? »: the required questions still say it."""
    page = BeautifulSoup(client.get(invitation.chemin()).content, "html.parser")
    for champ in ("titre", "texte", "temoin_paroles"):
        assert "obligatoire" in page.select_one(f"label[for=id_{champ}]").get_text()
    assert "obligatoire" not in page.select_one("label[for=id_pourquoi]").get_text()
    legende = page.select_one("#id_signature").find_parent("fieldset").legend
    assert "(obligatoire)" in legende.get_text()


@pytest.mark.parametrize(
    ("refusees", "bonnes", "ouvert"), [(1, 0, False), (2, 0, True), (1, 1, True)]
)
def test_le_repli_des_photos_s_ouvre_pour_ce_qu_il_contient(
    client, invitation, refusees, bonnes, ouvert
):
    """A refused photo 1 is shown outside the fold; an error or a photo in slots 2–6 opens it.

    Without JavaScript a good photo 2 comes back without its file (browsers keep none):
    its caption in a closed fold would look lost, and « choisissez-les à nouveau » unfindable.
    """
    illisible = b"<?php system($_GET['c']); ?>"
    photos = [
        (fichier_test(f"photo{n}.jpg", illisible), "x", "y", "personne") for n in range(refusees)
    ] + [(fichier_test("photo_gps.jpg"), "Le comptoir", "Un comptoir", "personne")] * bonnes
    reponse = client.post(invitation.chemin(), avec_photos(donnees_valides(invitation), *photos))
    page = BeautifulSoup(reponse.content, "html.parser")
    repli = page.select_one("details.plus-de-photos")
    assert ("open" in repli.attrs) is ouvert
    assert Contribution.objects.count() == 0
