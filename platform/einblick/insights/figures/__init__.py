"""The indicators of one region for a period: key figures and tables (current schema).

Dashboard, exports and the yearly report all read `key_figures` and `tables`, so the
numbers agree everywhere. What each figure means: docs/redaktion/kennzahlen.md.
"""

from ..period import Period
from . import content, counts, events
from .tables import Chart, Figure, Table, bar_table

SCHOOLS_NOTE = (
    "Schulbuttons und Widgets werden in dieser Region noch nicht gezählt; "
    "erreichte Schulen erscheinen hier, sobald eine Schule sie einbindet."
)


def _measures(period: Period) -> dict[str, float]:
    event_count, registered, attended = events.totals(period)
    return {
        "Arbeitgeber mit Profil": content.employers(period).count(),
        "Arbeitgeber mit Angeboten": content.employers_with_offers(period),
        "Angebote online": content.offers(period).count(),
        "Anteil kleiner Arbeitgeber (unter 50 Beschäftigte)": content.small_share(period),
        "Veranstaltungen": event_count,
        "Angemeldete Personen": registered,
        "Anwesende Personen": attended,
        "Seitenaufrufe": counts.total(period, "view"),
        "Klicks auf Bewerbung/Kontakt": counts.total(period, "click"),
        "Suchen": counts.total(period, "search"),
        "Suchen ohne Treffer": counts.total(period, "search_zero"),
        "Erreichte Schulen (einbindende Websites)": counts.schools_reached(period),
        "Anzeigen von Schulbuttons und Widgets": counts.total(period, "embed_view"),
        "Klicks aus Schulbuttons und Widgets": counts.total(period, "embed_click"),
    }


def key_figures(period: Period) -> list[Figure]:
    now, before = _measures(period), _measures(period.previous())
    return [
        Figure(label, value, before[label], percent=label.startswith("Anteil"))
        for label, value in now.items()
    ]


def key_figure_table(figures: list[Figure]) -> Table:
    rows = [[f.label, f.value_label, f.previous_label, f.change_label()] for f in figures]
    return Table(
        "kennzahlen",
        "Kennzahlen",
        ["Kennzahl", "Zeitraum", "Vorzeitraum", "Veränderung"],
        rows,
        extra={"raw": [[f.label, f.value, f.previous, f.change] for f in figures]},
    )


def _views_table(period: Period) -> Table:
    series = counts.views_over_time(period)
    unit = "Tag" if period.days <= 31 else "Monat"
    table = bar_table("aufrufe", f"Seitenaufrufe je {unit}", unit, series)
    table.chart = Chart("columns", [s[0] for s in series], [s[1] for s in series])
    return table


def _events_table(period: Period) -> Table:
    rows = [
        [event.title, f"{event.start:%d.%m.%Y}", registered, attended]
        for event, registered, attended in events.event_rows(period)
    ]
    return Table(
        "veranstaltungen",
        "Veranstaltungen mit Anmeldungen und Teilnahme",
        ["Veranstaltung", "Datum", "Angemeldete Personen", "Anwesende Personen"],
        rows,
        note="Personen: eine Klassenanmeldung zählt mit ihrer Gruppengröße.",
    )


def _schools_table(period: Period, note: str) -> Table:
    """Websites that show a school button or widget: impressions and click-throughs."""
    hosts = counts.embed_hosts(period)
    rows = [[host, views, clicks] for host, views, clicks in hosts]
    chart = Chart("bars", [r[0] for r in rows], [r[1] for r in rows]) if rows else None
    return Table(
        "schulen",
        f"Erreichte Schulen: {counts.schools_reached(period)} einbindende Websites",
        ["Einbindende Website", "Anzeigen", "Klicks"],
        rows,
        note=note or "Gezählt ohne Cookies und ohne IP-Adressen: nur der Name der Website.",
        chart=chart,
    )


def tables(period: Period) -> list[Table]:
    """Every table of the dashboard, in the order shown."""
    schools = "" if counts.embeds_counted() else SCHOOLS_NOTE
    return [
        _views_table(period),
        bar_table("angebotsarten", "Angebote nach Angebotsart", "Angebotsart",
                  content.offers_by_type(period)),
        bar_table("berufsfelder", "Angebote nach Berufsfeld", "Berufsfeld",
                  content.offers_by_field(period)),
        bar_table("groesse", "Arbeitgeber nach Größe", "Größe", content.size_classes(period)),
        bar_table("luecken", "Berufsfelder mit Arbeitgebern, aber ohne Angebote", "Berufsfeld",
                  content.fields_without_offers(period),
                  note="Anzahl = Arbeitgeber, die dieses Berufsfeld nennen."),
        bar_table("top-angebote", "Meistaufgerufene Angebote", "Angebot",
                  counts.top_offers(period),
                  note="Nur für die Redaktion: öffentliche Seiten ranken keine Firmen."),
        bar_table("top-arbeitgeber", "Meistaufgerufene Arbeitgeberprofile", "Arbeitgeber",
                  counts.top_employers(period),
                  note="Nur für die Redaktion: öffentliche Seiten ranken keine Firmen."),
        _events_table(period),
        bar_table("suchen-ohne-treffer", "Suchen ohne Treffer (inhaltliche Lücken)",
                  "Suchbegriff", counts.zero_result_searches(period)),
        _schools_table(period, schools),
    ]  # fmt: skip


def table_by_slug(period: Period, slug: str) -> Table | None:
    if slug == "kennzahlen":
        return key_figure_table(key_figures(period))
    return next((t for t in tables(period) if t.slug == slug), None)
