"""Events in the region admin: filters, status and region isolation."""

import datetime

from django.utils import timezone

from tests import factories
from tests.adminkit.helpers import login

EVENTS = "/cms/snippets/events/event/"


def _titles(response):
    return {event.title for event in response.context["object_list"]}


def test_event_list_filters_by_kind_and_status(jena, jena_client):
    login(jena_client, jena)
    factories.event("Ausbildungsmesse Jena", kind="ausbildungsmesse")
    factories.event("Elternabend Berufswahl", kind="elternabend")
    factories.event("Elternabend Entwurf", kind="elternabend", live=False)

    by_kind = _titles(jena_client.get(EVENTS, {"kind": "elternabend"}))
    drafts = _titles(jena_client.get(EVENTS, {"status": "draft"}))

    assert by_kind == {"Elternabend Berufswahl", "Elternabend Entwurf"}
    assert drafts == {"Elternabend Entwurf"}


def test_event_edit_form_renders_with_tabs(jena, jena_client):
    login(jena_client, jena)
    event = factories.event("Woche der offenen Unternehmen")

    response = jena_client.get(f"{EVENTS}edit/{event.pk}/")

    assert response.status_code == 200
    assert "Teilnehmende Arbeitgeber" in response.content.decode()


def test_region_admin_lists_only_its_own_region(jena_region, weimar, jena_client):
    factories.event("Messe Weimar", start=timezone.now() + datetime.timedelta(days=3))
    factories.employer("Weimarer Glockengießerei")
    login(jena_client, jena_region)
    factories.event("Messe Jena")

    events = _titles(jena_client.get(EVENTS))
    employers = {
        e.name for e in jena_client.get("/cms/snippets/employers/employer/").context["object_list"]
    }

    assert events == {"Messe Jena"}
    assert employers == set()


def test_event_list_separates_upcoming_and_past(jena, jena_client):
    login(jena_client, jena)
    now = timezone.now()
    factories.event("Messe kommend", start=now + datetime.timedelta(days=5))
    factories.event("Messe vorbei", start=now - datetime.timedelta(days=5))

    upcoming = _titles(jena_client.get(EVENTS, {"when": "upcoming"}))
    past = _titles(jena_client.get(EVENTS, {"when": "past"}))

    assert upcoming == {"Messe kommend"}
    assert past == {"Messe vorbei"}
