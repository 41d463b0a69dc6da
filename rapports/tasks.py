"""Background generation of a report's evidence blocks, with its progress stored."""

from __future__ import annotations

import logging

from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)


@task(queue_name="rapports")
def generer_blocs_rapport(generation_id: str) -> str:
    """Generate the blocks of one requested run; progress goes to its GenerationRapport row."""
    from .generation import generer_blocs
    from .suivi import GenerationRapport

    generation = GenerationRapport.objects.select_related("rapport").get(pk=int(generation_id))
    GenerationRapport.objects.filter(pk=generation.pk).update(etat=GenerationRapport.Etat.EN_COURS)

    def avancer(fait: int, total: int) -> None:
        GenerationRapport.objects.filter(pk=generation.pk).update(fait=fait, total=total)

    try:
        rapport = generation.rapport.get_latest_revision_as_object()
        generer_blocs(rapport, progression=avancer)
    except Exception:
        logger.exception("Génération du rapport %s impossible", generation.rapport_id)
        GenerationRapport.objects.filter(pk=generation.pk).update(
            etat=GenerationRapport.Etat.ECHEC,
            message="La génération a échoué ; l'équipe technique a été prévenue par les journaux.",
            fini_le=timezone.now(),
        )
        return "echec"
    GenerationRapport.objects.filter(pk=generation.pk).update(
        etat=GenerationRapport.Etat.FINIE, fini_le=timezone.now()
    )
    return "finie"
