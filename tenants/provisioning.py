"""Create regions: validate, clone the template schema, wire domain and Wagtail Site.

Everything happens in one transaction (PostgreSQL DDL is transactional): on any failure no
schema, region row, domain or user remains.
"""

import logging
import time

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection, transaction
from django_tenants.utils import (
    get_public_schema_name,
    get_tenant_base_schema,
    schema_context,
    schema_exists,
)

from .models import Domain, Region
from .signals import region_provisioned, template_schema_ready
from .validation import (
    RegionInputError,
    RegionProblem,
    RegionSpec,
    normalize_host,
    schema_name_for,
    validate_region,
)

logger = logging.getLogger("einblick.tenants")


def configure_site(region: Region) -> None:
    """Point the region's default Wagtail Site at its primary domain (new schemas get
    Wagtail's default `localhost:80`)."""
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    if site is None:
        return
    site.hostname = region.primary_host()
    site.port = settings.PUBLIC_PORT
    site.site_name = region.name
    site.save()
    Site.clear_site_root_paths_cache()


def create_region(spec: RegionSpec, *, verbosity: int = 0) -> Region:
    """Create a region atomically; raise RegionInputError listing every input problem."""
    problems = validate_region(spec)
    if problems:
        raise RegionInputError(problems)
    started = time.perf_counter()
    with transaction.atomic():
        # Migrations running inside one transaction (the fallback path, or a caller's
        # atomic block) must not leave deferred FK checks pending before Wagtail's
        # ALTER TABLEs ("pending trigger events"): check constraints per statement.
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        region = Region(
            schema_name=schema_name_for(spec.slug),
            name=spec.name.strip(),
            slug=spec.slug,
            state=spec.state,
            regional_key=spec.regional_key,
        )
        try:
            region.full_clean()
        except ValidationError as exc:  # a race with a concurrent create_region
            raise RegionInputError([_model_problem(f, m) for f, m in exc.message_dict.items()])
        region.save()
        for index, host in enumerate(spec.domains):
            Domain.objects.create(domain=normalize_host(host), tenant=region, is_primary=index == 0)
        region.create_schema(check_if_exists=False, verbosity=verbosity)
        # A schema of this name may have existed before, with other ContentType ids.
        ContentType.objects.clear_cache()
        with schema_context(region.schema_name):
            configure_site(region)
            region_provisioned.send(sender=Region, region=region)
    logger.info("region %s created in %.2f s", region.slug, time.perf_counter() - started)
    return region


def _model_problem(field: str, messages: list[str]) -> RegionProblem:
    return RegionProblem(
        field, " ".join(messages), "einen gültigen Wert", "", "Eingabe prüfen und erneut anlegen."
    )


def ensure_public_region(host: str = "localhost") -> Region:
    """The public schema's own Region row (the cross-region portal) and its domain."""
    public = get_public_schema_name()
    region, _ = Region.objects.get_or_create(
        schema_name=public, defaults={"name": "Thüringen", "slug": "portal", "state": "TH"}
    )
    Domain.objects.get_or_create(domain=host, defaults={"tenant": region, "is_primary": True})
    return region


def prepare_template_schema(verbosity: int = 1) -> str:
    """Create/migrate the schema new regions are cloned from, then let apps fill it."""
    schema = get_tenant_base_schema()
    if not schema:
        return ""
    if not schema_exists(schema):
        with connection.cursor() as cursor:
            cursor.execute(f'CREATE SCHEMA "{schema}"')
    call_command(
        "migrate_schemas",
        tenant=True,
        schema_name=schema,
        interactive=False,
        verbosity=verbosity,
    )
    with schema_context(schema):
        template_schema_ready.send(sender=Region, schema_name=schema)
    return schema
