"""REFI-QDA exchange: the codebook as `.qdc`, the coded collection as `.qdpx`.

Written from the REFI-QDA Project schema 1.0 (18 March 2019) and the Codebook schema:
namespaces ``urn:QDA-XML:project:1.0`` and ``urn:QDA-XML:codebook:1.0``; every GUID is a
UUID (8-4-4-4-12 hex digits); codes need ``guid``, ``name`` and ``isCodable``; a text source
refers to its plain text (``internal://<guid>.txt`` inside the zip's ``sources/`` folder) and
each coded segment is a ``PlainTextSelection`` whose ``startPosition``/``endPosition`` count
characters in that text. GUIDs are derived from stable ids (uuid5), so two exports of the
same collection agree and an imported codebook finds its indicators again.
"""

from __future__ import annotations

import datetime
import re
import tempfile
import uuid
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.text import slugify
from lxml import etree

from recits.models import RecitPage
from recits.passages import blocs_du_recit

from ..models import Codage, Indicateur
from ..noms import pseudonymiseur

NS_PROJET = "urn:QDA-XML:project:1.0"
NS_CODEBOOK = "urn:QDA-XML:codebook:1.0"
ORIGINE = "Récits vivants"
ESPACE = uuid.UUID("6f1d3c2e-8a4b-5e7f-9c0d-1a2b3c4d5e6f")
GUID_RE = re.compile(
    r"^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$"
)
COULEUR_RE = re.compile(r"^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")
TAILLE_MAX_QDC = 2 * 1024 * 1024
SEPARATEUR = "\n\n"
TAILLE_LOT = 500


def guid(genre: str, cle) -> str:
    """A stable GUID for one object of the site (same object, same GUID, every export)."""
    return str(uuid.uuid5(ESPACE, f"{genre}:{cle}"))


def guid_indicateur(indicateur: Indicateur) -> str:
    """An indicator's GUID follows its slug, the identifier exports promise to keep."""
    return guid("indicateur", indicateur.slug)


def _horodatage(quand: datetime.datetime | None = None) -> str:
    quand = quand or timezone.now()
    return quand.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# Codebook -------------------------------------------------------------------------------------


def _codes(parent, ns: str, indicateurs: Iterable[Indicateur]) -> None:
    """Indicators as codes; a family becomes a non-codable parent code."""
    familles: dict[str, etree._Element] = {}
    codes = etree.SubElement(parent, f"{{{ns}}}Codes")
    for indicateur in indicateurs:
        conteneur = codes
        if indicateur.famille:
            if indicateur.famille not in familles:
                familles[indicateur.famille] = etree.SubElement(
                    codes,
                    f"{{{ns}}}Code",
                    guid=guid("famille", indicateur.famille),
                    name=indicateur.famille,
                    isCodable="false",
                )
            conteneur = familles[indicateur.famille]
        code = etree.SubElement(
            conteneur,
            f"{{{ns}}}Code",
            guid=guid_indicateur(indicateur),
            name=indicateur.nom,
            isCodable="true",
            color=indicateur.couleur.upper(),
        )
        if indicateur.definition:
            etree.SubElement(code, f"{{{ns}}}Description").text = _propre(indicateur.definition)


def _propre(texte: str) -> str:
    """Text without the control characters XML 1.0 refuses."""
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", texte or "")


def codebook_qdc(indicateurs: QuerySet | None = None) -> bytes:
    """The indicator framework as a REFI-QDA codebook (`.qdc`)."""
    if indicateurs is None:
        indicateurs = Indicateur.objects.order_by("famille", "ordre", "nom")
    racine = etree.Element(f"{{{NS_CODEBOOK}}}CodeBook", nsmap={None: NS_CODEBOOK}, origin=ORIGINE)
    _codes(racine, NS_CODEBOOK, indicateurs)
    return etree.tostring(racine, xml_declaration=True, encoding="utf-8", pretty_print=True)


class CodebookInvalide(ValueError):
    """A `.qdc` file that cannot be imported (the message says why, in French)."""


@dataclass
class BilanImport:
    """What an import did: indicators created and indicators recognised."""

    crees: list[str]
    reconnus: list[str]


def _lire_codes(racine) -> list[tuple[etree._Element, str]]:
    """Every Code element with its family (the name of its non-codable parent)."""
    ns = racine.nsmap.get(None) or NS_CODEBOOK
    codes_el = racine.find(f"{{{ns}}}Codes")
    if codes_el is None:
        raise CodebookInvalide("Le fichier ne contient pas de liste de codes (élément Codes).")
    trouves: list[tuple[etree._Element, str]] = []

    def parcourir(element, famille: str) -> None:
        for code in element.findall(f"{{{ns}}}Code"):
            trouves.append((code, famille))
            codable = code.get("isCodable")
            parcourir(code, code.get("name", "") if codable == "false" else famille)

    parcourir(codes_el, "")
    if not trouves:
        raise CodebookInvalide("Le fichier ne contient aucun code.")
    return trouves


def importer_codebook(contenu: bytes) -> BilanImport:
    """Create the indicators of a `.qdc` that the site lacks; all or nothing.

    An indicator is recognised by its GUID (exported by this site), else its name, else its
    slug; recognised indicators are left as the editors set them.
    """
    if not contenu:
        raise CodebookInvalide("Le fichier est vide.")
    if len(contenu) > TAILLE_MAX_QDC:
        raise CodebookInvalide("Le fichier dépasse 2 Mo : ce n'est pas un livre de codes.")
    parseur = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        racine = etree.fromstring(contenu, parseur)
    except etree.XMLSyntaxError as exc:
        raise CodebookInvalide(
            f"Le fichier n'est pas un XML lisible (ligne {exc.lineno or '?'}) : "
            "exportez de nouveau le livre de codes au format REFI-QDA (.qdc)."
        ) from exc
    if racine.tag != f"{{{NS_CODEBOOK}}}CodeBook":
        raise CodebookInvalide(
            "Ce n'est pas un livre de codes REFI-QDA : la racine attendue est CodeBook dans "
            f"l'espace de noms {NS_CODEBOOK}."
        )
    existants = list(Indicateur.objects.all())
    par_guid = {guid_indicateur(i): i for i in existants}
    par_nom = {i.nom.casefold(): i for i in existants}
    par_slug = {i.slug: i for i in existants}
    slugs_pris = set(par_slug)
    a_creer: list[Indicateur] = []
    reconnus: list[str] = []
    for rang, (code, famille) in enumerate(_lire_codes(racine), start=1):
        nom = (code.get("name") or "").strip()
        ident = (code.get("guid") or "").strip()
        codable = code.get("isCodable")
        couleur = code.get("color")
        if not nom:
            raise CodebookInvalide(f"Le code n° {rang} n'a pas de nom (attribut name).")
        if not GUID_RE.match(ident):
            raise CodebookInvalide(f"Le code « {nom} » n'a pas d'identifiant GUID valide.")
        if codable not in ("true", "false", "1", "0"):
            raise CodebookInvalide(f"Le code « {nom} » n'indique pas s'il est codable (isCodable).")
        if couleur and not COULEUR_RE.match(couleur):
            raise CodebookInvalide(f"La couleur du code « {nom} » n'est pas au format #RRVVBB.")
        if len(nom) > 80:
            raise CodebookInvalide(f"Le nom du code « {nom[:40]}… » dépasse 80 caractères.")
        if codable in ("false", "0"):
            continue  # a family, not an indicator
        slug = slugify(nom)[:60] or f"code-{rang}"
        connu = par_guid.get(ident.strip("{}").lower()) or par_nom.get(nom.casefold())
        connu = connu or par_slug.get(slug)
        if connu:
            reconnus.append(connu.nom)
            continue
        base, n = slug, 2
        while slug in slugs_pris:
            slug, n = f"{base[:55]}-{n}", n + 1
        slugs_pris.add(slug)
        if len(couleur or "") == 4:
            couleur = "#" + "".join(c * 2 for c in couleur[1:])
        description = code.findtext(f"{{{racine.nsmap.get(None) or NS_CODEBOOK}}}Description")
        nouvel = Indicateur(
            nom=nom,
            slug=slug,
            famille=famille[:60],
            definition=(description or "").strip() or "À définir (importé d'un livre de codes).",
            couleur=(couleur or "#2f6b4f").lower(),
            ordre=100 + rang,
            actif=True,
        )
        par_nom[nom.casefold()] = nouvel
        a_creer.append(nouvel)
    with transaction.atomic():
        for indicateur in a_creer:
            indicateur.full_clean()
            indicateur.save()
    return BilanImport([i.nom for i in a_creer], reconnus)


# Project --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """A story as one plain text, with where each of its blocks starts in it."""

    texte: str
    debuts: dict[str, int]
    blocs: dict[str, str]


def source_du_recit(recit: RecitPage, masquer: Callable[[int, str], str]) -> Source:
    """Title then each block, separated by a blank line: the text analysts code in."""
    morceaux = [masquer(recit.pk, recit.title)]
    debuts: dict[str, int] = {}
    blocs: dict[str, str] = {}
    position = len(morceaux[0])
    for bloc in blocs_du_recit(recit):
        texte = masquer(recit.pk, bloc.texte)
        position += len(SEPARATEUR)
        debuts[bloc.cle] = position
        blocs[bloc.cle] = texte
        morceaux.append(texte)
        position += len(texte)
    return Source(SEPARATEUR.join(morceaux), debuts, blocs)


def _selection(source: Source, codage: Codage, passage: str) -> tuple[int, int] | None:
    """Where a coded passage sits in the story's text, or None if it is not found."""
    debut_bloc = source.debuts.get(codage.bloc)
    texte = source.blocs.get(codage.bloc)
    if debut_bloc is None or texte is None:
        return None
    if (
        codage.debut is not None
        and codage.fin <= len(texte)  # a slice past the end is clipped, not refused
        and texte[codage.debut : codage.fin] == passage
    ):
        return debut_bloc + codage.debut, debut_bloc + codage.fin
    trouve = texte.find(passage) if passage else -1
    if trouve < 0:
        return None
    return debut_bloc + trouve, debut_bloc + trouve + len(passage)


def ecrire_qdpx(
    codages: QuerySet, sortie, progression: Callable[[int], None] | None = None
) -> dict[str, int]:
    """Write the coded collection as a REFI-QDA project zip; counts of what went in.

    Only accepted codings; each story is one text source; passages are selections; a coding
    of the whole story codes the source itself. The XML is written incrementally to disk.
    """
    codages = codages.filter(statut=Codage.Statut.ACCEPTE)
    recit_ids = sorted(set(codages.values_list("recit_id", flat=True)))
    indicateurs = Indicateur.objects.filter(
        pk__in=codages.values("indicateur_id").distinct()
    ).order_by("famille", "ordre", "nom")
    from django.contrib.auth import get_user_model

    utilisateurs = get_user_model().objects.filter(
        pk__in=codages.exclude(decide_par=None).values("decide_par_id").distinct()
    )
    guid_code = {i.pk: guid_indicateur(i) for i in indicateurs}
    masquer = pseudonymiseur(recit_ids)
    comptes = {"sources": 0, "selections": 0, "codages_recit": 0, "ignores": 0}
    with (
        tempfile.TemporaryFile() as xml,
        zipfile.ZipFile(sortie, "w", compression=zipfile.ZIP_DEFLATED) as archive,
    ):
        with etree.xmlfile(xml, encoding="utf-8") as xf:
            xf.write_declaration()
            with xf.element(
                f"{{{NS_PROJET}}}Project",
                nsmap={None: NS_PROJET},
                name="Récits vivants — codages",
                origin=ORIGINE,
                creationDateTime=_horodatage(),
            ):
                if utilisateurs:
                    users = etree.Element(f"{{{NS_PROJET}}}Users")
                    for u in utilisateurs:
                        etree.SubElement(
                            users,
                            f"{{{NS_PROJET}}}User",
                            guid=guid("utilisateur", u.pk),
                            name=u.get_username(),
                        )
                    xf.write(users)
                livre = etree.Element(f"{{{NS_PROJET}}}CodeBook")
                _codes(livre, NS_PROJET, indicateurs)
                xf.write(livre)
                with xf.element(f"{{{NS_PROJET}}}Sources"):
                    for lot in range(0, len(recit_ids), TAILLE_LOT):
                        ids = recit_ids[lot : lot + TAILLE_LOT]
                        _sources(xf, archive, ids, codages, guid_code, masquer, comptes)
                        if progression:
                            progression(len(ids))
        xml.seek(0)
        with archive.open("project.qde", "w") as cible:
            while morceau := xml.read(1 << 20):
                cible.write(morceau)
    return comptes


def _sources(xf, archive, ids, codages, guid_code, masquer, comptes) -> None:
    recits = RecitPage.objects.filter(pk__in=ids).only(
        "pk", "title", "chapo", "corps", "first_published_at", "date"
    )
    par_recit: dict[int, list[Codage]] = {}
    for codage in codages.filter(recit_id__in=ids).order_by("recit_id", "bloc", "debut", "pk"):
        par_recit.setdefault(codage.recit_id, []).append(codage)
    for recit in recits.order_by("pk"):
        source = source_du_recit(recit, masquer)
        ident = guid("recit", recit.pk)
        archive.writestr(f"sources/{ident}.txt", source.texte.encode("utf-8"))
        element = etree.Element(
            f"{{{NS_PROJET}}}TextSource",
            guid=ident,
            name=_propre(masquer(recit.pk, recit.title))[:250],
            plainTextPath=f"internal://{ident}.txt",
        )
        etree.SubElement(
            element, f"{{{NS_PROJET}}}Description"
        ).text = f"Récit n° {recit.pk}, {recit.date:%Y}"
        entiers = []
        for codage in par_recit.get(recit.pk, []):
            code = guid_code.get(codage.indicateur_id)
            if code is None:
                continue
            if not codage.bloc and codage.debut is None:
                entiers.append((codage, code))
                continue
            passage = masquer(recit.pk, codage.passage)
            position = _selection(source, codage, passage)
            if position is None:
                comptes["ignores"] += 1
                continue
            attributs = {
                "guid": guid("selection", codage.pk),
                "name": _propre(passage)[:120],
                "startPosition": str(position[0]),
                "endPosition": str(position[1]),
                "creationDateTime": _horodatage(codage.decide_le or codage.cree_le),
            }
            if codage.decide_par_id:
                attributs["creatingUser"] = guid("utilisateur", codage.decide_par_id)
            selection = etree.SubElement(element, f"{{{NS_PROJET}}}PlainTextSelection", **attributs)
            if codage.citation:
                etree.SubElement(
                    selection, f"{{{NS_PROJET}}}Description"
                ).text = "Citation pour le rapport"
            coding = etree.SubElement(
                selection, f"{{{NS_PROJET}}}Coding", guid=guid("codage", codage.pk)
            )
            etree.SubElement(coding, f"{{{NS_PROJET}}}CodeRef", targetGUID=code)
            comptes["selections"] += 1
        for codage, code in entiers:
            coding = etree.SubElement(
                element, f"{{{NS_PROJET}}}Coding", guid=guid("codage", codage.pk)
            )
            etree.SubElement(coding, f"{{{NS_PROJET}}}CodeRef", targetGUID=code)
            comptes["codages_recit"] += 1
        xf.write(element)
        comptes["sources"] += 1
