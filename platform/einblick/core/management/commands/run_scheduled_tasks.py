"""Run every scheduled command once (settings.SCHEDULED_COMMANDS); the cron service loops it."""

import logging

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Führt alle geplanten Aufgaben einmal aus (Erinnerungen, Zusammenfassungen, "
        "Löschfristen); der cron-Dienst in docker-compose ruft dies stündlich auf."
    )

    def handle(self, *args, **options):
        failed = []
        for name in settings.SCHEDULED_COMMANDS:
            self.stdout.write(f"→ {name}")
            try:
                call_command(name, stdout=self.stdout, stderr=self.stderr)
            except Exception:  # one failing job must not stop the others
                logger.exception("scheduled command %s failed", name)
                failed.append(name)
        if failed:
            self.stderr.write("Fehlgeschlagen: " + ", ".join(failed))
            raise SystemExit(1)
