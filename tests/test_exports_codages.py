"""Codings leave the site as CSV, XLSX and REFI-QDA, pseudonymised, from the admin or a command."""

from __future__ import annotations

import csv
import io
import re
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.management import CommandError, call_command
from django.http import StreamingHttpResponse
from lxml import etree
from openpyxl import load_workbook

from indicateurs.exports.lignes import COLONNES
from indicateurs.exports.refiqda import (
    NS_CODEBOOK,
    NS_PROJET,
    CodebookInvalide,
    codebook_qdc,
    importer_codebook,
)
from indicateurs.models import Analyse, Codage, Indicateur, NomPersonne
from indicateurs.noms import decider_nom, synchroniser_noms
from recits.models import RecitPage
from recits.passages import blocs_du_recit

pytestmark = pytest.mark.django_db

GUID = re.compile(
    r"^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$"
)
COULEUR = re.compile(r"^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")
P = f"{{{NS_PROJET}}}"
C = f"{{{NS_CODEBOOK}}}"


# Structural checks written from the REFI-QDA Project schema 1.0 (2019) and Codebook schema --


def verifier_code(code, ns: str, guids: set) -> None:
    assert code.tag == f"{{{ns}}}Code"
    assert GUID.match(code.get("guid")), code.get("guid")
    assert code.get("guid") not in guids
    guids.add(code.get("guid"))
    assert code.get("name")
    assert code.get("isCodable") in ("true", "false", "1", "0")
    assert code.get("color") is None or COULEUR.match(code.get("color"))
    enfants = [e.tag for e in code]
    ordre = [f"{{{ns}}}Description", f"{{{ns}}}NoteRef", f"{{{ns}}}Code"]
    assert [t for t in ordre if t in enfants] == sorted(set(enfants), key=ordre.index)
    assert enfants.count(f"{{{ns}}}Description") <= 1
    for enfant in code.findall(f"{{{ns}}}Code"):
        verifier_code(enfant, ns, guids)


def verifier_codebook(racine, ns: str) -> set:
    codes = racine.findall(f"{{{ns}}}Codes")
    assert len(codes) == 1 and len(codes[0]) >= 1, "Codes appears once with at least one Code"
    guids: set = set()
    for code in codes[0]:
        verifier_code(code, ns, guids)
    return guids


def verifier_projet(archive: zipfile.ZipFile) -> dict:
    """Check project.qde against the schema's rules; sources text by GUID."""
    racine = etree.fromstring(archive.read("project.qde"))
    assert racine.tag == f"{P}Project" and racine.get("name")
    ordre = [f"{P}{n}" for n in ("Users", "CodeBook", "Variables", "Cases", "Sources", "Notes",
                                 "Links", "Sets", "Graphs", "Description", "NoteRef")]  # fmt: skip
    tags = [e.tag for e in racine]
    assert all(t in ordre for t in tags) and tags == sorted(tags, key=ordre.index)
    assert re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", racine.get("creationDateTime"))
    utilisateurs = set()
    for user in racine.iterfind(f"{P}Users/{P}User"):
        assert GUID.match(user.get("guid"))
        utilisateurs.add(user.get("guid"))
    codes = verifier_codebook(racine.find(f"{P}CodeBook"), NS_PROJET)
    textes = {}
    for source in racine.iterfind(f"{P}Sources/*"):
        assert source.tag == f"{P}TextSource"
        assert GUID.match(source.get("guid"))
        chemin = source.get("plainTextPath")
        # Either PlainTextContent or plainTextPath, not both.
        assert (chemin is None) != (source.find(f"{P}PlainTextContent") is None)
        assert chemin.startswith("internal://")
        texte = archive.read("sources/" + chemin.removeprefix("internal://")).decode("utf-8")
        textes[source.get("guid")] = (texte, source)
        ordre_source = [f"{P}{n}" for n in ("Description", "PlainTextContent",
                        "PlainTextSelection", "Coding", "NoteRef", "VariableValue")]  # fmt: skip
        enfants = [e.tag for e in source]
        assert enfants == sorted(enfants, key=ordre_source.index)
        for selection in source.iterfind(f"{P}PlainTextSelection"):
            assert GUID.match(selection.get("guid"))
            debut, fin = int(selection.get("startPosition")), int(selection.get("endPosition"))
            assert 0 <= debut < fin <= len(texte)
            if selection.get("creatingUser"):
                assert selection.get("creatingUser") in utilisateurs
            for coding in selection.iterfind(f"{P}Coding"):
                assert GUID.match(coding.get("guid"))
                refs = coding.findall(f"{P}CodeRef")
                assert len(refs) == 1 and refs[0].get("targetGUID") in codes
        for coding in source.iterfind(f"{P}Coding"):
            assert coding.find(f"{P}CodeRef").get("targetGUID") in codes
    return textes


# Fixtures -----------------------------------------------------------------------------------


@pytest.fixture
def editrice(db):
    return get_user_model().objects.create_superuser("camille", "c@exemple.fr", "motdepasse")


@pytest.fixture
def corpus(creer_recit, editrice):
    """Two stories with passage codings, a formula-looking passage and a pseudonymised name."""
    lien = Indicateur.objects.get(slug="lien-social")
    convivialite = Indicateur.objects.get(slug="convivialite")
    recit = creer_recit(
        title="Le bal de Ginette",
        chapo="Ginette Delorme danse encore le jeudi.",
        corps=[
            {"type": "paragraphe", "value": "<p>=SOMME(A1) dit le tableau. Mme Delorme rit.</p>"}
        ],
        date="2025-03-02",
    )
    autre = creer_recit(title="Le marché", chapo="Le marché du samedi.", date="2024-06-01")
    bloc = blocs_du_recit(recit)[1]
    Codage.objects.create(
        recit=recit, indicateur=lien, bloc=bloc.cle, debut=0, fin=12, passage="=SOMME(A1) d"[:12],
        origine="editeur", statut="accepte", decide_par=editrice, citation=True,
    )  # fmt: skip
    debut = bloc.texte.index("Mme Delorme")
    Codage.objects.create(
        recit=recit, indicateur=convivialite, bloc=bloc.cle, debut=debut, fin=debut + 16,
        passage="Mme Delorme rit.", origine="assistant", statut="accepte", decide_par=editrice,
    )  # fmt: skip
    Codage.objects.create(recit=recit, indicateur=lien, origine="editeur", statut="accepte")
    Codage.objects.create(
        recit=autre, indicateur=convivialite, bloc="chapo", debut=0, fin=9, passage="Le marché",
        origine="assistant", statut="suggere",
    )  # fmt: skip
    Analyse.objects.create(
        recit=recit, empreinte="x", empreinte_regles="y", noms=[{"nom": "Ginette Delorme"}]
    )
    synchroniser_noms(recit.pk)
    decider_nom(NomPersonne.objects.get(recit=recit), "pseudonyme", editrice, "Claire Martin")
    return {"recit": RecitPage.objects.get(pk=recit.pk), "autre": autre}


def lire_csv(reponse) -> list[list[str]]:
    texte = b"".join(reponse.streaming_content).decode("utf-8")
    assert texte.startswith("\ufeff")
    return list(csv.reader(io.StringIO(texte[1:]), delimiter=";"))


# Admin exports ------------------------------------------------------------------------------


def test_csv_is_streamed_pseudonymised_and_neutralised(client, corpus, editrice):
    client.force_login(editrice)
    reponse = client.get("/admin/indicateurs/exports/codages.csv")
    assert reponse.status_code == 200 and isinstance(reponse, StreamingHttpResponse)
    assert reponse["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in reponse["Content-Disposition"]
    rangees = lire_csv(reponse)
    assert tuple(rangees[0]) == COLONNES
    assert len(rangees) == 5
    passages = [r[7] for r in rangees[1:]]
    assert "'=SOMME(A1) d" in passages  # a formula stays text
    assert "Mme Martin rit." in passages and "(récit entier)" in passages
    ligne = next(r for r in rangees if r[7] == "Mme Martin rit.")
    assert ligne[0] == "Le bal de Claire" and ligne[3] == "Saint-Agrève"
    assert ligne[4] == "07 – Ardèche" and ligne[5] == "2025" and ligne[6] == "Convivialité"
    assert ligne[8] == "Assistant d'analyse" and ligne[9] == "Accepté" and ligne[11] == "camille"


def test_exports_honour_the_listing_filters(client, corpus, editrice):
    client.force_login(editrice)
    lien = Indicateur.objects.get(slug="lien-social")
    rangees = lire_csv(client.get(f"/admin/indicateurs/exports/codages.csv?indicateur={lien.pk}"))
    assert {r[6] for r in rangees[1:]} == {"Lien social"} and len(rangees) == 3
    rangees = lire_csv(client.get("/admin/indicateurs/exports/codages.csv?annee=2024"))
    assert [r[0] for r in rangees[1:]] == ["Le marché"]
    rangees = lire_csv(client.get("/admin/indicateurs/exports/codages.csv?citation=true"))
    assert len(rangees) == 2
    rangees = lire_csv(client.get("/admin/indicateurs/exports/codages.csv?statut=suggere"))
    assert [r[9] for r in rangees[1:]] == ["Suggéré"]
    reponse = client.get("/admin/indicateurs/exports/codages.csv?annee=abc", follow=True)
    assert "Les filtres de la liste sont invalides" in reponse.content.decode()
    reponse = client.get("/admin/indicateurs/exports/codages.pdf", follow=True)
    assert "Format d&#x27;export inconnu" in reponse.content.decode()


def test_xlsx_forces_text_cells(client, corpus, editrice):
    client.force_login(editrice)
    reponse = client.get("/admin/indicateurs/exports/codages.xlsx")
    assert reponse.status_code == 200
    classeur = load_workbook(io.BytesIO(b"".join(reponse.streaming_content)))
    feuille = classeur["Codages"]
    rangees = list(feuille.iter_rows(values_only=True))
    assert rangees[0] == COLONNES and len(rangees) == 5
    cellule = next(c for c in feuille["H"] if c.value == "=SOMME(A1) d")
    assert cellule.data_type == "s"
    assert "Ginette" not in str(rangees) and "Delorme" not in str(rangees)


def test_exports_need_the_right_to_read_codings(client, corpus):
    personne = get_user_model().objects.create_user("passant", "p@exemple.fr", "motdepasse")
    personne.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(personne)
    for fmt in ("csv", "xlsx", "qdc", "qdpx"):
        assert client.get(f"/admin/indicateurs/exports/codages.{fmt}").status_code == 403
    assert client.get("/admin/indicateurs/exports/importer-livre-de-codes/").status_code == 403
    personne.user_permissions.add(Permission.objects.get(codename="view_codage"))
    personne = get_user_model().objects.get(pk=personne.pk)
    client.force_login(personne)
    assert client.get("/admin/indicateurs/exports/codages.csv").status_code == 200


# The Codages listing ------------------------------------------------------------------------


def test_listing_is_read_only_with_passages_filters_and_counts(client, corpus, editrice):
    client.force_login(editrice)
    reponse = client.get("/admin/snippets/indicateurs/codage/")
    assert reponse.status_code == 200
    contenu = reponse.content.decode()
    assert "Mme Martin rit." in contenu and "(récit entier)" in contenu
    assert "4 codages (1 suggéré, 3 acceptés, 0 rejeté)" in contenu
    assert "/admin/indicateurs/exports/codages.csv" in contenu
    assert "/admin/snippets/indicateurs/codage/add/" not in contenu
    codage = Codage.objects.filter(recit=corpus["recit"]).first()
    assert f"/admin/snippets/indicateurs/codage/edit/{codage.pk}/" not in contenu
    # Nobody, not even a superuser, rewrites origin, status or « Décidé par » here.
    assert client.get(f"/admin/snippets/indicateurs/codage/edit/{codage.pk}/").status_code in (
        302,
        403,
    )
    reponse = client.post(
        f"/admin/snippets/indicateurs/codage/edit/{codage.pk}/",
        {"origine": "editeur", "statut": "rejete", "decide_par": ""},
    )
    assert reponse.status_code in (302, 403)
    avant = codage.statut, codage.origine
    codage.refresh_from_db()
    assert (codage.statut, codage.origine) == avant
    assert client.get("/admin/snippets/indicateurs/codage/add/").status_code in (302, 403)
    assert client.get(f"/admin/snippets/indicateurs/codage/inspect/{codage.pk}/").status_code == 200

    filtre = client.get("/admin/snippets/indicateurs/codage/?statut=suggere&annee=2024")
    assert "1 codage (1 suggéré, 0 accepté, 0 rejeté)" in filtre.content.decode()
    assert "codages.csv?statut=suggere&amp;annee=2024" in filtre.content.decode()
    lien = Indicateur.objects.get(slug="lien-social")
    for requete in (
        f"indicateur={lien.pk}",
        "departement=07",
        "campagne=2025",
        "origine=assistant",
        "citation=true",
        "a_revoir=false",
        f"decide_par={editrice.pk}",
        f"lieu={corpus['recit'].lieu_id}",
    ):
        assert client.get(f"/admin/snippets/indicateurs/codage/?{requete}").status_code == 200


# REFI-QDA -----------------------------------------------------------------------------------


def test_codebook_export_follows_the_schema_and_imports_back(client, editrice):
    racine = etree.fromstring(codebook_qdc())
    assert racine.tag == f"{C}CodeBook" and racine.get("origin") == "Récits vivants"
    guids = verifier_codebook(racine, NS_CODEBOOK)
    nb = Indicateur.objects.count()
    assert len(guids) >= nb
    bilan = importer_codebook(codebook_qdc())
    assert bilan.crees == [] and len(bilan.reconnus) == nb

    client.force_login(editrice)
    reponse = client.get("/admin/indicateurs/exports/codages.qdc")
    assert reponse.status_code == 200 and reponse.content.startswith(b"<?xml")


def test_codebook_import_creates_new_codes_and_matches_known_ones(client, editrice):
    contenu = f"""<?xml version="1.0" encoding="utf-8"?>
    <CodeBook xmlns="{NS_CODEBOOK}" origin="QualCoder">
      <Codes>
        <Code guid="{{0b9b5a8e-1111-4222-8333-944455556666}}" name="Lien social" isCodable="true"/>
        <Code guid="0b9b5a8e-1111-4222-8333-944455556667" name="Fierté" isCodable="false">
          <Code guid="0b9b5a8e-1111-4222-8333-944455556668" name="Fierté du village"
                isCodable="true" color="#a1b">
            <Description>Les habitants parlent du lieu avec fierté.</Description>
          </Code>
        </Code>
      </Codes>
    </CodeBook>""".encode()
    client.force_login(editrice)
    avant = Indicateur.objects.count()
    from django.core.files.uploadedfile import SimpleUploadedFile

    reponse = client.post(
        "/admin/indicateurs/exports/importer-livre-de-codes/",
        {"fichier": SimpleUploadedFile("livre.qdc", contenu)},
        follow=True,
    )
    assert "1 indicateur(s) créé(s) (Fierté du village), 1 déjà présent(s)" in (
        reponse.content.decode()
    )
    assert Indicateur.objects.count() == avant + 1
    nouveau = Indicateur.objects.get(nom="Fierté du village")
    assert nouveau.famille == "Fierté" and nouveau.couleur == "#aa11bb"
    assert nouveau.definition == "Les habitants parlent du lieu avec fierté."
    assert nouveau.slug == "fierte-du-village"


@pytest.mark.parametrize(
    ("contenu", "message"),
    [
        (b"", "vide"),
        (b"pas du xml <", "pas un XML lisible"),
        (b'<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>', "racine attendue"),
        (f'<CodeBook xmlns="{NS_CODEBOOK}"/>'.encode(), "pas de liste de codes"),
        (f'<CodeBook xmlns="{NS_CODEBOOK}"><Codes/></CodeBook>'.encode(), "aucun code"),
        (
            f'<CodeBook xmlns="{NS_CODEBOOK}"><Codes><Code guid="x" name="A" isCodable="true"/>'
            "</Codes></CodeBook>".encode(),
            "GUID valide",
        ),
        (
            f'<CodeBook xmlns="{NS_CODEBOOK}"><Codes>'
            '<Code guid="0b9b5a8e-1111-4222-8333-944455556669" name="Bon" isCodable="true"/>'
            '<Code guid="0b9b5a8e-1111-4222-8333-944455556670" name="" isCodable="true"/>'
            "</Codes></CodeBook>".encode(),
            "pas de nom",
        ),
        (
            f'<CodeBook xmlns="{NS_CODEBOOK}"><Codes>'
            '<Code guid="0b9b5a8e-1111-4222-8333-944455556671" name="B" isCodable="peut-être"/>'
            "</Codes></CodeBook>".encode(),
            "isCodable",
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
            b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code '
            b'guid="0b9b5a8e-1111-4222-8333-944455556672" name="&e;" isCodable="true"/>'
            b"</Codes></CodeBook>",
            "pas un XML lisible",  # an external entity is never read
        ),
        (b"<a>" + b"x" * (2 * 1024 * 1024) + b"</a>", "2 Mo"),
    ],
)
def test_a_malformed_codebook_changes_nothing(client, editrice, contenu, message):
    avant = list(Indicateur.objects.values_list("pk", "nom", "definition"))
    with pytest.raises(CodebookInvalide, match=message):
        importer_codebook(contenu)
    assert list(Indicateur.objects.values_list("pk", "nom", "definition")) == avant

    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(editrice)
    reponse = client.post(
        "/admin/indicateurs/exports/importer-livre-de-codes/",
        {"fichier": SimpleUploadedFile("livre.qdc", contenu or b" ")},
    )
    assert reponse.status_code == 200
    assert "Rien n&#x27;a été modifié" in reponse.content.decode() or not contenu
    assert list(Indicateur.objects.values_list("pk", "nom", "definition")) == avant


def test_qdpx_project_follows_the_schema_with_passages_at_their_positions(client, corpus, editrice):
    client.force_login(editrice)
    reponse = client.get("/admin/indicateurs/exports/codages.qdpx")
    assert reponse.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(b"".join(reponse.streaming_content)))
    assert "project.qde" in archive.namelist()
    textes = verifier_projet(archive)
    assert len(textes) == 1  # only accepted codings: the other story has a suggestion only
    texte, source = next(iter(textes.values()))
    assert texte.startswith("Le bal de Claire\n\nClaire Martin danse encore")
    selections = {
        texte[int(s.get("startPosition")) : int(s.get("endPosition"))]
        for s in source.iterfind(f"{P}PlainTextSelection")
    }
    assert selections == {"=SOMME(A1) d", "Mme Martin rit."}
    assert len(source.findall(f"{P}Coding")) == 1  # the whole-story coding
    assert "Citation pour le rapport" in etree.tostring(source).decode()


# Command ------------------------------------------------------------------------------------


def test_command_writes_every_format(tmp_path, corpus):
    for fmt in ("csv", "xlsx", "qdc", "qdpx"):
        sortie = tmp_path / f"codages.{fmt}"
        out = io.StringIO()
        call_command("exporter_codages", format=fmt, sortie=str(sortie), stdout=out)
        assert sortie.stat().st_size > 0
        assert "→" in out.getvalue()
    rangees = list(csv.reader(io.StringIO((tmp_path / "codages.csv").read_text("utf-8-sig")),
                              delimiter=";"))  # fmt: skip
    assert len(rangees) == 5
    verifier_projet(zipfile.ZipFile(tmp_path / "codages.qdpx"))
    out = io.StringIO()
    call_command("exporter_codages", "--format", "csv", "--sortie", str(tmp_path / "a.csv"),
                 "--annee", "2024", stdout=out)  # fmt: skip
    assert "1 codage(s) exporté(s)" in out.getvalue()
    assert "[##############################] 1/1" in out.getvalue()
    assert not list(tmp_path.glob("*.partiel"))


def test_command_refuses_bad_input_in_french(tmp_path, corpus):
    with pytest.raises(CommandError, match="Format inconnu"):
        call_command("exporter_codages", format="pdf", sortie=str(tmp_path / "x.pdf"))
    with pytest.raises(CommandError, match="n'existe pas"):
        call_command("exporter_codages", format="csv", sortie=str(tmp_path / "non" / "x.csv"))
    with pytest.raises(CommandError, match="est un dossier"):
        call_command("exporter_codages", format="csv", sortie=str(tmp_path))
    with pytest.raises(CommandError, match="attend une année"):
        call_command("exporter_codages", format="csv", sortie=str(tmp_path / "x.csv"), annee=12)
    assert not list(tmp_path.iterdir())


def test_command_on_an_empty_collection(tmp_path, db):
    out = io.StringIO()
    call_command("exporter_codages", format="csv", sortie=str(tmp_path / "v.csv"), stdout=out)
    assert "Aucun codage ne correspond" in out.getvalue()
    assert (tmp_path / "v.csv").read_text("utf-8-sig").count("\n") == 1
    call_command("exporter_codages", format="qdpx", sortie=str(tmp_path / "v.qdpx"), stdout=out)
    assert "Aucun codage accepté" in out.getvalue()
    racine = etree.fromstring(zipfile.ZipFile(tmp_path / "v.qdpx").read("project.qde"))
    assert racine.find(f"{P}Sources") is not None and len(racine.find(f"{P}Sources")) == 0


def test_no_export_carries_the_original_name(client, tmp_path, corpus, editrice):
    client.force_login(editrice)
    contenus = []
    for fmt in ("csv", "xlsx", "qdc", "qdpx"):
        reponse = client.get(f"/admin/indicateurs/exports/codages.{fmt}")
        corps = b"".join(reponse.streaming_content) if reponse.streaming else reponse.content
        if fmt in ("xlsx", "qdpx"):
            archive = zipfile.ZipFile(io.BytesIO(corps))
            corps = b"".join(archive.read(n) for n in archive.namelist())
        contenus.append(corps.decode("utf-8"))
        call_command("exporter_codages", format=fmt, sortie=str(tmp_path / f"c.{fmt}"))
    for original in ("Ginette", "Delorme", "ginette"):
        assert all(original not in c for c in contenus), original
    assert any("Claire Martin" in c for c in contenus)


def test_les_codages_et_les_recits_a_coder_proposent_les_memes_annees(corpus):
    """Both listings offer the years, campaigns and départements the data holds, as lists."""
    from indicateurs.exports.filtres import CodageFilterSet
    from indicateurs.listes_admin import RecitsACoderFilterSet

    codages = CodageFilterSet(queryset=Codage.objects.all()).form.fields
    recits = RecitsACoderFilterSet(queryset=RecitPage.objects.all()).form.fields
    for champ in ("annee", "campagne", "departement"):
        assert list(codages[champ].choices)[1:] == list(recits[champ].choices)[1:], champ
    assert ("2025", "2025") in list(codages["annee"].choices)
    assert ("2024", "2024") in list(codages["annee"].choices)
