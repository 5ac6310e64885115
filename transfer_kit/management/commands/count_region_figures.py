"""Count and store the figures of every region (or one) ahead of time.

The platform admin's region overview (live employers, offers and events, last activity,
editors) and the usage counts of the shared taxonomies read these stored figures instead of
counting in every region's schema (transfer_kit.figures). Run hourly by the cron service
(settings.SCHEDULED_COMMANDS); a publish in a region counts that region again at once.
"""

import time

from django.core.management.base import BaseCommand, CommandError

from transfer_kit.figures import count_all, regions_to_count


class Command(BaseCommand):
    help = (
        "Zählt die Kennzahlen aller Regionen (Übersicht der Plattform-Administration) und "
        "die Verwendung der Taxonomien und speichert sie. Beispiele: count_region_figures; "
        "count_region_figures --region jena"
    )

    def add_arguments(self, parser):
        parser.add_argument("--region", help="nur diese Region (Kürzel, z. B. jena)")

    def handle(self, *args, **options):
        slug = options["region"]
        if slug and not regions_to_count(slug).exists():
            raise CommandError(f"Region „{slug}“ gibt es nicht.")
        started = time.perf_counter()
        figures, usage = count_all(slug)
        if options["verbosity"] >= 1:
            self.stdout.write(
                f"Kennzahlen von {figures} Regionen und Taxonomie-Verwendung in {usage} "
                f"Schemas gezählt ({time.perf_counter() - started:.1f} s)."
            )
