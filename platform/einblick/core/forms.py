"""Public GET filter forms: readable slug parameters, and broken ones never block the rest."""

from django import forms


class SlugChoiceField(forms.ModelChoiceField):
    """An optional choice of one entry, passed by its slug (?berufsfeld=elektro)."""

    def __init__(self, queryset, **kwargs):
        super().__init__(
            queryset=queryset, to_field_name="slug", required=False, empty_label="alle", **kwargs
        )


class FilterForm(forms.Form):
    def cleaned_values(self) -> dict:
        """Valid values only: a broken parameter is reported on its field, the rest still filters."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {
            name: self.cleaned_data.get(name) for name in self.fields if name not in self.errors
        }
