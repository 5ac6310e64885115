"""Create the demo installation: public portal, Jena and Weimar with editors and content."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection

from einblick.demo.content.branding import apply_demo_branding
from tenants.models import Region
from tenants.provisioning import RegionSpec, create_region, ensure_public_region
from tenants.utils import region_url

DEMO_REGIONS = [
    RegionSpec(name="Jena", slug="jena", domains=["jena.localhost"], regional_key="160530000000"),
    RegionSpec(
        name="Weimar", slug="weimar", domains=["weimar.localhost"], regional_key="160550000000"
    ),
]
DEMO_PASSWORD = "einblick-demo"
PLATFORM_ADMIN = "plattform"


class Command(BaseCommand):
    help = "Richtet die Demo ein (idempotent): Portal, Regionen Jena und Weimar, Logins, Inhalte."

    def add_arguments(self, parser):
        parser.add_argument("--no-content", action="store_true", help="Keine Demo-Inhalte laden")

    def handle(self, *args, **options):
        ensure_public_region("localhost")
        call_command("load_taxonomies", stdout=self.stdout)
        self._ensure_user(PLATFORM_ADMIN, superuser=True)
        apply_demo_branding("public")
        logins = [
            ("Plattform (öffentliches Portal)", region_url("localhost", "/cms/"), PLATFORM_ADMIN)
        ]
        for spec in DEMO_REGIONS:
            region = Region.objects.filter(slug=spec.slug).first()
            if region is None:
                region = create_region(spec)
                self.stdout.write(f"Region {spec.name} angelegt.")
            else:
                self.stdout.write(f"Region {spec.name} vorhanden – wird wiederverwendet.")
            connection.set_tenant(region)
            username = f"redaktion-{spec.slug}"
            self._ensure_user(username, group="Editors")
            self._ensure_user(f"admin-{spec.slug}", superuser=True)
            apply_demo_branding(spec.slug)  # Jena: theme "jung", Weimar: theme "stadt"
            connection.set_schema_to_public()
            logins.append((spec.name, region_url(region.primary_host(), "/cms/"), username))
        if not options["no_content"]:
            call_command("load_demo_content", stdout=self.stdout)
        connection.set_schema_to_public()
        self.stdout.write(self.style.SUCCESS("\nEinblick-Demo bereit:"))
        self.stdout.write(f"  Portal Thüringen:  {region_url('localhost')}")
        for spec in DEMO_REGIONS:
            self.stdout.write(f"  {spec.name + ':':<18} {region_url(spec.domains[0])}")
        self.stdout.write(f"\nLogins (Passwort jeweils „{DEMO_PASSWORD}“):")
        for label, url, username in logins:
            self.stdout.write(f"  {label}: {url}  Benutzer {username}")
        for spec in DEMO_REGIONS:
            self.stdout.write(
                f"  {spec.name} (Admin): {region_url(spec.domains[0], '/cms/')}  "
                f"Benutzer admin-{spec.slug}"
            )
        if not options["no_content"]:
            for spec in DEMO_REGIONS:
                self.stdout.write(
                    f"  {spec.name} (Unternehmen, Selbstpflege): "
                    f"{region_url(spec.domains[0], '/cms/')}  Benutzer firma-{spec.slug}"
                )

    def _ensure_user(self, username, *, superuser=False, group=None):
        user_model = get_user_model()
        user = user_model.objects.filter(username=username).first()
        if user is None:
            user = user_model(username=username, email=f"{username}@einblick.localhost")
            user.set_password(DEMO_PASSWORD)
            user.is_staff = True
            user.is_superuser = superuser
            user.save()
        if group:
            user.groups.add(Group.objects.get(name=group))
        return user
