"""The cross-region portal on the public host."""

from django.shortcuts import render

from tenants.models import Region
from tenants.utils import region_url


def home(request):
    regions = [
        {"region": r, "url": region_url(r.primary_host())}
        for r in Region.objects.filter(is_active=True).exclude(schema_name="public")
        if r.primary_host()
    ]
    return render(request, "portal/home.html", {"regions": regions})
