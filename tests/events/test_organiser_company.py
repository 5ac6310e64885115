"""Company logins organise their own events only (review workflow, participants)."""

from einblick.events.models import Event
from tests import factories
from tests.adminkit.helpers import login

EVENTS = "/cms/snippets/events/event/"


def _participants(event, suffix=""):
    return f"/cms/veranstaltungen/{event.pk}/anmeldungen/{suffix}"


def test_company_sees_participants_of_its_own_event_only(jena, jena_client):
    own, other = factories.employer("Optik Eigen"), factories.employer("Glas Fremd")
    login(jena_client, jena, "firma-a", superuser=False, employer=own)
    mine = factories.bookable_event("Schnuppertag Optik", organiser=own)
    theirs = factories.bookable_event("Schnuppertag Glas", organiser=other)
    region = factories.bookable_event("Messe der Region")
    factories.registration(mine, name="Ada Eigen")
    factories.registration(theirs, name="Bea Fremd")

    own_page = jena_client.get(_participants(mine))
    refused = [
        jena_client.get(_participants(theirs)),
        jena_client.get(_participants(theirs, "export.csv")),
        jena_client.post(_participants(theirs), {"attended": []}),
        jena_client.get(_participants(theirs, "nachricht/")),
        jena_client.get(_participants(region)),
    ]

    assert own_page.status_code == 200
    assert "Ada Eigen" in own_page.content.decode()
    # Wagtail answers a permission denial in the admin with a redirect to the dashboard.
    assert [(r.status_code, r["Location"]) for r in refused] == [(302, "/cms/")] * 5
    assert theirs.registrations.get().attended is None


def test_company_lists_and_edits_only_its_own_events(jena, jena_client):
    own, other = factories.employer("Optik Eigen"), factories.employer("Glas Fremd")
    login(jena_client, jena, "firma-a", superuser=False, employer=own)
    factories.event("Tag der Optik", organiser=own)
    theirs = factories.event("Entwurf Glas", organiser=other, live=False)

    listed = {e.title for e in jena_client.get(EVENTS).context["object_list"]}
    edit_theirs = jena_client.get(f"{EVENTS}edit/{theirs.pk}/")

    assert listed == {"Tag der Optik"}
    assert (edit_theirs.status_code, edit_theirs["Location"]) == (302, "/cms/")


def test_company_event_goes_to_review_and_names_its_own_employer(jena, jena_client, taxonomies):
    own, other = factories.employer("Optik Eigen"), factories.employer("Glas Fremd")
    login(jena_client, jena, "firma-a", superuser=False, employer=own)
    form = jena_client.get(f"{EVENTS}add/").context["form"]
    data = {
        "title": "Schnuppertag Augenoptik",
        "kind": "workshop",
        "organiser": other.pk,
        "start": "2030-03-04 09:00",
        "description": '{"blocks":[],"entityMap":{}}',
        "max_group_size": "30",
        "max_per_email": "3",
        "slots-TOTAL_FORMS": "0",
        "slots-INITIAL_FORMS": "0",
        "slots-MIN_NUM_FORMS": "0",
        "slots-MAX_NUM_FORMS": "1000",
        "action-submit": "1",
    }

    refused = jena_client.post(f"{EVENTS}add/", data)
    created = jena_client.post(f"{EVENTS}add/", {**data, "organiser": own.pk})

    assert list(form.fields["organiser"].queryset) == [own]
    assert refused.status_code == 200
    assert "organiser" in refused.context["form"].errors
    assert created.status_code == 302
    event = Event.objects.get(title="Schnuppertag Augenoptik")
    assert (event.organiser, event.live) == (own, False)
    assert event.current_workflow_state.status == "in_progress"
