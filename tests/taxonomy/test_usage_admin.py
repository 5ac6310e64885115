"""Shared taxonomy listings: usage counts across all regions, yes/no in plain German."""

import re

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import tenant_context

from einblick.taxonomy.models import Benefit, OfferType
from einblick.taxonomy.usage import store_usage, usage_counts
from tests import factories
from tests.adminkit.helpers import login

OFFER_TYPES = "/cms/snippets/taxonomy/offertype/"
BENEFITS = "/cms/snippets/taxonomy/benefit/"


def _row(html: str, name: str) -> str:
    return re.search(rf"<tr[^>]*>(?:(?!</tr>).)*{name}.*?</tr>", html, flags=re.S).group(0)


def _cells(row: str) -> list[str]:
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)
    return [" ".join(re.sub(r"<[^>]+>", " ", c).split()) for c in cells]


def test_usage_counts_offers_of_every_region(jena_region, weimar_region, taxonomies):
    # given a type used by two Jena offers and one Weimar offer, and an unused type
    connection.set_schema_to_public()
    used = factories.offer_type("test-gebraucht", "Gebrauchter Typ")
    unused = factories.offer_type("test-ungebraucht", "Ungebrauchter Typ")
    with tenant_context(jena_region):
        factories.offer("Eins", type_obj=used)
        factories.offer("Zwei", type_obj=used, live=False)
    with tenant_context(weimar_region):
        factories.offer("Drei", type_obj=used)
    connection.set_schema_to_public()
    # when the uses are counted ahead of time
    with CaptureQueriesContext(connection) as counting:
        store_usage()
    with CaptureQueriesContext(connection) as reading:
        counts = usage_counts(OfferType, [used.pk, unused.pk])
    # then both regions count (drafts too), in a bounded number of queries
    assert counts == {used.pk: 3, unused.pk: 0}
    sql = [q["sql"] for q in counting.captured_queries if not q["sql"].startswith("SET ")]
    assert len(sql) == 5  # schemas, tables that exist, one UNION ALL, upsert, forget others
    sql = [q["sql"] for q in reading.captured_queries if not q["sql"].startswith("SET ")]
    assert len(sql) == 2  # schemas not counted yet, the stored sums


def test_listing_shows_usage_and_yes_no_words(jena_region, portal_client, taxonomies):
    # given a benefit used by one Jena employer and an archived one
    login(portal_client, None)
    used = Benefit.objects.create(slug="test-obstkorb", name="Obstkorb im Test")
    Benefit.objects.create(slug="test-alt", name="Alter Vorteil im Test", is_archived=True)
    with tenant_context(jena_region):
        employer = factories.employer("Bäckerei Nutzung")
        employer.benefits.add(used)
        employer.save()  # a parental many-to-many link is written on save
    connection.set_schema_to_public()
    call_command("count_region_figures", verbosity=0)
    # when the platform admin opens the benefits
    html = portal_client.get(BENEFITS + "?q=im+Test").content.decode()
    # then the columns read "Verwendet" and "Ja"/"Nein", never "True"/"False"
    assert "Verwendet (alle Regionen)" in html
    assert _cells(_row(html, "Obstkorb im Test"))[-2:] == ["1", "Nein"]
    assert _cells(_row(html, "Alter Vorteil im Test"))[-2:] == ["0", "Ja"]
    assert ">False<" not in html and ">True<" not in html


def test_offer_type_flags_read_ja_nein(portal_client, taxonomies):
    login(portal_client, None)
    factories.offer_type("test-stelle", "Stelle im Test", job_posting=True)

    html = portal_client.get(OFFER_TYPES + "?q=Stelle+im+Test").content.decode()

    assert _cells(_row(html, "Stelle im Test"))[-3:] == ["Ja", "0", "Nein"]
