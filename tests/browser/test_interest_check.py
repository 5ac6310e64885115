"""A pupil takes the interest check on a phone: answers, result with reasons and offers.

Nothing leaves the browser: every request the page makes is recorded, and none is a POST or
carries an answer. Elapsed time is printed (no timing assertions in tests).
"""

import time

import pytest

from tests.browser.axe import serious_violations

pytestmark = pytest.mark.browser

PATH = "/fuer-schuelerinnen/interessen-check/"
YES = {"programmieren", "computer-daten", "mathe-physik", "technik-reparieren"}


def _answer_all(page) -> int:
    questions = page.locator("fieldset.interest-question")
    count = questions.count()
    for index in range(count):
        fieldset = questions.nth(index)
        slug = fieldset.get_attribute("id").removeprefix("frage-")
        answer = "Stimmt" if slug in YES else "Stimmt nicht"
        fieldset.get_by_label(answer, exact=True).check()
    return count


def test_pupil_answers_every_statement_on_a_phone_and_gets_fields_with_offers(
    demo_server, phone_page
):
    requests = []
    phone_page.goto(demo_server.url("jena.localhost", PATH))
    phone_page.wait_for_load_state("networkidle")
    phone_page.on("request", lambda r: requests.append((r.method, r.url, r.post_data)))
    # when the pupil answers every statement and asks for the result
    started = time.monotonic()
    answered = _answer_all(phone_page)
    phone_page.get_by_role("button", name="Ergebnis zeigen").click()
    result = phone_page.locator("#ergebnis")
    result.wait_for(state="visible")
    elapsed = time.monotonic() - started
    print(f"\nInteressen-Check: {answered} Aussagen beantwortet in {elapsed:.1f} s (390 px)")
    # then three Berufsfelder are shown, each with reasons, IT first
    fields = result.locator(".interest-field:not([hidden])")
    assert answered == 18
    assert fields.count() == 3
    assert fields.first.locator(":scope > h3").inner_text() == "IT, Computer"
    reasons = fields.first.locator("[data-field-reasons] li").all_inner_texts()
    assert reasons[0] == "„Ich programmiere gern oder probiere neue Apps und Programme aus.“"
    assert fields.first.locator("[data-field-score]").inner_text() == ("6 von 6 möglichen Punkten")
    offers = result.locator(".interest-field:not([hidden]) .offer-card")
    print(f"Interessen-Check: {offers.count()} Angebote im Ergebnis")
    assert offers.count() >= 3
    # and nothing left the browser (it may still fetch the favicon and the offers' photos:
    # plain GETs of static and media files, which carry no answer)
    files = ("/static/", "/media/")
    sent = [
        r for r in requests if not (r[0] == "GET" and any(f in r[1] for f in files) and not r[2])
    ]
    assert sent == []
    # and nothing sticks out sideways, also at 320 px
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 390
    phone_page.set_viewport_size({"width": 320, "height": 700})
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 320
    assert phone_page.context.cookies() == []


def test_remembered_result_stays_in_this_browser_only(demo_server, phone_page):
    phone_page.goto(demo_server.url("jena.localhost", PATH))
    _answer_all(phone_page)
    phone_page.get_by_role("button", name="Ergebnis zeigen").click()
    phone_page.get_by_role("button", name="Ergebnis in diesem Browser merken").click()
    phone_page.reload()
    result = phone_page.locator("#ergebnis")
    result.wait_for(state="visible")
    assert result.locator(".interest-field:not([hidden]) h3").first.inner_text() == "IT, Computer"
    assert phone_page.context.cookies() == []
    phone_page.get_by_role("button", name="Gemerktes Ergebnis löschen").click()
    stored = phone_page.evaluate("localStorage.getItem('einblick.interessen-check')")
    assert stored is None


def test_axe_finds_no_serious_violations_on_the_check_and_its_result(
    demo_server,
    browser,
    axe_source,  # noqa: F811
):
    context = browser.new_context(viewport={"width": 390, "height": 844}, bypass_csp=True)
    page = context.new_page()
    page.goto(demo_server.url("weimar.localhost", PATH))
    assert serious_violations(page, axe_source) == []
    _answer_all(page)
    page.get_by_role("button", name="Ergebnis zeigen").click()
    page.locator("#ergebnis").wait_for(state="visible")
    page.locator("details.interest-table summary").click()
    found = serious_violations(page, axe_source)
    context.close()
    assert found == []


def test_offers_of_the_result_go_to_the_merkliste(demo_server, phone_page):
    phone_page.goto(demo_server.url("jena.localhost", PATH))
    _answer_all(phone_page)
    phone_page.get_by_role("button", name="Ergebnis zeigen").click()
    shown = phone_page.locator("#ergebnis .interest-field:not([hidden]) .offer-card").count()
    phone_page.get_by_role("button", name="Angebote auf die Merkliste").click()
    saved = phone_page.evaluate("JSON.parse(localStorage.getItem('einblick.merkliste'))")
    assert len(saved) == shown
    assert all(entry["id"].startswith("jena:offer:") for entry in saved)
    assert phone_page.locator("[data-save-status]").inner_text() == (
        f"{shown} Angebote sind auf deiner Merkliste."
    )
    assert phone_page.context.cookies() == []
