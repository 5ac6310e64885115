"""Event registration on a 390 px phone (issue 11): a pupil books the last seat of a demo
tour, a second pupil lands on the waiting list; the first confirms with the link from the
e-mail, later cancels with the same link, and the second moves up and gets a mail.

Mails come from the demo server's outbox (file-based mail backend, tests/browser/server.py).
No cookie is set for anyone on the way.
"""

import re
import time

import pytest

from tests.browser.axe import serious_violations

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True}
LINK = re.compile(r"https?://\S+/veranstaltungen/meine-anmeldung/[^/\s]+/")
SLOT = "Führung 13:00 Uhr"
MIN_FILL_SECONDS = 3  # events.forms.min_fill_seconds(): faster posts count as bots


def _open_tour(page, demo_server):
    page.goto(demo_server.url("jena.localhost", "/veranstaltungen/"))
    page.get_by_role("link", name=re.compile(r"^Tag der offenen Tür bei ")).first.click()
    page.wait_for_load_state()


def _register(page, name: str, email: str) -> None:
    shown = time.monotonic()
    page.get_by_role("radio", name=re.compile("^" + SLOT)).check()
    page.get_by_label("Vor- und Nachname").fill(name)
    page.get_by_label("E-Mail-Adresse").fill(email)
    time.sleep(max(0.0, MIN_FILL_SECONDS + 0.5 - (time.monotonic() - shown)))
    page.get_by_role("button", name="Verbindlich anmelden").click()
    page.wait_for_load_state()


def _mails_to(demo_server, address: str) -> list:
    return [m for m in demo_server.mails() if str(m["To"]).strip() == address]


def _wait_for_mail(demo_server, address: str, count: int) -> list:
    deadline = time.monotonic() + 15
    while len(mails := _mails_to(demo_server, address)) < count:
        assert time.monotonic() < deadline, f"keine {count}. E-Mail an {address}"
        time.sleep(0.2)
    return mails


def _subject(message) -> str:
    return str(message["Subject"]).strip()  # a folded header keeps its leading blank


def _link(message) -> str:
    text = message.get_body(preferencelist=("plain",)).get_content()
    return LINK.search(text).group(0)


def test_book_confirm_cancel_and_the_waiting_pupil_moves_up(demo_server, browser, output_dir):
    first, second = "lea.beispiel@example.org", "tom.beispiel@example.org"
    context = browser.new_context(**PHONE)
    page = context.new_page()
    # given the demo tour in Jena whose 13:00 slot has one seat left
    _open_tour(page, demo_server)
    seats = page.locator(".seats")
    assert f"{SLOT}: 1 von 15 Plätzen frei" in seats.inner_text()
    # when Lea takes it on her phone
    _register(page, "Lea Beispiel", first)
    # then her seat is held until she confirms by mail
    assert page.get_by_role("heading", level=1).inner_text() == (
        "Fast geschafft: Bitte bestätigen Sie Ihre E-Mail-Adresse"
    )
    assert "Wir halten Ihren Platz bis" in page.locator(".reg-status").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    # when Tom registers for the same slot, it is full: he is on the waiting list
    _open_tour(page, demo_server)
    assert f"{SLOT}: ausgebucht – Warteliste" in page.locator(".seats").inner_text()
    _register(page, "Tom Beispiel", second)
    assert "Warteliste" in page.locator(".reg-status").inner_text()
    # when Lea opens the link from her mail and confirms
    (mail,) = _wait_for_mail(demo_server, first, 1)
    assert _subject(mail).startswith("Bitte bestätigen: Tag der offenen Tür bei ")
    assert {part.get_content_type() for part in mail.walk()} >= {
        "text/plain",
        "text/html",
        "text/calendar",
    }
    page.goto(_link(mail))
    page.get_by_role("button", name="Anmeldung bestätigen").click()
    page.wait_for_load_state()
    # then her seat is booked
    assert page.locator(".reg-status").inner_text() == (
        "Danke! Ihre Anmeldung ist bestätigt. Ihr Platz ist fest gebucht."
    )
    assert page.locator("[data-status]").get_attribute("data-status") == "confirmed"
    page.screenshot(path=str(output_dir / "event-registration-confirmed.png"), full_page=True)
    # when she cannot come and cancels with the same link
    page.goto(_link(mail))
    page.get_by_role("button", name="Verbindlich abmelden").click()
    page.wait_for_load_state()
    # then she is cancelled, and Tom moved up and got a mail with his link
    assert page.locator("[data-status]").get_attribute("data-status") == "cancelled"
    cancelled_mails = _wait_for_mail(demo_server, first, 2)
    assert _subject(cancelled_mails[-1]).startswith("Abmeldung bestätigt: ")
    tom_mails = _wait_for_mail(demo_server, second, 2)
    assert _subject(tom_mails[0]).startswith("Warteliste: Tag der offenen Tür bei ")
    assert _subject(tom_mails[1]).startswith("Sie sind nachgerückt: Tag der offenen Tür bei ")
    page.goto(_link(tom_mails[1]))
    assert page.locator("[data-status]").get_attribute("data-status") == "held"
    _open_tour(page, demo_server)
    assert f"{SLOT}: ausgebucht – Warteliste" in page.locator(".seats").inner_text()
    # and no page on the way set a cookie
    assert context.cookies() == []
    context.close()


def test_registration_form_has_no_serious_axe_finding(demo_server, browser, axe_source):
    context = browser.new_context(**PHONE, bypass_csp=True)
    page = context.new_page()
    # given the registration form of a demo event, once empty and once with errors
    _open_tour(page, demo_server)
    empty = serious_violations(page, axe_source)
    page.get_by_role("button", name="Verbindlich anmelden").click()
    page.wait_for_load_state()
    errors_shown = page.locator("#reg-fehler").is_visible()
    with_errors = serious_violations(page, axe_source)
    # then axe finds nothing serious, and the page fits the phone
    assert errors_shown
    assert empty == []
    assert with_errors == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert context.cookies() == []
    context.close()
