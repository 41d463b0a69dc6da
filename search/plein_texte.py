"""Full-text matching on SQLite written so that FTS5 is read first.

Wagtail's SQLite backend asks for `object_id IN (index entries of this type whose text
matches)`; SQLite then walks every index entry of the type and runs the FTS query once
per entry, which took 300 ms per query (twice per page: the list and its count) at
10,000 stories. Joining from the FTS table with `CROSS JOIN` makes SQLite read the
matching rows once (18 ms for 8,448 matches), and `pk_parmi` lets the outer query walk
the stories newest first and stop at the end of the page. PostgreSQL keeps Wagtail's
backend, with the index of `search/migrations/0001`.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Model, QuerySet
from django.db.models.expressions import RawSQL
from modelsearch.conf import get_app_config

from recits.listes import pk_parmi

# Columns of Wagtail's FTS table searched by a plain query (its own choice too).
COLONNES_FTS = "{title body}"


def sqlite_plein_texte() -> bool:
    """True when Wagtail searches with SQLite FTS5 (not PostgreSQL, not the fallback)."""
    if connection.vendor != "sqlite":
        return False
    from wagtail.search.backends import get_search_backend

    return type(get_search_backend()).__name__ == "SQLiteSearchBackend"


def expression_fts(termes: str) -> str:
    """FTS5 query requiring every term; terms are folded words made of [a-z0-9] only."""
    mots = [f'"{mot}"' for mot in termes.split() if mot.isalnum() and mot.isascii()]
    return f"{COLONNES_FTS} : ({' AND '.join(mots)})"


def ids_correspondants(modele: type[Model], termes: str) -> RawSQL:
    """Subquery of the primary keys of `modele` objects whose indexed text matches."""
    app = get_app_config()
    fts = app.get_model("SQLiteFTSIndexEntry")._meta.db_table
    entrees = app.get_model("IndexEntry")._meta.db_table
    sql = (
        f'SELECT CAST(e."object_id" AS INTEGER) FROM "{fts}" AS f '
        f'CROSS JOIN "{entrees}" AS e ON e."id" = f."rowid" '
        f'WHERE "{fts}" MATCH %s AND e."content_type_id" = %s'
    )
    type_contenu = ContentType.objects.get_for_model(modele, for_concrete_model=False)
    return RawSQL(sql, (expression_fts(termes), type_contenu.pk))


def filtrer_par_texte(queryset: QuerySet, termes: str) -> QuerySet:
    """Keep the rows of `queryset` whose indexed text contains every term."""
    return pk_parmi(queryset, ids_correspondants(queryset.model, termes))
