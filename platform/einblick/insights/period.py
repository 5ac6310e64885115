"""The period a dashboard or report shows, and the period before it (same length)."""

import datetime
from dataclasses import dataclass

from django import forms
from django.utils import timezone

MAX_DAYS = 3 * 366
DEFAULT_DAYS = 30


@dataclass(frozen=True)
class Period:
    start: datetime.date
    end: datetime.date  # inclusive

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> "Period":
        """The period of the same length that ends the day before this one starts."""
        end = self.start - datetime.timedelta(days=1)
        return Period(end - datetime.timedelta(days=self.days - 1), end)

    @classmethod
    def year(cls, year: int) -> "Period":
        return cls(datetime.date(year, 1, 1), datetime.date(year, 12, 31))

    @classmethod
    def last_days(cls, days: int = DEFAULT_DAYS, today=None) -> "Period":
        today = today or timezone.localdate()
        return cls(today - datetime.timedelta(days=days - 1), today)

    def label(self) -> str:
        return f"{self.start:%d.%m.%Y} – {self.end:%d.%m.%Y}"


class PeriodForm(forms.Form):
    """`von`/`bis` as GET parameters; empty means the last 30 days."""

    von = forms.DateField(
        label="Von", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    bis = forms.DateField(
        label="Bis", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self):
        data = super().clean()
        default = Period.last_days()
        start, end = data.get("von") or None, data.get("bis") or None
        if self.errors:
            return data
        if start is None and end is None:
            start, end = default.start, default.end
        elif start is None:
            start = end - datetime.timedelta(days=DEFAULT_DAYS - 1)
        elif end is None:
            end = min(start + datetime.timedelta(days=DEFAULT_DAYS - 1), default.end)
            end = max(end, start)
        if end < start:
            self.add_error("bis", "„Bis“ liegt vor „Von“.")
        elif (end - start).days + 1 > MAX_DAYS:
            self.add_error("bis", "Bitte höchstens drei Jahre auf einmal wählen.")
        elif start.year < 2000:
            self.add_error("von", "Bitte ein Datum ab dem Jahr 2000 wählen.")
        else:
            data["period"] = Period(start, end)
        return data
