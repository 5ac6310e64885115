"""`migrate` only works on schemas with pending migrations (tenants.migrating)."""

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tenants.migrating import pending_schemas


def test_up_to_date_schemas_have_nothing_pending(db):
    with CaptureQueriesContext(connection) as queries:
        assert pending_schemas(["public", "region_template", "jena", "weimar"]) == []
    # which schemas have the table, then one count for all of them: not two per schema
    assert len([q for q in queries.captured_queries if not q["sql"].startswith("SET ")]) == 2


def test_a_schema_without_migrations_table_is_pending(db):
    with connection.cursor() as cursor:
        cursor.execute('CREATE SCHEMA "empty_test"')
    assert pending_schemas(["jena", "empty_test"]) == ["empty_test"]


def test_a_schema_missing_one_migration_is_pending(db):
    with connection.cursor() as cursor:
        cursor.execute(
            "DELETE FROM weimar.django_migrations WHERE id = "
            "(SELECT max(id) FROM weimar.django_migrations)"
        )

    assert pending_schemas(["jena", "weimar"]) == ["weimar"]


def test_migrate_runs_only_for_the_changed_schema(db, monkeypatch):
    # given two up-to-date regions, one of which lacks its latest migration
    migrated = []
    monkeypatch.setattr(
        "django_tenants.migration_executors.standard.run_migrations",
        lambda args, options, codename, schema_name, **kw: migrated.append(schema_name),
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "DELETE FROM jena.django_migrations WHERE id = "
            "(SELECT max(id) FROM jena.django_migrations)"
        )
    # when `migrate` runs over every schema
    call_command("migrate_schemas", interactive=False, verbosity=0)
    # then only Jena is migrated: public, Weimar and the template are skipped
    assert migrated == ["jena"]


def test_options_for_particular_migrations_keep_the_full_run(db, monkeypatch):
    migrated = []
    monkeypatch.setattr(
        "django_tenants.migration_executors.standard.run_migrations",
        lambda args, options, codename, schema_name, **kw: migrated.append(schema_name),
    )
    call_command("migrate_schemas", "--fake", interactive=False, verbosity=0)
    assert set(migrated) >= {"public", "jena", "weimar"}
