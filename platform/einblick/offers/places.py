"""The form behind OfferFilter: checks the place (town, coordinates, radius) and the period.

Every error names its field in German; a broken place filters nothing but never breaks
the list (the other filters still apply).
"""

from django import forms
from django.utils.translation import gettext as _

DEFAULT_RADIUS_KM = 25
RADIUS_CHOICES = (5, 10, 25, 50, 100)


def parse_point(value: str) -> tuple[float, float] | None:
    """`"50.93,11.59"` → (50.93, 11.59); None when it is not a point in range."""
    try:
        lat, lon = (float(part) for part in value.split(","))
    except ValueError:
        return None
    if -90 <= lat <= 90 and -180 <= lon <= 180:
        return lat, lon
    return None


class PlaceForm(forms.Form):
    """Base form of OfferFilter; `towns` (dicts with name, lat, lon) is set by the filter."""

    towns: list[dict] = []

    def clean_nahe(self):
        value = (self.cleaned_data.get("nahe") or "").strip()
        if value and parse_point(value) is None:
            raise forms.ValidationError(
                _("Der Standort muss „Breite,Länge“ sein, z. B. 50.93,11.59.")
            )
        return value

    def clean_ort(self):
        name = (self.cleaned_data.get("ort") or "").strip()
        if name and not any(t["name"] == name for t in self.towns):
            raise forms.ValidationError(_("Den Ort „%(name)s“ kennen wir nicht.") % {"name": name})
        return name

    def clean_umkreis(self):
        radius = self.cleaned_data.get("umkreis")
        if radius is not None and not 0 < radius <= 500:
            raise forms.ValidationError(
                _("Der Umkreis muss größer als 0 und höchstens 500 km sein.")
            )
        return radius

    def clean(self):
        data = super().clean()
        von, bis = data.get("von"), data.get("bis")
        if von and bis and bis < von:
            self.add_error("bis", _("Das Ende des Zeitraums liegt vor dem Beginn."))
        place_broken = "nahe" in self.errors or "ort" in self.errors
        if not place_broken and self.point() is None:
            if data.get("umkreis") is not None:
                self.add_error("umkreis", _("Ein Umkreis braucht einen Ort oder deinen Standort."))
            if data.get("sort") == "distance":
                self.add_error(
                    "sort", _("Sortieren nach Entfernung braucht einen Ort oder deinen Standort.")
                )
        return data

    def point(self) -> tuple[float, float] | None:
        data = getattr(self, "cleaned_data", {})
        if data.get("nahe") and "nahe" not in self.errors:
            return parse_point(data["nahe"])
        name = data.get("ort") if "ort" not in self.errors else None
        town = next((t for t in self.towns if name and t["name"] == name), None)
        return (float(town["lat"]), float(town["lon"])) if town else None

    def place(self) -> tuple[tuple[float, float], float] | None:
        """((lat, lon), radius in km) when a valid place is given, else None."""
        if not self.is_valid() and ("nahe" in self.errors or "ort" in self.errors):
            return None
        point = self.point()
        if point is None:
            return None
        radius = self.cleaned_data.get("umkreis") if "umkreis" not in self.errors else None
        return point, float(radius or DEFAULT_RADIUS_KM)
