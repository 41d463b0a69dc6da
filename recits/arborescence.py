"""Builds the site's page tree (home, stories, places, other apps' sections) once, idempotently."""

from typing import TypeVar

from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import GroupApprovalTask, Page, Site, Workflow, WorkflowPage, WorkflowTask

from . import extensions
from .models import HomePage, LieuIndexPage, RecitIndexPage

P = TypeVar("P", bound=Page)


def enfant_publie(parent: Page, modele: type[P], slug: str, **champs) -> P:
    """The child of `parent` with this slug, created and published only if missing (idempotent)."""
    existant = modele.objects.child_of(parent).filter(slug=slug).first()
    if existant:
        return existant
    page = modele(slug=slug, **champs)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@transaction.atomic
def initialiser_site(hostname: str | None = None, port: int | None = None) -> HomePage:
    """Create the home page and the section pages, and point the default Site at them."""
    racine = Page.get_first_root_node()
    accueil = HomePage.objects.first()
    if accueil is None:
        # Remove Wagtail's empty placeholder page ("Welcome to your new Wagtail site").
        for page in racine.get_children():
            if page.specific_class is Page and page.is_leaf():
                page.delete()
        accueil = HomePage(
            title="Récits vivants",
            slug="accueil",
            accroche="Ce que nos lieux changent dans la vie des villages",
            introduction=(
                "<p>Cafés, épiceries, boulangeries, tiers-lieux : les lieux installés par la "
                "coopérative ne se mesurent pas qu'en mètres carrés. Celles et ceux qui les "
                "font vivre racontent ici ce qu'ils changent pour leur village.</p>"
            ),
        )
        racine.add_child(instance=accueil)
        accueil.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(is_default_site=True, hostname="localhost", port=80)
    site.root_page = accueil
    site.site_name = "Récits vivants"
    if hostname:
        site.hostname = hostname
    if port:
        site.port = port
    site.save()
    index_recits = enfant_publie(
        accueil,
        RecitIndexPage,
        "recits",
        title="Les récits",
        introduction="<p>Histoires, témoignages et reportages photo envoyés par les lieux.</p>",
    )
    enfant_publie(
        accueil,
        LieuIndexPage,
        "lieux",
        title="Les lieux",
        introduction="<p>Les commerces et tiers-lieux installés par la coopérative.</p>",
    )
    for rubrique in extensions.rubriques():
        enfant_publie(
            accueil,
            rubrique.modele,
            rubrique.slug,
            title=rubrique.titre,
            introduction=rubrique.introduction,
        )
    installer_moderation(index_recits)
    return accueil


NOM_WORKFLOW = "Modération des contributions"
NOM_TACHE = "Relecture par l'équipe éditoriale"


def installer_moderation(index_recits: Page) -> Workflow:
    """Ship the moderation workflow (one group approval task) on the story index."""
    workflow, _ = Workflow.objects.get_or_create(name=NOM_WORKFLOW, defaults={"active": True})
    tache = GroupApprovalTask.objects.filter(name=NOM_TACHE).first()
    if tache is None:
        tache = GroupApprovalTask.objects.create(name=NOM_TACHE)
        groupes = Group.objects.filter(name="Moderators")
        tache.groups.set(groupes)
    if not WorkflowTask.objects.filter(workflow=workflow, task=tache).exists():
        WorkflowTask.objects.create(workflow=workflow, task=tache, sort_order=0)
    WorkflowPage.objects.get_or_create(page=index_recits, defaults={"workflow": workflow})
    return workflow
