"""The platform admin's region overview: counts, last activity, editors, reactivation."""

import re

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tenants.utils import tenant_context

from einblick.selfservice.regions import count_regions
from tenants.lifecycle import deactivate
from tenants.models import Region
from tests import factories

PAGE = "/cms/regionen-lebenszyklus/"


def _row(html: str, name: str) -> str:
    return re.search(rf"<tr>\s*<td>{name} .*?</tr>", html, flags=re.S).group(0)


def _jena_content():
    employer = factories.employer("Bäckerei Overview")
    factories.employer("Entwurf GmbH", live=False)
    factories.offer("Ferienjob Overview", employer_obj=employer)
    factories.event("Tag der offenen Tür Overview")
    factories.user("redaktion-b", groups=["Editors"])
    login = timezone.now()
    factories.user("redaktion-a", groups=["Editors"], last_login=login)
    factories.user("nur-gast")
    return login


def test_figures_count_each_region_in_its_own_schema_in_one_query(jena_region, taxonomies):
    # given live content and two editors in Jena, nothing in Weimar
    with tenant_context(jena_region):
        last_login = _jena_content()
    connection.set_schema_to_public()
    # when both regions are counted
    with CaptureQueriesContext(connection) as queries:
        figures = count_regions(["jena", "weimar", "gibt_es_nicht"])
    # then Jena has its own live content and editors, Weimar none of it
    jena, weimar = figures["jena"], figures["weimar"]
    assert (jena.employers, jena.offers, jena.events) == (1, 1, 1)
    assert jena.editors == ("redaktion-a", "redaktion-b")
    assert jena.last_activity == last_login
    assert (weimar.employers, weimar.offers, weimar.events, weimar.editors) == (0, 0, 0, ())
    assert "gibt_es_nicht" not in figures
    sql = [q["sql"] for q in queries.captured_queries if not q["sql"].startswith("SET ")]
    assert len(sql) == 2  # which schemas exist, then one UNION ALL for all of them


def test_overview_shows_counts_editors_and_reactivates(jena_region, weimar_region, portal_client,
                                                        taxonomies):  # fmt: skip
    # given content in Jena and a deactivated Weimar
    with tenant_context(jena_region):
        _jena_content()
    connection.set_schema_to_public()
    deactivate(weimar_region)
    call_command("count_region_figures", verbosity=0)
    portal_client.force_login(factories.user("plattform-admin", superuser=True))
    # when the platform admin opens the overview
    html = portal_client.get(PAGE).content.decode()
    # then each region shows its own figures, domains and editors
    jena = _row(html, "Jena")
    assert '<td data-count="employers">1</td>' in jena
    assert '<td data-count="offers">1</td>' in jena
    assert '<td data-count="events">1</td>' in jena
    assert "redaktion-a, redaktion-b" in jena
    assert "jena.localhost" in jena
    weimar = _row(html, "Weimar")
    assert '<td data-count="employers">0</td>' in weimar
    assert "redaktion-a" not in weimar
    assert "Wieder online schalten" in weimar
    assert "Wieder online schalten" not in jena
    # when Weimar is reactivated
    response = portal_client.post(f"{PAGE}weimar/reaktivieren/", follow=True)
    # then it is live again and says so
    assert Region.objects.get(slug="weimar").lifecycle == "live"
    assert "Region „Weimar“ ist jetzt online." in response.content.decode()


def test_region_superuser_cannot_open_the_overview(jena_region, jena_client):
    with tenant_context(jena_region):
        jena_client.force_login(factories.user("jena-root", superuser=True))
    assert jena_client.get(PAGE).status_code == 404
    assert jena_client.post(f"{PAGE}weimar/reaktivieren/").status_code == 404
