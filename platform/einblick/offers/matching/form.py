"""The profile a region editor enters at the matching desk (validated, never saved)."""

from django import forms

from einblick.taxonomy.models import OccupationalField, OfferType, SchoolLevel
from einblick.taxonomy.regional.visibility import visible

from ..places import DEFAULT_RADIUS_KM, RADIUS_CHOICES, PlaceForm

CHECKBOXES = forms.CheckboxSelectMultiple


class MatchingForm(PlaceForm):
    """Interests, school level, place with radius, period and offer types of one person."""

    berufsfeld = forms.ModelMultipleChoiceField(
        queryset=OccupationalField.objects.none(),
        to_field_name="slug",
        label="Interessen (Berufsfelder)",
        widget=CHECKBOXES,
        required=False,
    )
    schulstufe = forms.ModelChoiceField(
        queryset=SchoolLevel.objects.none(),
        to_field_name="slug",
        label="Schulart",
        empty_label="keine Angabe",
        required=False,
    )
    ort = forms.ChoiceField(label="Wohnort", required=False)
    nahe = forms.CharField(label="oder Koordinaten (Breite,Länge)", required=False, max_length=60)
    umkreis = forms.TypedChoiceField(
        label="Umkreis in km",
        choices=[(r, f"{r} km") for r in RADIUS_CHOICES],
        coerce=int,
        initial=DEFAULT_RADIUS_KM,
        required=False,
        empty_value=None,
    )
    von = forms.DateField(
        label="Zeitraum von", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    bis = forms.DateField(
        label="Zeitraum bis", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    typ = forms.ModelMultipleChoiceField(
        queryset=OfferType.objects.none(),
        to_field_name="slug",
        label="Angebotsarten",
        widget=CHECKBOXES,
        required=False,
    )

    def __init__(self, data=None, *, towns=(), **kwargs):
        super().__init__(data, **kwargs)
        self.towns = list(towns)
        self.fields["ort"].choices = [("", "kein Ort")] + [
            (t["name"], t["name"]) for t in self.towns
        ]
        self.fields["berufsfeld"].queryset = visible(OccupationalField)
        self.fields["schulstufe"].queryset = visible(SchoolLevel)
        self.fields["typ"].queryset = visible(OfferType)

    def clean(self):
        # PlaceForm.clean would refuse the preset radius without a place; here a radius
        # without a place simply does nothing.
        data = forms.Form.clean(self)
        von, bis = data.get("von"), data.get("bis")
        if von and bis and bis < von:
            self.add_error("bis", "Das Ende des Zeitraums liegt vor dem Beginn.")
        return data

    def criteria(self) -> dict:
        """The valid profile as keyword arguments of `ranking.rank_offers`."""
        data = self.cleaned_data
        return {
            "fields": list(data.get("berufsfeld") or []),
            "types": list(data.get("typ") or []),
            "school_level": data.get("schulstufe"),
            "place": self.place(),
            "start": data.get("von"),
            "end": data.get("bis"),
        }


class MailForm(forms.Form):
    """Where to send the list; the address is used for this one message only."""

    email = forms.EmailField(
        label="E-Mail-Adresse", error_messages={"invalid": "Bitte eine gültige E-Mail-Adresse."}
    )
