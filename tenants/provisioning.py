"""Create regions: validate, clone the template schema, wire domain and Wagtail Site.

Everything happens in one transaction (PostgreSQL DDL is transactional): on any failure no
schema, region row, domain or user remains.
"""

import logging
import re
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection, transaction
from django_tenants.utils import (
    get_public_schema_name,
    get_tenant_base_schema,
    schema_context,
    schema_exists,
)

from .models import GERMAN_STATES, Domain, Region
from .signals import region_provisioned, template_schema_ready

logger = logging.getLogger("einblick.tenants")

RESERVED_SLUGS = {"public", "www", "cms", "api", "admin", "static", "media", "portal", "template"}
HOSTNAME_RE = re.compile(
    r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"
)


class RegionInputError(Exception):
    """Invalid input for a new region; `errors` lists every problem (field, message)."""

    def __init__(self, errors: list[tuple[str, str]]):
        self.errors = errors
        super().__init__("; ".join(f"{f}: {m}" for f, m in errors))


@dataclass
class RegionSpec:
    name: str
    slug: str
    domains: list[str]
    state: str = "TH"
    regional_key: str = ""


def schema_name_for(slug: str) -> str:
    return slug.replace("-", "_")


def validate_region(spec: RegionSpec) -> list[tuple[str, str]]:
    """Return every problem with the spec at once (empty list: fine)."""
    errors: list[tuple[str, str]] = []
    if not spec.name or not spec.name.strip():
        errors.append(("name", "Der Name darf nicht leer sein."))
    elif len(spec.name) > 100:
        errors.append(("name", "Der Name ist zu lang (höchstens 100 Zeichen)."))
    slug = spec.slug or ""
    if not re.fullmatch(r"[a-z][a-z0-9-]{1,39}", slug):
        errors.append(
            (
                "slug",
                f"„{slug}“ ist kein gültiges Kürzel: nur Kleinbuchstaben a–z, Ziffern und "
                "Bindestriche, 2–40 Zeichen, mit einem Buchstaben beginnend (z. B. „weimar“).",
            )
        )
    elif slug in RESERVED_SLUGS or slug.startswith("pg") or slug == get_tenant_base_schema():
        errors.append(("slug", f"„{slug}“ ist reserviert; bitte ein anderes Kürzel wählen."))
    elif Region.objects.filter(slug=slug).exists() or schema_exists(schema_name_for(slug)):
        errors.append(("slug", f"Das Kürzel „{slug}“ ist bereits vergeben."))
    if spec.state not in dict(GERMAN_STATES):
        errors.append(
            ("state", f"Unbekanntes Bundesland „{spec.state}“; erwartet z. B. TH, SN, BY.")
        )
    if spec.regional_key and not re.fullmatch(r"\d{2,12}", spec.regional_key):
        errors.append(("regional_key", "Der Regionalschlüssel besteht aus 2 bis 12 Ziffern."))
    if not spec.domains:
        errors.append(("domain", "Mindestens eine Domain angeben (z. B. weimar.localhost)."))
    seen = set()
    for host in spec.domains:
        host_l = (host or "").strip().lower()
        if not HOSTNAME_RE.match(host_l):
            errors.append(("domain", f"„{host}“ ist kein gültiger Hostname."))
        elif host_l in seen:
            errors.append(("domain", f"„{host}“ ist doppelt angegeben."))
        elif Domain.objects.filter(domain=host_l).exists():
            owner = Domain.objects.get(domain=host_l).tenant
            errors.append(("domain", f"„{host}“ gehört bereits zur Region „{owner.name}“."))
        seen.add(host_l)
    return errors


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
    errors = validate_region(spec)
    if errors:
        raise RegionInputError(errors)
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
        except ValidationError as exc:
            raise RegionInputError(
                [(f, " ".join(m)) for f, m in exc.message_dict.items()]
            ) from None
        region.save()
        for index, host in enumerate(spec.domains):
            Domain.objects.create(domain=host.strip().lower(), tenant=region, is_primary=index == 0)
        region.create_schema(check_if_exists=False, verbosity=verbosity)
        with schema_context(region.schema_name):
            configure_site(region)
            region_provisioned.send(sender=Region, region=region)
    logger.info("region %s created in %.2f s", region.slug, time.perf_counter() - started)
    return region


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
