"""Update a region from its changed region file (brand, agency, editors, towns; no pages)."""

from django.core.management.base import BaseCommand, CommandError

from tenants.models import Region
from transfer_kit.onboarding.run import OnboardingError
from transfer_kit.onboarding.update import apply_update, plan_update


class Command(BaseCommand):
    help = (
        "Gleicht eine Region mit ihrer geänderten Regionsbeschreibung ab: Theme, Marke, Logo, "
        "Agentur, rechtliche Links, neue Redakteur:innen (Einladung) und Orte. Seiten, Adressen "
        "und Importe bleiben unberührt. Beispiel: update_region gera gera.toml --dry-run"
    )

    def add_arguments(self, parser):
        parser.add_argument("region", help="Kürzel der Region, z. B. „gera“")
        parser.add_argument("file", help="die geänderte Regionsbeschreibung (.toml)")
        parser.add_argument("--dry-run", action="store_true", help="nur anzeigen, nichts ändern")

    def handle(self, *args, **options):
        region = Region.objects.filter(slug=options["region"]).exclude(schema_name="public").first()
        if region is None:
            raise CommandError(f"Unbekannte Region „{options['region']}“.")
        try:
            plan = plan_update(region, options["file"])
        except OnboardingError as exc:
            lines = [f"{p.path}: erwartet {p.expected}, gefunden {p.found}. So beheben: {p.fix}"
                     for p in exc.problems]  # fmt: skip
            raise CommandError(
                f"{len(lines)} Problem(e) – nichts geändert:\n" + "\n".join(lines)
            ) from None
        for line in plan.changes or ["Keine Änderungen – die Region entspricht schon der Datei."]:
            self.stdout.write(f"  {line}")
        if options["dry_run"]:
            self.stdout.write("Probelauf: nichts geändert.")
            return
        if plan.changes:
            apply_update(plan)
            self.stdout.write(self.style.SUCCESS(f"{len(plan.changes)} Änderung(en) übernommen."))
