"""Onboard a new region from a region description file (TOML)."""

from django.core.management.base import BaseCommand, CommandError

from tenants.preview import preview_url
from transfer_kit.onboarding.brand import available_themes
from transfer_kit.onboarding.run import OnboardingError, onboard
from transfer_kit.problems import format_problems


class Command(BaseCommand):
    help = (
        "Legt eine neue Region aus einer Regionsbeschreibung (TOML) an: prüft alles, dann in "
        "einem Schritt Region, Domains, Theme, Startseiten, Redakteur:innen und Importe. "
        "Beispiel: onboard_region transfer_kit/examples/gera.toml"
    )

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help="Pfad zur Regionsbeschreibung (.toml)")
        parser.add_argument(
            "--dry-run", action="store_true", help="Nur prüfen, nichts anlegen (Probelauf)"
        )
        parser.add_argument(
            "--online",
            action="store_true",
            help="Sofort online schalten (sonst: in Vorbereitung, nur Vorschau)",
        )
        parser.add_argument("--themes", action="store_true", help="Installierte Themes auflisten")

    def handle(self, *args, **options):
        if options["themes"]:
            self.stdout.write("\n".join(sorted(available_themes())))
            return
        if not options["file"]:
            raise CommandError("Bitte den Pfad zur Regionsbeschreibung angeben (.toml).")
        self.stdout.write(f"Regionsbeschreibung {options['file']}")
        try:
            result = onboard(
                options["file"],
                dry_run=options["dry_run"],
                live=options["online"],
                write=self.stdout.write,
            )
        except OnboardingError as exc:
            raise CommandError(format_problems(exc.problems, exc.source)) from None
        except Exception as exc:
            raise CommandError(
                f"Onboarding abgebrochen, alles wurde zurückgenommen: {exc.__class__.__name__}: "
                f"{exc}"
            ) from exc
        if options["dry_run"]:
            return
        for kind, report in result.import_reports.items():
            if report.problems:
                self.stdout.write(f"  Bericht {kind}: {report.report_path}")
        region = result.region
        if region.in_preparation:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Region „{region.name}“ ist angelegt und in Vorbereitung (noch nicht "
                    f"öffentlich, gesamt {result.total:.2f} s). Redaktion: {result.url}cms/\n"
                    f"  Vorschau-Link: {preview_url(region)}\n"
                    f"  Online schalten: manage.py region_status {region.slug} online"
                )
            )
            return
        self.stdout.write(
            self.style.SUCCESS(
                f"Region „{region.name}“ ist online: {result.url} "
                f"(gesamt {result.total:.2f} s). Redaktion: {result.url}cms/"
            )
        )
