"""Fold the spooled page views, searches and clicks into each region's daily counts."""

from django.core.management.base import BaseCommand

from einblick.insights.flush import flush


class Command(BaseCommand):
    help = (
        "Überträgt gezählte Seitenaufrufe, Suchen und Klicks aus dem Zwischenspeicher in die "
        "Tageszählungen der Regionen (ohne Cookies, ohne IP-Adressen); läuft stündlich."
    )

    def handle(self, *args, **options):
        totals = flush()
        if not totals:
            self.stdout.write("Keine neuen Zählungen.")
        for schema, n in sorted(totals.items()):
            self.stdout.write(f"{schema}: {n} Ereignisse übernommen")
