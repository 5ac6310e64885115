"""How often each shared taxonomy entry is used, across all region schemas and the portal.

The relations are found by introspection (offers, employers, events, embeds … point at the
taxonomy; the taxonomy imports none of them). Counting happens ahead of time: `store_usage`
counts every entry of every taxonomy in a batch of schemas with one UNION ALL query and keeps
one row per schema in the public schema (TaxonomyUsage); `count_region_figures` runs it
hourly for all schemas, and for one region after each publish there. A listing adds up the
stored rows in one query (`usage_counts`), whatever the number of regions; a schema that was
never counted (a new installation) is counted on the spot first, once.
"""

from django.apps import apps
from django.db import connection
from django.db.models import ManyToOneRel
from django.utils import timezone
from django_tenants.utils import get_public_schema_name

from tenants.models import Region

from .models import TaxonomyUsage

OWN_APPS = ("taxonomy", "taxonomy_regional")  # links inside the taxonomy are no "use"
BATCH = 50  # schemas per counting query


def referencing_columns(model) -> list[tuple[str, str]]:
    """(table, column) of every foreign key to `model` outside the taxonomy itself.

    Many-to-many links appear here as the foreign key of their (hidden) link table.
    """
    found = []
    for rel in model._meta.get_fields(include_hidden=True):
        if isinstance(rel, ManyToOneRel) and rel.related_model._meta.app_label not in OWN_APPS:
            found.append((rel.related_model._meta.db_table, rel.field.column))
    return sorted(set(found))


def usage_columns() -> dict[str, list[tuple[str, str]]]:
    """Model label → (table, column) for every taxonomy that something refers to."""
    found = {}
    for model in apps.get_app_config("taxonomy").get_models():
        columns = referencing_columns(model)
        if columns:
            found[model._meta.label_lower] = columns
    return found


def all_schemas() -> list[str]:
    """The portal's schema and every region's."""
    public = get_public_schema_name()
    regions = Region.objects.exclude(schema_name=public).order_by("schema_name")
    return [public, *regions.values_list("schema_name", flat=True)]


def _locations(tables: list[str], schemas: list[str]) -> list[tuple[str, str]]:
    """(schema, table) for the tables that exist in the given schemas."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT n.nspname, c.relname FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind IN ('r', 'p') AND c.relname = ANY(%s) AND n.nspname = ANY(%s)",
            [tables, schemas],
        )
        return cursor.fetchall()


def count_schemas(schemas: list[str]) -> dict[str, dict[str, dict[str, int]]]:
    """schema → model label → {entry id: uses} (drafts count too); two queries."""
    columns = usage_columns()
    result: dict[str, dict[str, dict[str, int]]] = {schema: {} for schema in schemas}
    tables = sorted({table for found in columns.values() for table, _ in found})
    quote = connection.ops.quote_name
    parts, params = [], []
    for schema, table in _locations(tables, list(schemas)):
        for label, found in columns.items():
            for column in (c for t, c in found if t == table):
                parts.append(
                    f"SELECT %s::text, %s::text, {quote(column)}, count(*) "
                    f"FROM {quote(schema)}.{quote(table)} "
                    f"WHERE {quote(column)} IS NOT NULL GROUP BY 3"
                )
                params += [schema, label]
    if parts:
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join(parts), params)
            for schema, label, pk, number in cursor.fetchall():
                counts = result[schema].setdefault(label, {})
                counts[str(pk)] = counts.get(str(pk), 0) + number
    return result


def store_usage(schemas: list[str] | None = None) -> int:
    """Count and store the uses in `schemas` (default: every schema, and forget the rows of
    schemas that are gone). Returns the number of schemas counted."""
    everything = schemas is None
    schemas = all_schemas() if everything else list(schemas)
    now = timezone.now()
    for start in range(0, len(schemas), BATCH):
        counted = count_schemas(schemas[start : start + BATCH])
        TaxonomyUsage.objects.bulk_create(
            [TaxonomyUsage(schema_name=s, counts=c, counted_at=now) for s, c in counted.items()],
            update_conflicts=True,
            unique_fields=["schema_name"],
            update_fields=["counts", "counted_at"],
        )
    if everything:
        TaxonomyUsage.objects.exclude(schema_name__in=schemas).delete()
    return len(schemas)


def _uncounted() -> list[str]:
    """Schemas without a stored count yet (one query)."""
    usage, regions = TaxonomyUsage._meta.db_table, Region._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT %s::text UNION SELECT schema_name FROM {regions} "
            f"EXCEPT SELECT schema_name FROM {usage}",
            [get_public_schema_name()],
        )
        return sorted(row[0] for row in cursor.fetchall())


def usage_counts(model, pks: list[int]) -> dict[int, int]:
    """Uses of each of `pks` in all regions and the portal (0 when unused), added up from
    the stored counts: two queries, whatever the number of regions."""
    counts = dict.fromkeys(pks, 0)
    if not pks:
        return counts
    missing = _uncounted()
    if missing:
        store_usage(missing)
    usage, regions = TaxonomyUsage._meta.db_table, Region._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT e.key::bigint, sum(e.value::bigint) FROM {usage} u "
            "CROSS JOIN LATERAL jsonb_each_text(u.counts -> %s) e "
            f"WHERE e.key = ANY(%s) AND (u.schema_name = %s "
            f"OR u.schema_name IN (SELECT schema_name FROM {regions})) GROUP BY 1",
            [model._meta.label_lower, [str(pk) for pk in pks], get_public_schema_name()],
        )
        for pk, number in cursor.fetchall():
            counts[pk] = int(number)
    return counts
