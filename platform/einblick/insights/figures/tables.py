"""What the dashboard, the exports and the report share: tables with an optional chart."""

from dataclasses import dataclass, field


@dataclass
class Chart:
    """A chart of one series: `kind` "bars" (horizontal, one per row) or "columns" (time)."""

    kind: str
    labels: list[str]
    values: list[float]
    unit: str = ""


@dataclass
class Table:
    slug: str
    title: str
    headings: list[str]
    rows: list[list]
    note: str = ""
    chart: Chart | None = None
    explanation: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not self.rows


def bar_table(slug, title, heading, pairs, unit="", note="") -> Table:
    """A two-column table (name, number) with a horizontal bar chart of the same rows."""
    rows = [[name, value] for name, value in pairs]
    chart = Chart("bars", [r[0] for r in rows], [r[1] for r in rows], unit) if rows else None
    return Table(slug, title, [heading, "Anzahl"], rows, note=note, chart=chart)


@dataclass
class Figure:
    """One key figure in the period and in the period before."""

    label: str
    value: float
    previous: float
    percent: bool = False

    @property
    def change(self) -> float:
        return self.value - self.previous

    def formatted(self, value) -> str:
        if self.percent:
            return f"{value:.1f} %".replace(".", ",")
        return f"{int(value):,}".replace(",", ".")

    @property
    def value_label(self) -> str:
        return self.formatted(self.value)

    @property
    def previous_label(self) -> str:
        return self.formatted(self.previous)

    def change_label(self) -> str:
        if self.percent:
            text = f"{self.change:+.1f} Prozentpunkte".replace(".", ",")
        else:
            text = f"{int(self.change):+,}".replace(",", ".")
        if self.previous and not self.percent:
            text += f" ({100 * self.change / self.previous:+.0f} %)"
        return text
