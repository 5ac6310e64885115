"""Admin forms that offer only the taxonomy entries a region uses."""

from django import forms
from django.db.models import Q
from wagtail.admin.forms import WagtailAdminModelForm

from einblick.taxonomy.models import TaxonomyEntry

from .visibility import visible


def _attached_ids(instance, name: str, field) -> list:
    if instance is None or instance.pk is None:
        return []
    if isinstance(field, forms.ModelMultipleChoiceField):
        return [obj.pk for obj in getattr(instance, name).all()]
    value = getattr(instance, f"{name}_id", None)
    return [value] if value is not None else []


class TaxonomyAwareForm(WagtailAdminModelForm):
    """Taxonomy choices = active, not region-hidden entries plus those already attached.

    Archived or hidden entries an object already carries stay selected and visible
    (labelled "(archiviert)"), so saving an old offer never silently drops them; they
    cannot be chosen anew.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            queryset = getattr(field, "queryset", None)
            if queryset is None or not issubclass(queryset.model, TaxonomyEntry):
                continue
            model = queryset.model
            attached = _attached_ids(self.instance, name, field)
            field.queryset = model.objects.filter(
                Q(pk__in=visible(model).values("pk")) | Q(pk__in=attached)
            ).order_by("sort_order", "name")
