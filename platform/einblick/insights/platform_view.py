"""The platform dashboard in the public admin: every region's key figures side by side."""

from django.core.exceptions import PermissionDenied
from django.views.generic import TemplateView
from django_tenants.utils import get_public_schema_name, schema_context
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from tenants.models import Region

from . import figures
from .exports import TableExport
from .figures.tables import Table
from .period import PeriodForm
from .permissions import may_view_platform_dashboard


class PlatformDashboardView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "insights/platform_dashboard.html"
    page_title = "Kennzahlen aller Regionen"
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        if not may_view_platform_dashboard(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        form = PeriodForm(request.GET)
        period = form.cleaned_data["period"] if form.is_valid() else None
        context = self.get_context_data(form=form, period=period)
        if period is None:
            return self.render_to_response(context, status=400)
        regions = Region.objects.exclude(schema_name=get_public_schema_name()).order_by("name")
        columns = []
        for region in regions:
            with schema_context(region.schema_name):
                columns.append((region, figures.key_figures(period)))
        labels = [f.label for f in columns[0][1]] if columns else []
        rows = [(label, [figs[i] for _, figs in columns]) for i, label in enumerate(labels)]
        export = request.GET.get("export")
        if export in TableExport.FORMATS:
            table = _side_by_side([r for r, _ in columns], rows)
            return TableExport(table, f"kennzahlen-regionen-{period.start}-{period.end}").response(
                export
            )
        query = request.GET.copy()
        query.pop("export", None)
        context.update(query=query.urlencode())
        context.update(regions=[r for r, _ in columns], rows=rows, previous=period.previous())
        return self.render_to_response(context)


def _side_by_side(regions, rows) -> Table:
    """One row per key figure: each region's value and its change to the previous period."""
    headings = ["Kennzahl"]
    for region in regions:
        headings += [region.name, f"{region.name}: Veränderung"]
    raw = [[label] + [v for f in cells for v in (f.value, f.change)] for label, cells in rows]
    return Table("regionen", "Kennzahlen aller Regionen", headings, [], extra={"raw": raw})
