"""Show or change where a region stands: in preparation, live, deactivated."""

from django.core.management.base import BaseCommand, CommandError

from tenants.lifecycle import LABELS, LifecycleError
from tenants.models import Region, Status
from tenants.preview import PREVIEW_DAYS, preview_url
from tenants.utils import region_url
from transfer_kit.lifecycle import move_region

# German words accepted on the command line, besides the internal values.
WORDS = {
    "vorbereitung": Status.PREPARATION,
    "online": Status.LIVE,
    "live": Status.LIVE,
    "deaktiviert": Status.DEACTIVATED,
    "deaktivieren": Status.DEACTIVATED,
    "deactivated": Status.DEACTIVATED,
}


class Command(BaseCommand):
    help = (
        "Zeigt den Status der Regionen oder ändert ihn: in Vorbereitung (nur Vorschau) → "
        "online → deaktiviert (und wieder online). Beispiele: region_status; "
        "region_status gera online; region_status gera deaktiviert; region_status gera --vorschau"
    )

    def add_arguments(self, parser):
        parser.add_argument("region", nargs="?", help="Kürzel der Region, z. B. „gera“")
        parser.add_argument("status", nargs="?", help="online | deaktiviert")
        parser.add_argument(
            "--vorschau", action="store_true", help="Vorschau-Link der Region ausgeben"
        )

    def handle(self, *args, **options):
        if not options["region"]:
            for region in Region.objects.exclude(schema_name="public"):
                self.stdout.write(
                    f"{region.slug:<20} {LABELS[region.lifecycle]:<16} "
                    f"{region_url(region.primary_host())}"
                )
            return
        region = Region.objects.filter(slug=options["region"]).exclude(schema_name="public").first()
        if region is None:
            raise CommandError(f"Unbekannte Region „{options['region']}“.")
        if options["status"]:
            wanted = WORDS.get(options["status"].lower(), options["status"].lower())
            try:
                move_region(region, wanted)
            except LifecycleError as exc:
                raise CommandError(str(exc)) from None
        self.stdout.write(f"Region „{region.name}“: {LABELS[region.lifecycle]}")
        if options["vorschau"] and region.in_preparation:
            self.stdout.write(f"Vorschau-Link ({PREVIEW_DAYS} Tage gültig): {preview_url(region)}")
