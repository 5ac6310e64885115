import time

from django.core.management.base import BaseCommand

from search.indexing import drain, purge_expired


class Command(BaseCommand):
    help = (
        "Überträgt ausstehende Änderungen aus der Suchindex-Warteschlange in den Suchindex "
        "(Dauerbetrieb; --once für einen Durchlauf). Fehlgeschlagene Einträge werden mit "
        "wachsendem Abstand erneut versucht und bleiben bis zum Erfolg erhalten."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="nur einen Durchlauf")
        parser.add_argument("--interval", type=float, default=2.0, help="Pause in Sekunden")
        parser.add_argument("--batch", type=int, default=500, help="Einträge pro Durchlauf")

    def handle(self, *args, once=False, interval=2.0, batch=500, **options):
        while True:
            done, failed = drain(limit=batch)
            purged = purge_expired()
            if done or failed or purged or once:
                self.stdout.write(
                    f"Suchindex: {done} aktualisiert, {failed} fehlgeschlagen, "
                    f"{purged} abgelaufen entfernt."
                )
            if once:
                return
            if not done:
                time.sleep(interval)
