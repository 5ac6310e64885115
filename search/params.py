"""Request parameters → SearchQuery, for the search pages and the JSON API (ADR 0008).

Filter parameters are German (`typ`, `berufsfeld`, `beruf`, `zielgruppe`, `vorteil`,
`arbeitssprache`, `von`, `bis`, `ort`, `nahe`, `umkreis`), as on the offer list; the former English names are still
accepted as aliases. `SearchParamsForm` validates them; every bad parameter becomes
`ParamError(parameter, message)` naming the parameter as the client sent it (German message).
"""

from __future__ import annotations

import datetime as dt

from django import forms
from django.core.validators import RegexValidator
from django.http import QueryDict

from .documents import KINDS
from .query import MAX_PAGE_SIZE, SORTS, SearchQuery

# German filter parameter → its former English name (still accepted, never generated).
ALIASES = {
    "typ": "type",
    "berufsfeld": "field",
    "beruf": "occupation",
    "zielgruppe": "target",
    "vorteil": "benefit",
    "von": "from",
    "bis": "to",
    "ort": "town",
    "nahe": "near",
    "umkreis": "radius_km",
}
_GERMAN = {english: german for german, english in ALIASES.items()}
# Facet (search.query.FACETS, the API's response keys) → the parameter that filters by it.
FACET_PARAMS = {
    "kind": "kind",
    "region": "region",
    "type": "typ",
    "field": "berufsfeld",
    "occupation": "beruf",
    "target": "zielgruppe",
    "benefit": "vorteil",
}
# Slug-list parameter → SearchQuery attribute.
LIST_PARAMS = {
    "typ": "offer_types",
    "berufsfeld": "fields",
    "beruf": "occupations",
    "zielgruppe": "target_groups",
    "vorteil": "benefits",
    "arbeitssprache": "languages",
}
SCOPES = ("region", "all")
SLUG_MESSAGE = "„%(value)s“ ist kein gültiges Kürzel (Buchstaben, Ziffern, -, _)."
LOCATION_MESSAGE = "Bitte als „Breite,Länge“ angeben, z. B. 50.9271,11.5892."
NO_LOCATION = "braucht einen Standort (nahe oder ort)."


class ParamError(ValueError):
    def __init__(self, parameter: str, message: str):
        super().__init__(f"{parameter}: {message}")
        self.parameter = parameter
        self.message = message

    def as_json(self) -> dict:
        return {"error": {"parameter": self.parameter, "message": self.message}}


def canonical(params) -> tuple[QueryDict, dict[str, str]]:
    """The parameters under their German names, in the order sent, and which name each
    German parameter arrived under. The German name wins when a client sends both."""
    data = QueryDict(mutable=True)
    sent_as: dict[str, str] = {}
    for name, values in params.lists():
        german = _GERMAN.get(name)
        if german is None:
            data.setlist(name, values)
        elif german not in params:
            data.setlist(german, values)
            sent_as[german] = name
    return data, sent_as


class ListField(forms.Field):
    """Repeatable and comma-separated: ?typ=a&typ=b or ?typ=a,b."""

    widget = forms.MultipleHiddenInput

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def to_python(self, value) -> list[str]:
        values = []
        for raw in value or []:
            values.extend(v.strip() for v in str(raw).split(",") if v.strip())
        return values

    def run_validators(self, value):
        for item in value:
            super().run_validators(item)


class SlugListField(ListField):
    default_validators = [
        RegexValidator(r"^[A-Za-z0-9_-]{1,100}$", message=SLUG_MESSAGE, code="invalid")
    ]


class LanguageListField(ListField):
    """Language codes (ISO 639-1), as the offer list's `arbeitssprache=en`."""

    default_validators = [
        RegexValidator(
            r"^[a-z]{2}$",
            message="„%(value)s“ ist kein Sprachkürzel; bitte z. B. „en“ (Englisch) angeben.",
            code="invalid",
        )
    ]


class KindListField(ListField):
    def validate(self, value):
        for kind in value:
            if kind not in KINDS:
                raise forms.ValidationError(f"„{kind}“ gibt es nicht; erlaubt: {', '.join(KINDS)}.")


class StrippedChoiceField(forms.ChoiceField):
    def to_python(self, value) -> str:
        return super().to_python(value).strip()


class LocationField(forms.CharField):
    """`lat,lon` in degrees → (lat, lon)."""

    def to_python(self, value):
        raw = super().to_python(value)
        if not raw:
            return None
        try:
            lat_s, lon_s = raw.split(",")
            lat, lon = float(lat_s), float(lon_s)
        except ValueError:
            raise forms.ValidationError(LOCATION_MESSAGE)
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise forms.ValidationError(
                "Breite muss zwischen -90 und 90, Länge zwischen -180 und 180 liegen."
            )
        return lat, lon


class IsoDateField(forms.DateField):
    """A date as ISO 8601 (`date.fromisoformat`), e.g. 2026-07-01."""

    def __init__(self, **kwargs):
        message = "Bitte ein Datum im Format JJJJ-MM-TT angeben, z. B. 2026-07-01."
        super().__init__(
            required=False, input_formats=["iso"], error_messages={"invalid": message}, **kwargs
        )

    def strptime(self, value, format):
        return dt.date.fromisoformat(value)


def _whole_number(lo: int, hi: int) -> forms.IntegerField:
    message = f"Bitte eine ganze Zahl zwischen {lo} und {hi} angeben."
    return forms.IntegerField(
        required=False,
        min_value=lo,
        max_value=hi,
        error_messages={"invalid": message, "min_value": message, "max_value": message},
    )


class SearchParamsForm(forms.Form):
    """The search parameters. Fields are checked in this order; the first error is reported."""

    q = forms.CharField(
        required=False,
        max_length=200,
        error_messages={"max_length": "Der Suchbegriff darf höchstens 200 Zeichen lang sein."},
    )
    kind = KindListField()
    scope = StrippedChoiceField(
        required=False,
        choices=[(s, s) for s in SCOPES],
        error_messages={"invalid_choice": "Erlaubt sind „region“ und „all“."},
    )
    region = SlugListField()
    nahe = LocationField(required=False)
    ort = forms.CharField(required=False)
    umkreis = forms.FloatField(
        required=False,
        error_messages={"invalid": "Bitte eine Zahl in Kilometern angeben, z. B. 25."},
    )
    sort = StrippedChoiceField(
        required=False,
        choices=[(s, s) for s in SORTS],
        error_messages={"invalid_choice": f"Erlaubt sind: {', '.join(SORTS)}."},
    )
    von = IsoDateField()
    bis = IsoDateField()
    typ = SlugListField()
    berufsfeld = SlugListField()
    beruf = SlugListField()
    zielgruppe = SlugListField()
    vorteil = SlugListField()
    arbeitssprache = LanguageListField()
    page = _whole_number(1, 1000)
    page_size = _whole_number(1, MAX_PAGE_SIZE)

    def __init__(self, params, *, current_region=None, known_regions=(), towns=None):
        """`current_region` is the region of a region host (None on the portal): there the
        search is limited to it unless scope=all. `towns` (name, lat, lon) enable `ort`."""
        data, self.sent_as = canonical(params)
        super().__init__(data)
        self.current_region = current_region
        self.known_regions = set(known_regions)
        self.towns = towns

    def clean_umkreis(self):
        radius = self.cleaned_data["umkreis"]
        if radius is not None and not 0 < radius <= 500:
            raise forms.ValidationError("Der Umkreis muss größer als 0 und höchstens 500 km sein.")
        return radius

    def clean_region(self):
        regions = self.cleaned_data["region"]
        for slug in regions:
            if slug not in self.known_regions:
                raise forms.ValidationError(f"Die Region „{slug}“ gibt es nicht.")
        return regions

    def clean(self):
        data = super().clean()
        self._clean_scope(data)
        self._clean_location(data)
        if data.get("sort") == "distance" and self._has_no_location(data):
            self.add_error("sort", f"Sortieren nach Entfernung {NO_LOCATION}")
        if data.get("von") and data.get("bis") and data["von"] > data["bis"]:
            self.add_error("bis", "Das Ende des Zeitraums liegt vor seinem Anfang.")
        return data

    def _clean_scope(self, data) -> None:
        if "scope" in self.errors or "region" in self.errors:
            return
        data["scope"] = data["scope"] or ("region" if self.current_region else "all")
        if self.current_region and data["scope"] == "region":
            if data["region"] and data["region"] != [self.current_region]:
                self.add_error(
                    "region",
                    "Auf einem Regionsportal nur mit scope=all in anderen Regionen suchen.",
                )
            else:
                data["region"] = [self.current_region]
        elif self.current_region is None and data["scope"] == "region":
            self.add_error("scope", "Auf dem Landesportal ist nur scope=all möglich.")

    def _clean_location(self, data) -> None:
        if "nahe" in self.errors:
            return
        name = data.get("ort")
        if data.get("nahe") is None and name and self.towns is not None:
            match = next((t for t in self.towns if t["name"] == name), None)
            if match is None:
                self.add_error("ort", f"Den Ort „{name}“ kennen wir nicht.")
                return
            data["nahe"] = (match["lat"], match["lon"])
        if data.get("umkreis") is not None and data.get("nahe") is None:
            self.add_error("umkreis", f"Ein Umkreis {NO_LOCATION}")

    def _has_no_location(self, data) -> bool:
        return not any(name in self.errors for name in ("nahe", "ort")) and not data.get("nahe")

    def first_error(self) -> ParamError | None:
        """The first invalid parameter (in field order), named as the client sent it."""
        for name in self.fields:
            if name in self.errors:
                return ParamError(self.sent_as.get(name, name), self.errors[name][0])
        return None

    def query(self) -> SearchQuery:
        """The validated SearchQuery; raises ParamError for the first bad parameter."""
        error = None if self.is_valid() else self.first_error()
        if error is not None:
            raise error
        data = self.cleaned_data
        return SearchQuery(
            q=data["q"],
            regions=data["region"] or None,
            kinds=data["kind"],
            period_from=data["von"],
            period_to=data["bis"],
            near=data["nahe"],
            radius_km=data["umkreis"],
            sort=data["sort"] or "relevance",
            page=data["page"] or 1,
            page_size=data["page_size"] or 20,
            **{attr: data[name] for name, attr in LIST_PARAMS.items()},
        )


def parse(params, *, current_region: str | None, known_regions, towns=None) -> SearchQuery:
    """Validate `params` (a QueryDict) into a SearchQuery, or raise ParamError."""
    form = SearchParamsForm(
        params, current_region=current_region, known_regions=known_regions, towns=towns
    )
    return form.query()
