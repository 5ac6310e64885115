"""Insert many rows with PostgreSQL's COPY instead of INSERT; update many with one statement.

`bulk_create` renders one INSERT with a placeholder per value; for thousands of rows with
dozens of columns most of the time goes into building and splitting that statement. COPY
streams the rows instead. Primary keys are drawn from the table's sequence beforehand, so
the objects carry their ids (for many-to-many and child rows) as after `bulk_create`.
"""

from django.db import connection

BATCH = 5000


def copy_create(model, objs: list) -> list:
    """Insert `objs` (unsaved instances of `model`) and set their primary keys. Like
    `bulk_create`: no save() and no signals; auto_now fields are filled in."""
    meta = model._meta
    if not objs:
        return objs
    if meta.parents or connection.vendor != "postgresql":
        return model.objects.bulk_create(objs, batch_size=1000)
    fields = [f for f in meta.concrete_fields if f.column]
    ops = connection.ops
    table = ops.quote_name(meta.db_table)
    columns = ", ".join(ops.quote_name(f.column) for f in fields)
    # psycopg's copy() bypasses Django's cursor wrapper: its errors become Django's here
    with connection.cursor() as cursor, connection.wrap_database_errors:
        _assign_keys(cursor, meta, [obj for obj in objs if obj.pk is None])
        for start in range(0, len(objs), BATCH):
            with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for obj in objs[start : start + BATCH]:
                    copy.write_row(
                        [f.get_db_prep_save(f.pre_save(obj, True), connection) for f in fields]
                    )
    for obj in objs:
        obj._state.adding, obj._state.db = False, connection.alias
    return objs


def _assign_keys(cursor, meta, objs: list) -> None:
    if not objs:
        return
    cursor.execute(
        "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
        [meta.db_table, meta.pk.column, len(objs)],
    )
    for obj, (pk,) in zip(objs, cursor.fetchall(), strict=True):
        obj.pk = pk


def update_rows(model, objs: list, attnames: list[str]) -> None:
    """Write `attnames` of `objs` with one UPDATE … FROM (VALUES …) per batch. Django's
    bulk_update builds a CASE with one WHEN per row and field: minutes for thousands of rows."""
    meta, ops = model._meta, connection.ops
    fields = [next(f for f in meta.concrete_fields if f.attname == a) for a in attnames]
    if any(f.db_type(connection) is None for f in fields):
        model.objects.bulk_update(objs, attnames, batch_size=1000)
        return
    columns = [meta.pk, *fields]
    row = "(" + ", ".join(f"%s::{f.db_type(connection)}" for f in columns) + ")"
    names = ", ".join(ops.quote_name(f.column) for f in columns)
    sets = ", ".join(f"{ops.quote_name(f.column)} = v.{ops.quote_name(f.column)}" for f in fields)
    key = ops.quote_name(meta.pk.column)
    per_batch = max(1, 30_000 // len(columns))  # PostgreSQL takes at most 65,535 parameters
    with connection.cursor() as cursor:
        for start in range(0, len(objs), per_batch):
            batch = objs[start : start + per_batch]
            params = [
                f.get_db_prep_save(getattr(obj, f.attname), connection)
                for obj in batch
                for f in columns
            ]
            cursor.execute(
                f"UPDATE {ops.quote_name(meta.db_table)} AS t SET {sets} "
                f"FROM (VALUES {', '.join([row] * len(batch))}) AS v ({names}) "
                f"WHERE t.{key} = v.{key}",
                params,
            )
