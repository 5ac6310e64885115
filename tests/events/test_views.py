"""Public event calendar, detail and iCalendar export."""

import datetime
import zoneinfo

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tenants.utils import tenant_context
from icalendar import Calendar

from tests import factories

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def _get(client, path, **params):
    return client.get(path, params)


def _at(days, hour=10):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return datetime.datetime(day.year, day.month, day.day, hour, 0, tzinfo=BERLIN)


def test_calendar_groups_upcoming_by_month_and_lists_past_separately(jena, jena_client):
    factories.event("Messe bald", start=_at(3))
    factories.event("Messe später", start=_at(70))
    factories.event("Messe vorbei", start=_at(-5))
    factories.event("Entwurf", start=_at(4), live=False)
    response = _get(jena_client, "/veranstaltungen/")
    months = response.context["months"]
    upcoming = [e.title for month in months for e in month["events"]]
    assert upcoming == ["Messe bald", "Messe später"]
    assert len(months) >= 2 and months[0]["date"] <= months[-1]["date"]
    assert [e.title for e in response.context["past_events"]] == ["Messe vorbei"]


def test_event_detail_and_unpublished_event(jena, jena_client):
    employer = factories.employer("Zeiss Azubiwerkstatt")
    event = factories.event("Tag der offenen Tür", start=_at(5), venue="Volkshaus")
    event.employers.add(employer)
    event.save()
    draft = factories.event("Geheim", live=False)
    body = _get(jena_client, event.get_url()).content.decode()
    assert "Volkshaus" in body and "Zeiss Azubiwerkstatt" in body
    assert _get(jena_client, draft.get_url()).status_code == 404


def test_ical_per_event_parses_with_stable_uid_and_berlin_times(jena, jena_client):
    event = factories.event(
        "Ausbildungsmesse", start=_at(10, 9), end=_at(10, 15), venue="Sparkassen-Arena", city="Jena"
    )
    response = _get(jena_client, f"{event.get_url()}kalender.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    cal = Calendar.from_ical(response.content)
    (item,) = cal.walk("VEVENT")
    assert str(item["UID"]) == f"event-{event.pk}@jena.einblick"
    assert str(item["SUMMARY"]) == "Ausbildungsmesse"
    assert item.decoded("DTSTART") == _at(10, 9)
    assert item["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert item.decoded("DTEND") == _at(10, 15)
    assert "Sparkassen-Arena" in str(item["LOCATION"])
    assert str(item["URL"]).endswith(event.get_url())
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Berlin"]
    again = Calendar.from_ical(_get(jena_client, f"{event.get_url()}kalender.ics").content)
    assert str(again.walk("VEVENT")[0]["UID"]) == str(item["UID"])


def test_ical_feed_lists_upcoming_public_events_of_this_region_only(
    jena, weimar_region, jena_client, weimar_client
):
    factories.event("Jena-Messe", start=_at(3))
    factories.event("Jena-Entwurf", start=_at(3), live=False)
    factories.event("Jena vorbei", start=_at(-3))
    with tenant_context(weimar_region):
        weimar_event = factories.event("Weimar-Messe", start=_at(4))
    jena_cal = Calendar.from_ical(_get(jena_client, "/veranstaltungen/kalender.ics").content)
    weimar_cal = Calendar.from_ical(_get(weimar_client, "/veranstaltungen/kalender.ics").content)
    assert [str(e["SUMMARY"]) for e in jena_cal.walk("VEVENT")] == ["Jena-Messe"]
    assert [str(e["UID"]) for e in weimar_cal.walk("VEVENT")] == [
        f"event-{weimar_event.pk}@weimar.einblick"
    ]
    assert (
        _get(weimar_client, "/veranstaltungen/").context["months"][0]["events"][0].title
        == "Weimar-Messe"
    )


def test_calendar_query_count_does_not_grow(jena, jena_client):
    for i in range(3):
        factories.event(start=_at(i + 1))
    jena_client.get("/veranstaltungen/")
    with CaptureQueriesContext(connection) as few:
        jena_client.get("/veranstaltungen/")
    for i in range(20):
        factories.event(start=_at(i + 1))
    jena_client.get("/veranstaltungen/")  # rebuilds the region's cached menu and brand
    with CaptureQueriesContext(connection) as many:
        jena_client.get("/veranstaltungen/")
    assert len(many) == len(few)
