"""Undo an import run, or list a region's import runs."""

from django.core.management.base import BaseCommand, CommandError

from tenants.models import Region
from transfer_kit.importing.undo import UndoError, revert_import
from transfer_kit.models import ImportRun


class Command(BaseCommand):
    help = (
        "Macht einen Import rückgängig: neu angelegte Einträge werden entfernt, geänderte "
        "wiederhergestellt. Ohne Nummer: die Import-Läufe der Region auflisten. "
        "Beispiel: undo_import --region jena 12"
    )

    def add_arguments(self, parser):
        parser.add_argument("run", nargs="?", type=int, help="Nummer des Import-Laufs")
        parser.add_argument("--region", required=True, help="Kürzel der Region, z. B. „jena“")

    def handle(self, *args, **options):
        region = Region.objects.filter(slug=options["region"]).exclude(schema_name="public").first()
        if region is None:
            raise CommandError(f"Unbekannte Region „{options['region']}“.")
        runs = ImportRun.objects.filter(region=region)
        if options["run"] is None:
            for run in runs:
                done = (
                    f" – rückgängig gemacht {run.reverted_at:%d.%m.%Y}" if run.reverted_at else ""
                )
                self.stdout.write(
                    f"{run.pk:>5}  {run.started_at:%d.%m.%Y %H:%M}  {run.kind:<9} "
                    f"{run.source} – {run.summary}{done}"
                )
            return
        run = runs.filter(pk=options["run"]).first()
        if run is None:  # also for a run of another region: one region never undoes another's
            raise CommandError(
                f"Kein Import-Lauf {options['run']} in der Region „{region.slug}“; "
                f"`undo_import --region {region.slug}` listet die Läufe."
            )
        try:
            self.stdout.write(self.style.SUCCESS(revert_import(run)))
        except UndoError as exc:
            raise CommandError(str(exc)) from None
