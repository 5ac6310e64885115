"""A pupil on a phone asks for an alert on the offer list and writes to a company from an
offer page – no account, no cookie, no serious axe finding, no horizontal scrolling."""

import re
import time

import pytest

from tests.browser.axe import serious_violations

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "bypass_csp": True}
MIN_FILL_SECONDS = 3  # settings.ENGAGEMENT_FORM_MIN_SECONDS: faster posts count as bots


def _wait_out_min_fill(shown: float) -> None:
    """Send no sooner than the anti-abuse minimum after the form was shown (`shown`, taken
    once the page had loaded, so never earlier than the form's token), and no later: the
    time spent filling in and checking the page already counts."""
    time.sleep(max(0.0, MIN_FILL_SECONDS + 0.5 - (time.monotonic() - shown)))


def _fits(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= 390


def test_alert_subscription_on_a_phone_sets_no_cookie(demo_server, browser, axe_source):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    # given the Jena offer list on a phone
    page.goto(demo_server.url("jena.localhost", "/angebote/"))
    heading = page.get_by_role("heading", name="Benachrichtige mich bei neuen Angeboten")
    assert heading.is_visible()
    assert serious_violations(page, axe_source) == []
    assert _fits(page)
    # when the pupil enters her address, picks "täglich" and sends (after reading a moment)
    page.get_by_label("Deine E-Mail-Adresse").fill("mia@example.org")
    # and narrows the list by a word meanwhile (the results reload live, the address stays)
    page.get_by_role("button", name=re.compile(r"^Filter( \(\d+ aktiv\))?$")).click()
    page.get_by_label("Suchbegriff").fill("Praktikum")
    page.locator('[data-alert-filters] input[name="q"][value="Praktikum"]').wait_for(
        state="attached"
    )
    shown = time.monotonic()  # after the live reload, in case it renewed the form
    assert page.get_by_label("Deine E-Mail-Adresse").input_value() == "mia@example.org"
    page.get_by_label("täglich").check()
    _wait_out_min_fill(shown)
    page.get_by_role("button", name="Benachrichtigung anlegen").click()
    page.wait_for_load_state()
    # then she is asked to confirm by mail, and nothing set a cookie
    assert page.get_by_role("heading", name="Fast geschafft!").is_visible()
    assert serious_violations(page, axe_source) == []
    assert _fits(page)
    assert context.cookies() == []
    context.close()


def test_enquiry_from_an_offer_page_on_a_phone_sets_no_cookie(demo_server, browser, axe_source):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    # given an offer page of the demo (offers have an application address)
    page.goto(demo_server.url("jena.localhost", "/angebote/"))
    page.locator(".card-grid article h3 a").first.click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name="Ich habe Interesse").count() == 1
    shown = time.monotonic()  # the offer page with its form is there
    assert serious_violations(page, axe_source) == []
    assert _fits(page)
    # when the pupil writes a short message, agrees and sends
    page.get_by_label("Dein Name").fill("Mia Muster")
    page.get_by_label("Deine E-Mail-Adresse").fill("mia@example.org")
    page.get_by_label("Deine Nachricht").fill("Geht das Praktikum auch in den Herbstferien?")
    page.locator("#id_consent").check()
    _wait_out_min_fill(shown)
    page.get_by_role("button", name="Anfrage senden").click()
    page.wait_for_load_state()
    # then the message is on its way, and nothing set a cookie
    assert page.get_by_role("heading", name="Danke, deine Anfrage ist unterwegs!").is_visible()
    assert serious_violations(page, axe_source) == []
    assert _fits(page)
    assert context.cookies() == []
    context.close()


@pytest.mark.parametrize(
    ("host", "path", "heading"),
    [
        ("localhost", "/suche/?q=Praktikum", "Benachrichtige mich bei neuen Treffern"),
        ("jena.localhost", "/veranstaltungen/", "Benachrichtige mich bei neuen Veranstaltungen"),
        ("jena.localhost", "/arbeitgeber/", "Benachrichtige mich bei neuen Unternehmen"),
    ],
    ids=["portal search", "event calendar", "employer directory"],
)
def test_alerts_on_the_portal_search_calendar_and_directory_set_no_cookie(
    demo_server, browser, axe_source, host, path, heading
):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    # given the list on a phone, with its alert form (the honeypot field moved off-screen)
    page.goto(demo_server.url(host, path))
    shown = time.monotonic()
    assert page.get_by_role("heading", name=heading).is_visible()
    honeypot = page.get_by_label("Bitte leer lassen").bounding_box()
    assert honeypot["x"] + honeypot["width"] <= 0
    assert serious_violations(page, axe_source) == []
    assert _fits(page)
    # when the pupil subscribes
    page.get_by_label("Deine E-Mail-Adresse").fill("mia@example.org")
    _wait_out_min_fill(shown)
    page.get_by_role("button", name="Benachrichtigung anlegen").click()
    page.wait_for_load_state()
    # then she is asked to confirm by mail, and nothing set a cookie
    assert page.get_by_role("heading", name="Fast geschafft!").is_visible()
    assert serious_violations(page, axe_source) == []
    assert _fits(page)
    assert context.cookies() == []
    context.close()
