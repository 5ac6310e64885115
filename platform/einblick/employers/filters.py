"""The public employer filter (django-filter): the directory page and the JSON API share it.

Parameters are German (ADR 0008): ?berufsfeld=elektro&vorteil=…&reihenfolge=zufall. Options
are the taxonomy entries the region shows. A broken parameter is reported on its field; the
others still filter. Employers are listed A–Z or shuffled daily, never by size.
"""

import django_filters
from django.utils.translation import gettext_lazy as _

from einblick.taxonomy.models import Benefit, OccupationalField
from einblick.taxonomy.regional.visibility import visible
from einblick.taxonomy.widgets import LabelledSelect

from .models import Employer
from .queries import alphabetical, daily_seed, shuffled

ORDER_AZ = "az"
ORDER_SHUFFLE = "zufall"
ORDER_CHOICES = [(ORDER_AZ, "A–Z"), (ORDER_SHUFFLE, _("Zufällig (täglich neu)"))]


def _one_of(model, label: str, field_name: str):
    return django_filters.ModelChoiceFilter(
        queryset=model.objects.none(),
        to_field_name="slug",
        field_name=field_name,
        label=label,
        empty_label=_("alle"),
        widget=LabelledSelect,
    )


class EmployerFilter(django_filters.FilterSet):
    berufsfeld = _one_of(OccupationalField, _("Berufsfeld"), "occupational_fields")
    vorteil = _one_of(Benefit, _("Vorteil"), "benefits")
    reihenfolge = django_filters.ChoiceFilter(
        choices=ORDER_CHOICES, label=_("Reihenfolge"), empty_label=None, method="keep"
    )

    class Meta:
        model = Employer
        fields = []

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(
            data, queryset=Employer.objects.public() if queryset is None else queryset, **kwargs
        )
        for name, model in (("berufsfeld", OccupationalField), ("vorteil", Benefit)):
            self.filters[name].queryset = visible(model)
            self.form.fields[name].queryset = visible(model)

    def keep(self, qs, name, value):
        return qs  # the order is applied in filter_queryset, after every filter

    def filter_queryset(self, queryset):
        self.matching = super().filter_queryset(queryset)
        if self.order == ORDER_SHUFFLE:
            return shuffled(self.matching, daily_seed())
        return alphabetical(self.matching)

    @property
    def order(self) -> str:
        return self._valid().get("reihenfolge") or ORDER_AZ

    @property
    def is_filtered(self) -> bool:
        values = self._valid()
        return bool(values.get("berufsfeld") or values.get("vorteil"))

    def _valid(self) -> dict:
        if not self.is_bound:
            return {}
        self.form.is_valid()
        return getattr(self.form, "cleaned_data", {})
