"""Background work of the indicator framework, run by `manage.py db_worker`."""

from django_tasks import task


@task(queue_name="nlp")
def analyser_recit(recit_id: str) -> str:
    """Run the spaCy helper on one story (skipped when its text has not changed)."""
    from recits.models import RecitPage

    from .analysis.stockage import analyser_recits, noter_erreur

    recit = RecitPage.objects.filter(pk=int(recit_id)).first()
    if recit is None:
        return "absent"
    try:
        bilan = analyser_recits([recit])
    except Exception as exc:
        noter_erreur(recit, f"L'analyse a échoué : {exc}")
        raise
    return "analysé" if bilan.analyses else "inchangé"
