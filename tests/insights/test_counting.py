"""Counting without cookies: nothing is written to the database inside the request; the
flush folds the spool into each region's daily counts."""

from django.db import connection
from django.db.models import Sum
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tenants.utils import tenant_context

from einblick.insights import spool as insights_spool
from einblick.insights.flush import flush
from einblick.insights.models import DailyCount
from tests import factories
from tests.insights.conftest import BROWSER_UA

WRITES = ("INSERT", "UPDATE", "DELETE")


def _counts(**filters) -> int:
    return DailyCount.objects.filter(**filters).aggregate(n=Sum("count"))["n"] or 0


def test_page_view_writes_no_row_inside_the_request_and_counts_after_the_flush(
    jena, jena_client, spool
):
    offer = factories.offer("Schnuppertag Tischlerei")
    path = offer.get_url()

    with CaptureQueriesContext(connection) as queries:
        response = jena_client.get(path, HTTP_USER_AGENT=BROWSER_UA)

    assert response.status_code == 200
    assert [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(WRITES)] == []
    assert DailyCount.objects.count() == 0
    assert len(list(spool.glob("*.jsonl"))) == 1

    assert flush() == {"jena": 1}

    row = DailyCount.objects.get()
    assert (row.day, row.kind, row.subject_type, row.subject_id, row.key, row.count) == (
        timezone.localdate(), "view", "offer", offer.pk, "", 1,
    )  # fmt: skip
    assert list(spool.iterdir()) == [spool / ".lock"]


def test_a_second_flush_adds_to_the_same_day(jena, jena_client, spool):
    for _ in range(2):
        jena_client.get("/", HTTP_USER_AGENT=BROWSER_UA)
        flush()

    assert DailyCount.objects.filter(kind="view", subject_type="page", key="/").get().count == 2


def test_counts_stay_in_their_region(jena_region, weimar_region, jena_client, weimar_client, spool):
    jena_client.get("/", HTTP_USER_AGENT=BROWSER_UA)
    jena_client.get("/arbeitgeber/", HTTP_USER_AGENT=BROWSER_UA)
    weimar_client.get("/", HTTP_USER_AGENT=BROWSER_UA)

    assert flush() == {"jena": 2, "weimar": 1}

    with tenant_context(jena_region):
        assert _counts(kind="view") == 2
    with tenant_context(weimar_region):
        assert _counts(kind="view") == 1
        assert not DailyCount.objects.filter(key="/arbeitgeber/").exists()


def test_anonymous_visitor_gets_no_cookie(jena, jena_client, spool):
    response = jena_client.get("/", HTTP_USER_AGENT=BROWSER_UA)

    assert response.status_code == 200
    assert response.cookies == {}
    assert "Set-Cookie" not in response.headers


def test_bots_logins_admin_and_errors_are_not_counted(jena, jena_client, spool):
    jena_client.get("/", HTTP_USER_AGENT="Mozilla/5.0 (compatible; Googlebot/2.1)")
    jena_client.get("/", HTTP_USER_AGENT="")
    jena_client.get("/gibt-es-nicht/", HTTP_USER_AGENT=BROWSER_UA)
    jena_client.get("/cms/login/", HTTP_USER_AGENT=BROWSER_UA)
    jena_client.post("/", HTTP_USER_AGENT=BROWSER_UA)
    jena_client.cookies["sessionid"] = "someone-logged-in"
    jena_client.get("/", HTTP_USER_AGENT=BROWSER_UA)

    assert flush() == {}
    assert DailyCount.objects.count() == 0


def test_portal_host_counts_nothing(portal_client, spool):
    portal_client.get("/", HTTP_USER_AGENT=BROWSER_UA)

    assert flush() == {}


def test_switched_off_counting_records_nothing(jena, jena_client, spool, settings):
    settings.INSIGHTS_COUNTING = False

    jena_client.get("/", HTTP_USER_AGENT=BROWSER_UA)

    assert flush() == {}


def test_search_counts_the_normalised_query_and_searches_without_results(jena, jena_client, spool):
    response = jena_client.get("/suche/", {"q": "  Zeppelin   PILOT "}, HTTP_USER_AGENT=BROWSER_UA)

    assert response.status_code == 200
    assert "X-Einblick-Results" not in response.headers
    flush()
    assert sorted(DailyCount.objects.values_list("kind", "key", "count")) == [
        ("search", "zeppelin pilot", 1),
        ("search_zero", "zeppelin pilot", 1),
    ]


def test_click_beacon_counts_clicks_on_public_objects_only(jena, jena_client, spool):
    offer = factories.offer()
    draft = factories.offer(live=False)

    for subject in (f"offer:{offer.pk}", f"offer:{offer.pk}", f"offer:{draft.pk}", "offer:999999"):
        response = jena_client.post(
            "/kennzahlen/klick/", {"subject": subject}, HTTP_USER_AGENT=BROWSER_UA
        )
        assert response.status_code == 204
        assert response.cookies == {}
    flush()

    assert list(DailyCount.objects.values_list("kind", "subject_type", "subject_id", "count")) == [
        ("click", "offer", offer.pk, 2)
    ]


def test_click_beacon_refuses_bad_input_with_a_4xx(jena, jena_client, spool):
    bad = [
        jena_client.post("/kennzahlen/klick/", {"subject": "user:1"}),
        jena_client.post("/kennzahlen/klick/", {"subject": "offer:abc"}),
        jena_client.post("/kennzahlen/klick/", {}),
        jena_client.get("/kennzahlen/klick/"),
    ]

    assert [r.status_code for r in bad] == [400, 400, 400, 405]
    assert flush() == {}


def test_broken_spool_lines_are_skipped(jena, jena_client, spool):
    jena_client.get("/", HTTP_USER_AGENT=BROWSER_UA)
    with open(next(spool.glob("*.jsonl")), "a", encoding="utf-8") as handle:
        handle.write(
            '["jena", "2026-13-45", "view"\n["unbekannt", "2026-01-01", "view", "page", 0, "/"]\n'
        )

    assert flush() == {"jena": 1}
    assert _counts() == 1


def test_tallied_events_are_written_as_one_line_with_their_count(jena, spool):
    for _ in range(4):
        insights_spool.tally("jena", "view", "page", key="/ueber-uns/")
    insights_spool.tally("jena", "view", "page", key="/")

    insights_spool.write_tallies()

    lines = "".join(path.read_text() for path in spool.glob("*.jsonl")).splitlines()
    assert len(lines) == 2
    assert flush() == {"jena": 5}
    assert _counts(kind="view", key="/ueber-uns/") == 4
