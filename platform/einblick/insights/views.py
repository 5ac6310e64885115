"""The region dashboard in the CMS (/cms/kennzahlen/) with CSV/XLSX export of each table."""

from django.core.exceptions import PermissionDenied
from django.db import connection
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from einblick.outlook.charts import outlook_summary
from einblick.outlook.models import OutlookFigure

from . import figures, svg
from .exports import TableExport
from .period import PeriodForm
from .permissions import may_view_region_dashboard
from .report import build_report


class RegionDashboardView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "insights/dashboard.html"
    page_title = "Kennzahlen"
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        if not may_view_region_dashboard(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        form = PeriodForm(request.GET)
        period = form.cleaned_data["period"] if form.is_valid() else None
        export = request.GET.get("export")
        if period is not None and export in TableExport.FORMATS:
            table = figures.table_by_slug(period, request.GET.get("tabelle", ""))
            if table is None:
                raise Http404("Unbekannte Tabelle.")
            name = f"kennzahlen-{connection.schema_name}-{table.slug}-{period.start}-{period.end}"
            return TableExport(table, name).response(export)
        context = self.get_context_data(form=form, period=period)
        if period is not None:
            context.update(self.figures(period))
        status = 200 if period is not None else 400
        return self.render_to_response(context, status=status)

    def figures(self, period) -> dict:
        key_figures = figures.key_figures(period)
        tables = figures.tables(period)
        query = self.request.GET.copy()
        query.pop("export", None)
        charts = [svg.render(f"chart-{t.slug}", t.title, t.chart) for t in tables]
        outlook = outlook_summary(list(OutlookFigure.objects.latest()), "outlook-chart")
        return {
            "outlook": outlook,
            "outlook_rows": [{"figure": f} for f in outlook["figures"]],
            "key_figures": key_figures,
            "previous": period.previous(),
            "tables": list(zip(tables, charts, strict=True)),
            "region": getattr(connection, "tenant", None),
            "query": query.urlencode(),
            "report_years": range(period.end.year, period.end.year - 3, -1),
        }


def report_pdf(request):
    """The yearly report as a download (button "Erfolgsbericht" on the dashboard)."""
    if not may_view_region_dashboard(request.user):
        raise PermissionDenied
    year = request.GET.get("jahr", "")
    if not (year.isdigit() and 2000 <= int(year) <= 2100):
        return HttpResponseBadRequest("Jahr: bitte ein Jahr zwischen 2000 und 2100 angeben.")
    region = connection.tenant
    report = build_report(region, int(year))
    response = HttpResponse(report.pdf, content_type="application/pdf")
    filename = f"erfolgsbericht-{region.slug}-{year}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
