"""How often each shared taxonomy entry is used, across all region schemas and the portal.

The relations are found by introspection (offers, employers, events, embeds … point at the
taxonomy; the taxonomy imports none of them). Only the entries of one listing page are
counted, in ONE query (UNION ALL over every schema that holds a referencing table), and
the result is cached for a few minutes: the cost is bounded by page size × tables × regions
and paid at most once per CACHE_SECONDS.
"""

import hashlib

from django.core.cache import cache
from django.db import connection
from django.db.models import ManyToOneRel

from tenants.models import Region

CACHE_SECONDS = 300
OWN_APPS = ("taxonomy", "taxonomy_regional")  # links inside the taxonomy are no "use"


def referencing_columns(model) -> list[tuple[str, str]]:
    """(table, column) of every foreign key to `model` outside the taxonomy itself.

    Many-to-many links appear here as the foreign key of their (hidden) link table.
    """
    found = []
    for rel in model._meta.get_fields(include_hidden=True):
        if isinstance(rel, ManyToOneRel) and rel.related_model._meta.app_label not in OWN_APPS:
            found.append((rel.related_model._meta.db_table, rel.field.column))
    return sorted(set(found))


def _locations(tables: list[str]) -> list[tuple[str, str]]:
    """(schema, table) for the tables that exist in the portal or a region schema."""
    schemas = ["public", *Region.objects.exclude(schema_name="public").values_list(
        "schema_name", flat=True
    )]  # fmt: skip
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT n.nspname, c.relname FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind IN ('r', 'p') AND c.relname = ANY(%s) AND n.nspname = ANY(%s)",
            [tables, schemas],
        )
        return cursor.fetchall()


def count_usage(model, pks: list[int]) -> dict[int, int]:
    """Number of rows in all schemas that refer to each of `pks` (0 when unused)."""
    counts = dict.fromkeys(pks, 0)
    columns = referencing_columns(model)
    if not pks or not columns:
        return counts
    where = _locations([table for table, _ in columns])
    quote = connection.ops.quote_name
    parts, params = [], []
    for schema, table in where:
        for column in (c for t, c in columns if t == table):
            parts.append(
                f"SELECT {quote(column)}, count(*) FROM {quote(schema)}.{quote(table)} "
                f"WHERE {quote(column)} = ANY(%s) GROUP BY 1"
            )
            params.append(pks)
    if not parts:
        return counts
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        for pk, number in cursor.fetchall():
            counts[pk] += number
    return counts


def usage_counts(model, pks: list[int]) -> dict[int, int]:
    """count_usage, cached for CACHE_SECONDS per model and set of entries."""
    ids = ",".join(str(pk) for pk in sorted(pks)).encode()
    key = f"taxonomy-usage:{model._meta.label_lower}:{hashlib.sha256(ids).hexdigest()[:16]}"
    counts = cache.get(key)
    if counts is None:
        counts = count_usage(model, pks)
        cache.set(key, counts, CACHE_SECONDS)
    return counts
