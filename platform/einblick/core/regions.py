"""Management commands that do their work in every region, or in one (--region)."""

from django.core.management.base import BaseCommand
from django_tenants.utils import get_public_schema_name, get_tenant_model


class PerRegionCommand(BaseCommand):
    """Adds `--region` and answers with the regions to work in (exit 2 on an unknown slug)."""

    def add_arguments(self, parser):
        parser.add_argument("--region", help="nur diese Region (Kürzel, z. B. jena)")

    def regions(self, region=None):
        regions = get_tenant_model().objects.exclude(schema_name=get_public_schema_name())
        regions = regions.order_by("slug")
        if region:
            regions = regions.filter(slug=region)
            if not regions.exists():
                self.stderr.write(f"Region „{region}“ gibt es nicht.")
                raise SystemExit(2)
        return regions
