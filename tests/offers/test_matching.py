"""The matching desk (/cms/matching/): ranked offers with reasons, editors only, own region."""

import datetime
import re

from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tenants.utils import tenant_context

from einblick.taxonomy.models import OccupationalField, OfferType
from tests import factories
from tests.adminkit.helpers import login

URL = "/cms/matching/"
JENA = (50.9271, 11.5892)
WEIMAR = (50.9795, 11.3235)  # about 19.5 km west of Jena
ERFURT = (50.9787, 11.0328)  # about 39.4 km west of Jena
NEXT_YEAR = timezone.localdate().year + 1
JULY = (datetime.date(NEXT_YEAR, 7, 1), datetime.date(NEXT_YEAR, 7, 31))
DECEMBER = (datetime.date(NEXT_YEAR, 12, 1), datetime.date(NEXT_YEAR, 12, 20))
WRITES = re.compile(r"^\s*(INSERT|UPDATE|DELETE)\b", re.I)
PROFILE = {
    "berufsfeld": "it-computer",
    "typ": "schuelerpraktikum",
    "nahe": f"{JENA[0]},{JENA[1]}",
    "umkreis": "25",
    "von": JULY[0].isoformat(),
    "bis": JULY[1].isoformat(),
}


def _offer(title, point, period, field="it-computer", type_slug="schuelerpraktikum"):
    employer = factories.employer(f"{title} GmbH", latitude=point[0], longitude=point[1])
    return factories.offer(
        title,
        employer_obj=employer,
        type_obj=OfferType.objects.get(slug=type_slug),
        occupational_fields=[OccupationalField.objects.get(slug=field)],
        period_kind="dates",
        start_date=period[0],
        end_date=period[1],
    )


def _editor(client, region):
    return login(client, region, "redakteurin", superuser=False, groups=["Editors"])


def _ranked(response) -> list[tuple[str, int, bool]]:
    return [(m.offer.title, m.score, m.inside) for m in response.context["matches"]]


def test_offers_outside_the_period_or_radius_rank_below_those_inside(jena, taxonomies, jena_client):
    # given IT internships in and around Jena, one in December, one in Erfurt (39.4 km)
    _offer("IT-Praktikum Jena (m/w/d)", JENA, JULY)
    _offer("IT-Praktikum im Winter (m/w/d)", JENA, DECEMBER)
    _offer("IT-Praktikum Erfurt (m/w/d)", ERFURT, JULY)
    _offer("Praktikum Gärtnerei Weimar (m/w/d)", WEIMAR, JULY, field="landwirtschaft-natur-umwelt")
    _editor(jena_client, jena)
    # when the editor asks for IT internships within 25 km of Jena in July
    response = jena_client.get(URL, PROFILE)
    # then the offers inside period and radius come first, even the one of another field
    assert response.status_code == 200
    assert _ranked(response) == [
        ("IT-Praktikum Jena (m/w/d)", 90, True),
        ("Praktikum Gärtnerei Weimar (m/w/d)", 42, True),
        ("IT-Praktikum Erfurt (m/w/d)", 80, False),
        ("IT-Praktikum im Winter (m/w/d)", 70, False),
    ]
    # and every reason is visible with its points
    winter = response.context["matches"][3]
    assert [(r.text, r.points, r.fits) for r in winter.reasons] == [
        ("Berufsfeld passt: IT, Computer", 40, True),
        ("Angebotsart passt: Schülerpraktikum", 20, True),
        (
            f"Außerhalb des Zeitraums: 1. Dezember {NEXT_YEAR} bis 20. Dezember {NEXT_YEAR}",
            0,
            False,
        ),
        ("0,0 km entfernt (im Umkreis von 25 km)", 10, True),
    ]
    html = response.content.decode()
    assert "39,4 km entfernt (außerhalb des Umkreises von 25 km) (0 Punkte)" in html
    assert html.count("außerhalb von Zeitraum oder Umkreis") == 2


def test_region_b_offers_never_appear_at_region_as_desk(
    jena_region, weimar_region, taxonomies, jena_client
):
    # given the same IT internship in Weimar's schema and in Jena's
    with tenant_context(weimar_region):
        _offer("IT-Praktikum Weimar (m/w/d)", WEIMAR, JULY)
    _editor(jena_client, jena_region)
    _offer("IT-Praktikum Jena (m/w/d)", JENA, JULY)
    # when Jena's editor searches with a radius that covers Weimar
    response = jena_client.get(URL, {**PROFILE, "umkreis": "50"})
    # then only Jena's offer is listed
    assert [title for title, _, _ in _ranked(response)] == ["IT-Praktikum Jena (m/w/d)"]
    assert "Weimar (m/w/d)" not in response.content.decode()


def test_company_login_is_refused_and_sees_no_menu_item(jena, taxonomies, jena_client):
    own = factories.employer("Tischlerei Eigen")
    login(jena_client, jena, "firma-a", superuser=False, employer=own)

    response = jena_client.get(URL, PROFILE)
    mailed = jena_client.post(f"{URL}?berufsfeld=it-computer", {"email": "a@example.org"})
    home = jena_client.get("/cms/")

    assert (response.status_code, response["Location"]) == (302, "/cms/")
    assert (mailed.status_code, mailed["Location"]) == (302, "/cms/")
    assert URL not in home.content.decode()
    assert mail.outbox == []


def test_editor_sees_the_menu_item_and_an_empty_form(jena, taxonomies, jena_client):
    _editor(jena_client, jena)

    response = jena_client.get(URL)

    assert URL in jena_client.get("/cms/").content.decode()
    assert response.status_code == 200
    assert response.context["matches"] is None
    assert "Passende Angebote finden" in response.content.decode()


def test_broken_input_is_a_400_naming_each_field(jena, taxonomies, jena_client):
    _editor(jena_client, jena)

    response = jena_client.get(
        URL,
        {"berufsfeld": "gibt-es-nicht", "nahe": "Mond", "umkreis": "7", "von": "2027-13-01",
         "bis": "x", "ort": "Atlantis"},
    )  # fmt: skip

    html = response.content.decode()
    assert response.status_code == 400
    assert set(response.context["form"].errors) == {
        "berufsfeld",
        "nahe",
        "umkreis",
        "von",
        "bis",
        "ort",
    }
    assert "Standort muss „Breite,Länge“ sein" in html
    assert "Zeitraum von: Bitte ein gültiges Datum eingeben." in html


def test_the_profile_is_not_stored(jena, taxonomies, jena_client):
    # given an editor and an offer
    _editor(jena_client, jena)
    _offer("IT-Praktikum Jena (m/w/d)", JENA, JULY)
    # when a profile is matched and printed
    with CaptureQueriesContext(connection) as queries:
        shown = jena_client.get(URL, PROFILE)
        printed = jena_client.get(URL, {**PROFILE, "druck": "1"})
    # then nothing was written, and the print view is a plain page with the list
    assert (shown.status_code, printed.status_code) == (200, 200)
    assert [q["sql"] for q in queries.captured_queries if WRITES.match(q["sql"])] == []
    page = printed.content.decode()
    assert "<script" not in page
    assert "IT-Praktikum Jena (m/w/d)" in page and "90 von 100 Punkten" in page


def test_the_list_is_mailed_as_text_and_html_to_the_entered_address_only(
    jena, taxonomies, jena_client
):
    # given an editor with a matched profile
    _editor(jena_client, jena)
    _offer("IT-Praktikum Jena (m/w/d)", JENA, JULY)
    query = "&".join(f"{k}={v}" for k, v in PROFILE.items())
    # when the list is sent to an address
    with CaptureQueriesContext(connection) as queries:
        response = jena_client.post(f"{URL}?{query}", {"email": "lena@example.org"})
    # then one mail with both parts went there, the address is nowhere stored
    assert response.status_code == 302
    assert "lena" not in response["Location"]
    assert [m.to for m in mail.outbox] == [["lena@example.org"]]
    message = mail.outbox[0]
    assert message.subject == "Passende Angebote in Jena"
    assert "1. IT-Praktikum Jena (m/w/d) (90 von 100 Punkten)" in message.body
    assert "+ Berufsfeld passt: IT, Computer" in message.body
    html, mime = message.alternatives[0]
    assert mime == "text/html" and "IT-Praktikum Jena (m/w/d)" in html
    writes = [q["sql"] for q in queries.captured_queries if WRITES.match(q["sql"])]
    assert all("lena@example.org" not in sql for sql in writes)


def test_a_broken_address_is_a_form_error_and_sends_nothing(jena, taxonomies, jena_client):
    _editor(jena_client, jena)

    response = jena_client.post(f"{URL}?berufsfeld=it-computer", {"email": "keine-adresse"})

    assert response.status_code == 400
    assert "E-Mail-Adresse: Bitte eine gültige E-Mail-Adresse." in response.content.decode()
    assert mail.outbox == []
