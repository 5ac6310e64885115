"""The platform dashboard in the public admin: all regions side by side, platform admins only."""

from django.utils import timezone
from django_tenants.utils import tenant_context

from tests import factories
from tests.adminkit.helpers import login

URL = "/cms/kennzahlen/regionen/"


def test_platform_admin_sees_every_region_side_by_side(jena_region, weimar_region, portal_client):
    today = timezone.localdate()
    with tenant_context(jena_region):
        factories.daily_count(today, "view", "page", key="/", count=12)
    with tenant_context(weimar_region):
        factories.daily_count(today, "view", "page", key="/", count=5)
    login(portal_client, None, "plattform")

    response = portal_client.get(URL)

    assert response.status_code == 200
    assert [r.slug for r in response.context["regions"]] == ["jena", "weimar"]
    views = dict(response.context["rows"])["Seitenaufrufe"]
    assert [f.value for f in views] == [12, 5]
    assert URL in portal_client.get("/cms/").content.decode()


def test_region_editor_cannot_open_the_platform_dashboard(jena, jena_client):
    login(jena_client, jena, "redakteurin", superuser=False, groups=["Editors"])

    response = jena_client.get(URL)

    assert (response.status_code, response["Location"]) == (302, "/cms/")


def test_platform_admin_downloads_the_regions_side_by_side_as_csv_and_xlsx(
    jena_region, weimar_region, portal_client
):
    today = timezone.localdate()
    with tenant_context(jena_region):
        factories.daily_count(today, "view", "page", key="/", count=12)
    with tenant_context(weimar_region):
        factories.daily_count(today, "view", "page", key="/", count=5)
    login(portal_client, None, "plattform")

    page = portal_client.get(URL).content.decode()
    csv = portal_client.get(URL, {"export": "csv"})
    xlsx = portal_client.get(URL, {"export": "xlsx"})

    assert "export=csv" in page and "export=xlsx" in page
    lines = b"".join(csv.streaming_content).decode().splitlines()
    assert lines[0] == "Kennzahl,Jena,Jena: Veränderung,Weimar,Weimar: Veränderung"
    views = next(line for line in lines if line.startswith("Seitenaufrufe,"))
    assert views.split(",")[1::2] == ["12", "5"]
    assert xlsx.status_code == 200
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")
    assert b"".join(xlsx.streaming_content)[:2] == b"PK"
