"""The catalogue in the CMS: /cms/massnahmen/ on region hosts (editors: all regions' measures,
add and change their own) and on the platform admin (superusers: browse all, read only)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from einblick.employers.company_access import company_employer_id
from tenants.utils import is_public_schema

from .forms import CatalogueFilter, MeasureForm
from .models import Measure

PERMISSION = "offers.change_offer"  # region editors (group "Editors")


def may_edit_measures(user) -> bool:
    return (
        not is_public_schema()
        and user.is_authenticated
        and (user.is_superuser or user.has_perm(PERMISSION))
        and company_employer_id(user) is None
    )


def may_browse_measures(user) -> bool:
    if is_public_schema():
        return user.is_authenticated and user.is_superuser
    return may_edit_measures(user)


class _Base(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "list-ul"
    allowed = staticmethod(may_edit_measures)

    def dispatch(self, request, *args, **kwargs):
        if not self.allowed(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]


class CatalogueView(_Base):
    template_name = "measures/catalogue.html"
    page_title = "Maßnahmen"
    allowed = staticmethod(may_browse_measures)

    def get(self, request, *args, **kwargs):
        form = CatalogueFilter(request.GET)
        measures = form.filter(
            Measure.objects.select_related("region").prefetch_related("occupational_fields")
        )
        own = None if is_public_schema() else connection.tenant.pk
        context = self.get_context_data(form=form, measures=measures, own_region_id=own)
        return self.render_to_response(context, status=200 if form.is_valid() else 400)


class MeasureEditView(_Base):
    template_name = "measures/edit.html"

    def measure(self, pk):
        if pk is None:
            return Measure(region_id=connection.tenant.pk)
        measure = Measure.objects.filter(pk=pk, region_id=connection.tenant.pk).first()
        if measure is None:  # another region's measure is read only
            raise Http404("Diese Maßnahme gehört nicht zu Ihrer Region.")
        return measure

    @property
    def page_title(self):
        return "Maßnahme bearbeiten" if self.kwargs.get("pk") else "Neue Maßnahme"

    def get(self, request, pk=None):
        form = MeasureForm(instance=self.measure(pk))
        return self.render_to_response(self.get_context_data(form=form))

    def post(self, request, pk=None):
        measure = self.measure(pk)
        if request.POST.get("action") == "delete" and measure.pk:
            measure.delete()
            messages.success(request, f"„{measure.title}“ wurde gelöscht.")
            return redirect(reverse("measures_catalogue"))
        form = MeasureForm(request.POST, instance=measure)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        form.save()
        messages.success(request, f"„{form.instance.title}“ wurde gespeichert.")
        return redirect(reverse("measures_catalogue"))
