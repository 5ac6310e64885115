"""Organiser views in the CMS: participants, attendance, exports, message to all."""

import csv
import io

from django.core import mail
from django.db import connection
from django_tenants.utils import tenant_context
from openpyxl import load_workbook

from einblick.events import ical
from einblick.events.registrations import Registration, Status
from tests import factories
from tests.adminkit.helpers import login


def _url(event, suffix=""):
    return f"/cms/veranstaltungen/{event.pk}/anmeldungen/{suffix}"


def _filled_event():
    event = factories.bookable_event("Schnuppertag Optik", capacity=3, slots=[("9 Uhr", 2)])
    slot = event.slots.get()
    factories.registration(event, slot=slot, name="Ada Lovelace", email="ada@example.org")
    factories.registration(
        event,
        slot=slot,
        name="Klasse 8b",
        email="lehrerin@example.org",
        is_group=True,
        status=Status.HELD,
        school="Regelschule Lobeda",
        school_class="8b",
    )
    factories.registration(event, slot=slot, name="Wera Warte", status=Status.WAITING)
    factories.registration(event, slot=slot, name="Abgemeldet", status=Status.CANCELLED)
    return event


def test_participant_list_shows_seats_holders_and_waiting_list(jena, jena_client):
    login(jena_client, jena)
    event = _filled_event()

    response = jena_client.get(_url(event))

    html = response.content.decode()
    (group,) = response.context["groups"]
    assert response.status_code == 200
    assert "9 Uhr: 2 von 2 Plätzen belegt, 0 frei, 1 auf der Warteliste" in html
    assert [r.name for r in group["holders"]] == ["Ada Lovelace", "Klasse 8b"]
    assert [r.name for r in group["waiting_list"]] == ["Wera Warte"]
    assert "Abgemeldet</td>" not in html
    assert response.context["counts"]["cancelled"] == 1


def test_events_listing_links_to_the_participants(jena, jena_client):
    login(jena_client, jena)
    event = factories.bookable_event("Messe mit Anmeldung")
    factories.event("Messe ohne Anmeldung")

    html = jena_client.get("/cms/snippets/events/event/").content.decode()

    assert html.count("/anmeldungen/") == 1
    assert _url(event) in html


def test_attendance_marks_seat_holders_of_this_event_only(jena, jena_client):
    login(jena_client, jena)
    event = _filled_event()
    ada, group = Registration.objects.filter(event=event, status__in=["confirmed", "held"])
    other = factories.registration(factories.bookable_event("Andere Messe"), name="Fremd")

    response = jena_client.post(_url(event), {"attended": [str(ada.pk), str(other.pk), "x"]})

    assert response.status_code == 302
    ada.refresh_from_db(), group.refresh_from_db(), other.refresh_from_db()
    assert (ada.attended, group.attended, other.attended) == (True, False, None)
    waiting = Registration.objects.get(name="Wera Warte")
    assert waiting.attended is None


def test_csv_export_lists_active_registrations_without_formulas(jena, jena_client):
    login(jena_client, jena)
    event = factories.bookable_event("Elternabend", capacity=5)
    factories.registration(event, name='=HYPERLINK("http://x")', email="a@example.org")
    factories.registration(event, name="Gone", status=Status.EXPIRED)

    response = jena_client.get(_url(event, "export.csv"))

    assert response["Content-Disposition"] == f'attachment; filename="anmeldungen-{event.slug}.csv"'
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["Status", "Zeitfenster", "Name", "E-Mail"]
    assert [row[2] for row in rows[1:]] == ['\'=HYPERLINK("http://x")']


def test_xlsx_export_writes_text_cells(jena, jena_client):
    login(jena_client, jena)
    event = factories.bookable_event("Elternabend", capacity=5)
    factories.registration(event, name="=1+1", email="a@example.org", school="Grundschule")

    response = jena_client.get(_url(event, "export.xlsx"))

    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet["C2"].value == "=1+1"
    assert sheet["C2"].data_type == "s"
    assert sheet["E2"].value == "Grundschule"


def test_checkin_pdf_is_a_pdf_and_unknown_format_is_404(jena, jena_client):
    login(jena_client, jena)
    event = _filled_event()

    pdf = jena_client.get(_url(event, "export.pdf"))
    unknown = jena_client.get(_url(event, "export.exe"))

    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF-")
    assert unknown.status_code == 404


def test_message_goes_to_every_seat_holder_with_text_and_html(jena, jena_client):
    login(jena_client, jena)
    event = _filled_event()

    response = jena_client.post(
        _url(event, "nachricht/"),
        {"recipients": "seats", "subject": "Treffpunkt geändert", "body": "Bitte Tor 2."},
    )

    assert response.status_code == 302
    assert sorted(m.to[0] for m in mail.outbox) == ["ada@example.org", "lehrerin@example.org"]
    message = mail.outbox[0]
    assert message.subject == "Treffpunkt geändert"
    assert "Bitte Tor 2." in message.body
    assert "/veranstaltungen/meine-anmeldung/" in message.body
    assert [m for _c, m in message.alternatives] == ["text/html"]


def test_message_to_all_includes_the_waiting_list_and_cancellation_wording(jena, jena_client):
    login(jena_client, jena)
    event = _filled_event()

    jena_client.post(
        _url(event, "nachricht/"),
        {"recipients": "all", "subject": "Messe", "body": "Leider.", "cancelled_event": "on"},
    )

    assert len(mail.outbox) == 3
    assert {m.subject for m in mail.outbox} == {"Abgesagt: Messe"}
    assert all(not m.attachments for m in mail.outbox)


def test_message_form_errors_name_the_field(jena, jena_client):
    login(jena_client, jena)
    event = _filled_event()

    response = jena_client.post(_url(event, "nachricht/"), {"recipients": "alle", "body": ""})

    html = response.content.decode()
    assert response.status_code == 400
    assert "Betreff: Dieses Feld muss ausgefüllt werden." in html
    assert "An: Bitte eine gültige Auswahl treffen." in html
    assert mail.outbox == []


def test_unknown_event_is_404(jena, jena_client):
    login(jena_client, jena)

    assert jena_client.get("/cms/veranstaltungen/999999/anmeldungen/").status_code == 404


def test_region_b_event_is_not_reachable_from_region_a(
    jena_region, weimar_region, jena_client, weimar_client
):
    with tenant_context(weimar_region):
        weimar_event = _filled_event()
    login(jena_client, jena_region)
    weimar_client.cookies = jena_client.cookies  # a Jena session presented to Weimar

    in_jena = jena_client.get(_url(weimar_event))
    export_in_jena = jena_client.get(_url(weimar_event, "export.csv"))
    on_weimar_host = weimar_client.get(_url(weimar_event))

    assert (in_jena.status_code, export_in_jena.status_code) == (404, 404)
    assert on_weimar_host.status_code == 302
    assert on_weimar_host["Location"].startswith("/cms/login/")


def test_ical_names_seats_left_and_the_registration_link(jena, jena_client):
    event = factories.bookable_event("Schnuppertag Feinmechanik", capacity=4)
    factories.registration(event, group_size=3)
    cal = ical.calendar([event], name="x", schema_name=connection.schema_name, base_url="http://j")
    text = cal.to_ical().decode().replace("\r\n ", "")

    assert "Anmeldung (noch 1 Platz frei): http://j" in text
