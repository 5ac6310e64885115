"""migrate_schemas, extended: every full run also migrates the region template schema."""

from django_tenants.management.commands.migrate_schemas import MigrateSchemasCommand
from django_tenants.utils import get_public_schema_name


class Command(MigrateSchemasCommand):
    help = (
        "Migrate the public schema, every region schema and the region template schema "
        "(new regions are cloned from it)."
    )

    def handle(self, *args, **options):
        super().handle(*args, **options)
        targets_all = not self.schema_name or self.schema_name == get_public_schema_name()
        if self.sync_tenant and targets_all and not options.get("check_unapplied"):
            from tenants.provisioning import prepare_template_schema

            prepare_template_schema(verbosity=int(options.get("verbosity", 1)))
