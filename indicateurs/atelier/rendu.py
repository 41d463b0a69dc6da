"""The workspace's long, repeated parts rendered in Python (a 10,000-word story has hundreds
of segments, sentences and codings; template includes would cost seconds).

Every value is escaped with `html.escape` (quotes included) before it joins the markup;
plain f-strings rather than `format_html`, whose lazy wrappers cost a third of the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from django.utils.dateformat import format as formater_date
from django.utils.safestring import SafeString, mark_safe
from django.utils.timezone import localtime

from ..models import Codage
from .lecture import BlocAffiche


def _court(texte: str, longueur: int) -> str:
    return texte if len(texte) <= longueur else texte[: longueur - 1].rstrip() + "…"


@dataclass(frozen=True)
class Formulaire:
    """What every action form carries: where it posts, the CSRF token, the version."""

    url: str
    csrf: str
    version: int

    def champs(self, ancre: str, codage: Codage | None = None) -> str:
        champ_codage = (
            f'<input type="hidden" name="codage" value="{int(codage.pk)}">' if codage else ""
        )
        return (
            f'<input type="hidden" name="csrfmiddlewaretoken" value="{escape(self.csrf)}">'
            f'<input type="hidden" name="version" value="{int(self.version)}">'
            f'<input type="hidden" name="ancre" value="{escape(ancre)}">{champ_codage}'
        )


def texte_du_bloc(affiche: BlocAffiche) -> SafeString:
    """The block's text with its coded stretches in <mark> (textContent = the block's text)."""
    morceaux = []
    for s in affiche.segments:
        if s.codages:
            morceaux.append(
                f'<mark class="atelier-marque" style="--couleur: {escape(s.couleur)}" '
                f'title="{escape(s.libelle)}">{escape(s.texte)}</mark>'
            )
        else:
            morceaux.append(escape(s.texte))
    return mark_safe("".join(morceaux))


def options_phrases(blocs: list[BlocAffiche]) -> SafeString:
    """The sentences of the story as <optgroup>s, one per block."""
    morceaux = []
    for b in blocs:
        options = "".join(
            f'<option value="{escape(p.valeur)}">{escape(p.apercu)}</option>' for p in b.phrases
        )
        morceaux.append(f'<optgroup label="{escape(b.bloc.libelle)}">{options}</optgroup>')
    return mark_safe("".join(morceaux))


def _qui(utilisateur) -> str:
    return (utilisateur.get_full_name() or utilisateur.get_username()) if utilisateur else ""


def codage(c: Codage, formulaire: Formulaire | None) -> str:
    """One accepted coding with its actions (no actions for readers), as escaped HTML."""
    meta = f"— {c.libelle_bloc} · {c.get_origine_display()}"
    if c.decide_par_id:
        meta += f" · {_qui(c.decide_par)}"
    if c.decide_le:
        meta += f", le {formater_date(localtime(c.decide_le), 'j F Y à H:i')}"
    passage = c.passage if c.debut is not None else ""
    nom = escape(c.indicateur.nom)
    html = [
        '<p class="atelier-codage__titre"><span class="atelier-pastille" '
        f'style="background-color: {escape(c.indicateur.couleur)}" aria-hidden="true"></span> '
        f'<strong>{nom}</strong> <span class="atelier-meta">{escape(meta)}</span></p>'
    ]
    if passage:
        html.append(
            f'<blockquote class="atelier-passage">{escape(_court(passage, 400))}</blockquote>'
        )
    if c.citation:
        note = f" Note : {escape(c.note)}" if c.note else ""
        html.append(
            f'<p class="atelier-citation-etat"><strong>Citation pour le rapport.</strong>{note}</p>'
        )
    if formulaire:
        url = escape(formulaire.url)
        champs = formulaire.champs("equipe", c)
        html.append('<div class="atelier-actions">')
        if passage and c.citation:
            html.append(
                f'<form method="post" action="{url}">{champs}<button type="submit" name="action" '
                'value="citation_retiree" class="button button-small button-secondary">'
                "Retirer la citation</button></form>"
            )
        elif passage:
            html.append(
                '<details class="atelier-details"><summary>Marquer comme citation'
                f'<span class="visually-hidden"> (« {escape(_court(passage, 40))} »)</span>'
                f'</summary><form method="post" action="{url}">{champs}'
                f'<label for="note-{c.pk}">Note de l\'équipe (facultative)</label>'
                f'<textarea id="note-{c.pk}" name="note" rows="2" maxlength="2000"></textarea>'
                '<button type="submit" name="action" value="citation" '
                'class="button button-small">Marquer comme citation</button></form></details>'
            )
        html.append(
            f'<form method="post" action="{url}">{champs}<button type="submit" name="action" '
            'value="retirer" class="button button-small button-secondary no">'
            f'Retirer ce codage<span class="visually-hidden"> « {nom} »</span></button></form>'
            "</div>"
        )
    classe = " atelier-codage--citation" if c.citation else ""
    return f'<li class="atelier-codage{classe}" id="codage-{c.pk}">{"".join(html)}</li>'


def codages(liste: list[Codage], formulaire: Formulaire | None) -> SafeString:
    """The team's codings, each with its actions."""
    return mark_safe("".join(codage(c, formulaire) for c in liste))


def blocs(affiches: list[BlocAffiche]) -> SafeString:
    """Every block: its label, its text with highlights, links to the codings it holds."""
    html = []
    for rang, b in enumerate(affiches, start=1):
        codes = ""
        if b.codages:
            liens = ", ".join(
                f'<a href="#codage-{c.pk}">{escape(c.indicateur.nom)} '
                f"(« {escape(_court(c.passage, 30))} »)</a>"
                for c in b.codages
            )
            codes = f'<p class="atelier-bloc__codes">Codé ici : {liens}</p>'
        html.append(
            f'<div class="atelier-bloc" id="bloc-{rang}">'
            f'<h3 class="atelier-bloc__titre">{escape(b.bloc.libelle)}</h3>'
            f'<p class="atelier-bloc__texte" data-texte data-cle="{escape(b.bloc.cle)}" '
            f'data-libelle="{escape(b.bloc.libelle)}">{texte_du_bloc(b)}</p>{codes}</div>'
        )
    return mark_safe("".join(html))


def options_blocs(affiches: list[BlocAffiche], choisi: str = "") -> SafeString:
    """The blocks as <option>s (the one given selected)."""
    return mark_safe(
        "".join(
            f'<option value="{escape(b.bloc.cle)}"{" selected" if b.bloc.cle == choisi else ""}>'
            f"{escape(b.bloc.libelle)}</option>"
            for b in affiches
        )
    )


def historique(decisions) -> SafeString:
    """The story's coding history as table rows: when, who, what, indicator, passage."""
    lignes = []
    for d in decisions:
        qui = _qui(d.utilisateur) if d.utilisateur_id else "Atelier (texte modifié)"
        passage = d.codage.passage if d.codage_id and d.codage else ""
        lignes.append(
            f"<tr><td>{escape(formater_date(localtime(d.le), 'j F Y à H:i'))}</td>"
            f"<td>{escape(qui)}</td><td>{escape(d.get_action_display())}</td>"
            f"<td>{escape(d.indicateur.nom) if d.indicateur_id and d.indicateur else '—'}</td>"
            f"<td>{'« ' + escape(_court(passage, 60)) + ' »' if passage else '—'}</td></tr>"
        )
    return mark_safe("".join(lignes))
