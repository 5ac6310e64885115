from django.core.management.base import BaseCommand, CommandError

from search.rebuild import rebuild


class Command(BaseCommand):
    help = (
        "Baut den Suchindex aus allen veröffentlichten Angeboten, Arbeitgebern und "
        "Veranstaltungen neu auf (alle Regionen oder nur --region)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--region", help="Kürzel einer Region, z. B. jena")
        parser.add_argument("--no-progress", action="store_true", help="ohne Fortschrittsbalken")

    def handle(self, *args, region=None, no_progress=False, **options):
        try:
            count = rebuild(region, progress=not no_progress, out=self.stderr._out)
        except LookupError as exc:
            raise CommandError(str(exc))
        where = f"Region {region}" if region else "alle Regionen"
        self.stdout.write(
            self.style.SUCCESS(f"Suchindex neu aufgebaut ({where}): {count} Dokumente.")
        )
