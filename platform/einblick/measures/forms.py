"""The measure form (region editors) and the catalogue's filter."""

from django import forms

from einblick.taxonomy.models import OccupationalField
from tenants.models import Region

from .models import Measure


class MeasureForm(forms.ModelForm):
    class Meta:
        model = Measure
        fields = [
            "title",
            "target_group",
            "occupational_fields",
            "description",
            "cost",
            "outcome",
            "contact_name",
            "contact_email",
        ]
        widgets = {"occupational_fields": forms.CheckboxSelectMultiple}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["occupational_fields"].queryset = OccupationalField.objects.order_by(
            "sort_order"
        )


class CatalogueFilter(forms.Form):
    region = forms.ModelChoiceField(
        queryset=Region.objects.exclude(schema_name="public").order_by("name"),
        to_field_name="slug",
        required=False,
        empty_label="alle Regionen",
        label="Region",
    )
    berufsfeld = forms.ModelChoiceField(
        queryset=OccupationalField.objects.order_by("sort_order"),
        to_field_name="slug",
        required=False,
        empty_label="alle Berufsfelder",
        label="Berufsfeld",
    )

    def filter(self, qs):
        if not self.is_valid():
            return qs.none()
        if self.cleaned_data["region"]:
            qs = qs.filter(region=self.cleaned_data["region"])
        if self.cleaned_data["berufsfeld"]:
            qs = qs.filter(occupational_fields=self.cleaned_data["berufsfeld"])
        return qs
