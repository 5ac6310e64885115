"""Regions (tenants) and their host names. Every region has its own PostgreSQL schema."""

from django.core.validators import RegexValidator
from django.db import models
from django_tenants.models import DomainMixin, TenantMixin
from django_tenants.postgresql_backend.base import _check_schema_name

GERMAN_STATES = [
    ("BW", "Baden-Württemberg"),
    ("BY", "Bayern"),
    ("BE", "Berlin"),
    ("BB", "Brandenburg"),
    ("HB", "Bremen"),
    ("HH", "Hamburg"),
    ("HE", "Hessen"),
    ("MV", "Mecklenburg-Vorpommern"),
    ("NI", "Niedersachsen"),
    ("NW", "Nordrhein-Westfalen"),
    ("RP", "Rheinland-Pfalz"),
    ("SL", "Saarland"),
    ("SN", "Sachsen"),
    ("ST", "Sachsen-Anhalt"),
    ("SH", "Schleswig-Holstein"),
    ("TH", "Thüringen"),
]

# The rules for region input, used by the model and by tenants.validation (the one place that
# checks create_region, onboard_region and import_region input and words the messages).
NAME_LENGTH = (2, 100)
SLUG_PATTERN = r"^[a-z][a-z0-9-]{1,39}$"
REGIONAL_KEY_PATTERN = r"^[0-9]{2,12}$"
HOSTNAME_PATTERN = (
    r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"
)
# Slugs that name schemas, URL prefixes or the portal; also taken: anything starting with "pg"
# (PostgreSQL's own schemas) and the region template schema.
RESERVED_SLUGS = frozenset(
    {"public", "www", "cms", "api", "admin", "static", "media", "portal", "template"}
)

slug_validator = RegexValidator(
    SLUG_PATTERN,
    "Nur Kleinbuchstaben a–z, Ziffern und Bindestriche; 2–40 Zeichen, beginnend mit einem Buchstaben.",
)
regional_key_validator = RegexValidator(
    REGIONAL_KEY_PATTERN, "Der Regionalschlüssel besteht aus 2 bis 12 Ziffern (z. B. 160530000000)."
)


class Status(models.TextChoices):
    """The lifecycle of a region (tenants.lifecycle moves it on)."""

    PREPARATION = "preparation", "in Vorbereitung"
    LIVE = "live", "online"
    DEACTIVATED = "deactivated", "deaktiviert"


class Region(TenantMixin):
    """A region (Jena, Weimar, ...) with its own schema, editors and page tree.

    The row with schema_name 'public' stands for the cross-region portal.

    `is_active` says whether the region is listed and served to everybody (every list of
    regions filters on it); `status` tells the two other states apart: a region in
    preparation is served only to its editors and preview-link holders, a deactivated one
    serves the friendly "moved to the portal" page. `lifecycle` combines both.
    """

    name = models.CharField("Name", max_length=100)
    slug = models.SlugField("Kürzel", max_length=40, unique=True, validators=[slug_validator])
    state = models.CharField("Bundesland", max_length=2, choices=GERMAN_STATES, default="TH")
    regional_key = models.CharField(
        "Regionalschlüssel", max_length=12, blank=True, validators=[regional_key_validator]
    )
    is_active = models.BooleanField("aktiv", default=True)
    status = models.CharField("Status", max_length=20, choices=Status, default=Status.LIVE)
    created_at = models.DateTimeField(auto_now_add=True)

    # Provisioning (tenants.provisioning) creates the schema explicitly inside a transaction.
    auto_create_schema = False
    auto_drop_schema = True

    class Meta:
        ordering = ["name"]
        verbose_name = "Region"
        verbose_name_plural = "Regionen"

    def __str__(self):
        return self.name

    @property
    def lifecycle(self) -> str:
        """preparation, live or deactivated (also when only `is_active` was switched off)."""
        if self.status == Status.PREPARATION:
            return Status.PREPARATION
        return Status.LIVE if self.is_active else Status.DEACTIVATED

    @property
    def in_preparation(self) -> bool:
        return self.status == Status.PREPARATION and not self.is_public

    @property
    def is_public(self) -> bool:
        return self.schema_name == "public"

    def create_schema(self, check_if_exists=False, sync_schema=True, verbosity=1):
        """The schema as a copy of the region template (tenants.cloning: work independent
        of how many regions exist), migrated only if the template lags behind the code.
        Without a template, django-tenants runs every migration."""
        from django.core.management import call_command
        from django.db import connection
        from django_tenants.utils import (
            get_creation_fakes_migrations,
            get_tenant_base_schema,
            schema_exists,
        )

        from .cloning import UnsupportedTemplate, clone_schema
        from .migrating import pending_schemas

        base = get_tenant_base_schema()
        if not (sync_schema and base and get_creation_fakes_migrations() and schema_exists(base)):
            return super().create_schema(check_if_exists, sync_schema, verbosity)
        if check_if_exists and schema_exists(self.schema_name):
            return False
        _check_schema_name(self.schema_name)
        try:
            clone_schema(base, self.schema_name)
        except UnsupportedTemplate:
            return super().create_schema(check_if_exists, sync_schema, verbosity)
        if pending_schemas([self.schema_name]):
            call_command(
                "migrate_schemas",
                tenant=True,
                schema_name=self.schema_name,
                interactive=False,
                verbosity=verbosity,
            )
        connection.set_schema_to_public()
        return True

    def primary_host(self) -> str:
        domain = self.get_primary_domain()
        return domain.domain if domain else ""


class Domain(DomainMixin):
    """A host name that serves a region (e.g. jena.localhost, arbeitgeber-jena.de)."""

    class Meta:
        verbose_name = "Domain"
        verbose_name_plural = "Domains"
