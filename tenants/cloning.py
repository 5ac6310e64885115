"""Clone the region template schema with work proportional to the template alone.

django-tenants' `clone_schema()` (a large PL/pgSQL function) asks `information_schema` about
every table and column; those views scan the catalog entries of *all* schemas, so every new
region made the next one slower (0.8 s at no regions, 2.8 s at 53). Here a handful of catalog
queries, each restricted to the template's namespace, produce the statements that rebuild
it: tables (columns, NOT NULL, defaults, identity), then their rows, then constraints and
indexes under the template's names (later migrations refer to them by name), then the
identity sequences' positions. Everything runs in the caller's transaction.
"""

from __future__ import annotations

from django.db import connection

RELATIONS_SQL = """
SELECT c.oid, c.relname, c.relkind
  FROM pg_class c
 WHERE c.relnamespace = %s::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
 ORDER BY c.relname
"""
COLUMNS_SQL = """
SELECT a.attrelid, a.attname, a.attgenerated <> '' AS generated,
       CASE WHEN a.attidentity <> '' THEN
            pg_get_serial_sequence(format('%%I.%%I', %s::text, c.relname), a.attname) END
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
 WHERE c.relnamespace = %s::regnamespace AND c.relkind = 'r'
   AND a.attnum > 0 AND NOT a.attisdropped
 ORDER BY a.attrelid, a.attnum
"""
CONSTRAINTS_SQL = """
SELECT con.conrelid, con.conname, pg_get_constraintdef(con.oid), con.contype
  FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
 WHERE c.relnamespace = %s::regnamespace AND con.contype IN ('p', 'u', 'c', 'x', 'f')
 ORDER BY (con.contype = 'f'), c.relname, con.conname
"""
INDEXES_SQL = """
SELECT pg_get_indexdef(i.indexrelid)
  FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
 WHERE c.relnamespace = %s::regnamespace
   AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid)
"""
OTHER_OBJECTS_SQL = """
SELECT (SELECT count(*) FROM pg_proc WHERE pronamespace = %(s)s::regnamespace)
     + (SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
         WHERE c.relnamespace = %(s)s::regnamespace AND NOT t.tgisinternal)
     + (SELECT count(*) FROM pg_type t WHERE t.typnamespace = %(s)s::regnamespace
         AND t.typtype IN ('e', 'd', 'r', 'm'))
"""


class UnsupportedTemplate(Exception):
    """The template holds objects this clone does not copy (views, functions, triggers,
    partitioned or foreign tables, own types); use django-tenants' clone instead."""


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


_catalogs: dict[str, tuple] = {}


def _read_catalog(source: str) -> tuple:
    with connection.cursor() as cursor:
        # Definitions printed with the template first on the path name its own tables
        # without a schema; shared tables keep their `public.` prefix.
        cursor.execute("SELECT set_config('search_path', %s, true)", [_q(source)])
        relations = cursor.execute(RELATIONS_SQL, [source]).fetchall()
        others = cursor.execute(OTHER_OBJECTS_SQL, {"s": source}).fetchone()[0]
        if others or any(kind != "r" for _oid, _name, kind in relations):
            raise UnsupportedTemplate(source)
        columns: dict[int, list[tuple[str, bool, str | None]]] = {}
        for relid, name, generated, sequence in cursor.execute(COLUMNS_SQL, [source, source]):
            columns.setdefault(relid, []).append((name, generated, sequence))
        constraints = cursor.execute(CONSTRAINTS_SQL, [source]).fetchall()
        indexes = [row[0] for row in cursor.execute(INDEXES_SQL, [source])]
        qsource = cursor.execute("SELECT quote_ident(%s)", [source]).fetchone()[0]
    connection.search_path_set_schemas = None
    return relations, columns, constraints, indexes, qsource


def template_catalog(source: str) -> tuple:
    """What the clone needs to know about the template. The catalog queries scan pg_class
    of every schema, so their result is kept (in memory and in the shared cache) for as
    long as the template's migrations stay the same: its structure changes only by them."""
    from .versions import page_cache

    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*), max(id) FROM {_q(source)}.django_migrations")
        count, last = cursor.fetchone()
    key = f"clone-catalog:{source}:{count}:{last}"
    catalog = _catalogs.get(key) or page_cache().get(key)
    if catalog is None:
        catalog = _read_catalog(source)
        page_cache().set(key, catalog, None)
    _catalogs[key] = catalog
    return catalog


def clone_statements(source: str, target: str) -> list[str]:
    """The SQL that makes `target` a copy of `source` (schema and rows)."""
    relations, columns, constraints, indexes, qsource = template_catalog(source)
    qtarget = _q(target)
    names = {oid: name for oid, name, _kind in relations}
    src, dst = _q(source), _q(target)
    statements = [f"CREATE SCHEMA {dst}", f"SET LOCAL search_path = {dst}, public"]
    for oid, name, _kind in relations:
        statements.append(
            f"CREATE TABLE {dst}.{_q(name)} (LIKE {src}.{_q(name)} INCLUDING DEFAULTS "
            "INCLUDING IDENTITY INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMPRESSION)"
        )
        stored = [_q(col) for col, generated, _identity in columns.get(oid, []) if not generated]
        if stored:
            cols = ", ".join(stored)
            statements.append(
                f"INSERT INTO {dst}.{_q(name)} ({cols}) OVERRIDING SYSTEM VALUE "
                f"SELECT {cols} FROM {src}.{_q(name)}"
            )
        for col, _generated, sequence in columns.get(oid, []):
            if sequence:  # the new identity sequence continues where the template's stands
                statements.append(
                    f"SELECT setval(pg_get_serial_sequence({_lit(f'{dst}.{_q(name)}')}, "
                    f"{_lit(col)}), last_value, is_called) FROM {sequence}"
                )
    for relid, conname, definition, _type in constraints:
        statements.append(
            f"ALTER TABLE {dst}.{_q(names[relid])} ADD CONSTRAINT {_q(conname)} {definition}"
        )
    # pg_get_indexdef always names the table with its schema.
    for definition in indexes:
        for on in (" ON ", " ON ONLY "):
            definition = definition.replace(f"{on}{qsource}.", f"{on}{qtarget}.", 1)
        statements.append(definition)
    return statements


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def clone_schema(source: str, target: str) -> None:
    """Create `target` as a copy of `source` inside the current transaction."""
    statements = clone_statements(source, target)
    with connection.cursor() as cursor:
        cursor.execute(";\n".join(statements))
    # The statements moved the search path: django-tenants sets it again before the next query.
    connection.search_path_set_schemas = None
