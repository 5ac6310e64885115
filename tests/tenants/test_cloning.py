"""A region cloned from the template has its tables, rows, constraint and index names."""

from django.db import connection
from django_tenants.utils import get_tenant_base_schema

from tenants.cloning import clone_schema

CATALOG = {
    "tables": "SELECT relname FROM pg_class WHERE relnamespace = %s::regnamespace "
    "AND relkind = 'r'",
    "constraints": "SELECT conrelid::regclass::text, conname, contype, "
    "pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = %s::regnamespace",
    # Partial-index predicates are compared by presence: PostgreSQL prints a re-parsed
    # predicate with its casts in another (equivalent) order.
    "indexes": "SELECT indexname, split_part(regexp_replace(indexdef, ' ON \\S+\\.', ' ON '), "
    "' WHERE ', 1), indexdef LIKE '%% WHERE %%' FROM pg_indexes WHERE schemaname = %s",
    "columns": "SELECT table_name, column_name, data_type, is_nullable, is_identity "
    "FROM information_schema.columns WHERE table_schema = %s",
}


def _catalog(schema: str) -> dict[str, set]:
    with connection.cursor() as cursor:
        cursor.execute("SET search_path = public")
        found = {}
        for name, sql in CATALOG.items():
            cursor.execute(sql, [schema])
            rows = {tuple(str(v).replace(f"{schema}.", "") for v in row) for row in cursor}
            found[name] = rows
    connection.search_path_set_schemas = None
    return found


def _rows(schema: str, tables) -> dict[str, int]:
    with connection.cursor() as cursor:
        counts = {}
        for (table,) in tables:
            cursor.execute(f'SELECT count(*) FROM "{schema}"."{table}"')
            counts[table] = cursor.fetchone()[0]
    return counts


def test_clone_matches_the_template_in_structure_rows_and_names(db):
    # given the region template
    template = get_tenant_base_schema()
    # when it is cloned
    clone_schema(template, "klon")
    # then tables, columns, constraints (by name and definition), indexes and rows match
    original, copy = _catalog(template), _catalog("klon")
    assert copy == original
    assert _rows("klon", copy["tables"]) == _rows(template, original["tables"])


def test_clone_continues_the_identity_sequences_of_the_template(db):
    template = get_tenant_base_schema()
    clone_schema(template, "klon")
    with connection.cursor() as cursor:
        cursor.execute(f'SELECT max(id) FROM "{template}".wagtailcore_page')
        highest = cursor.fetchone()[0]
        cursor.execute("SET search_path = klon, public")
        cursor.execute("INSERT INTO wagtailcore_locale (language_code) VALUES ('xx') RETURNING id")
        cursor.execute("SELECT nextval(pg_get_serial_sequence('klon.wagtailcore_page', 'id'))")
        assert cursor.fetchone()[0] == highest + 1
    connection.search_path_set_schemas = None
