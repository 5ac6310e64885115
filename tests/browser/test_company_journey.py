"""Must-show journey of issue 15 on the demo server, at 1280 px with screenshots.

A region editor invites a company contact → the invitation mail's link → 'Passwort
festlegen' → the company edits its profile and creates and submits an offer → the editor
sees the profile change side by side (Wagtail's revision comparison) and approves both →
the offer is public and the company got the approval mail. The demo server writes its
mails into files (EMAIL_BACKEND filebased, tests/browser/server.py).
"""

import email
import email.policy
import re
import time

import pytest

from tests.browser.server import outbox_dir

pytestmark = pytest.mark.browser

EDITOR = "redaktion-jena"
PASSWORD = "einblick-demo"
RUN = int(time.time())  # a new login and offer per run (the demo database is reused)
CONTACT = f"clara.{RUN}@tischlerei.example"
NEW_PASSWORD = "Hobelbank-im-Juni-42"
PITCH = "Wir bauen Treppen aus Holz aus der Region – komm vorbei!"
OFFER = f"Schnuppertag in der Werkstatt {RUN}"
FIND_EMPLOYER = """
from django_tenants.utils import tenant_context
from tenants.models import Region
from einblick.employers.models import Employer
with tenant_context(Region.objects.get(slug="jena")):
    employer = Employer.objects.public().filter(members__isnull=True).order_by("name").first()
    print(employer.pk, employer.name, sep="|")
"""


def _mails(demo_server, to: str) -> list:
    """Messages to `to` that the file mail backend of the demo server wrote."""
    folder = outbox_dir(demo_server.media_root)
    found = []
    for path in sorted(folder.glob("*.log")) if folder.exists() else []:
        for raw in path.read_bytes().split(b"\n" + b"-" * 79 + b"\n"):
            if raw.strip():
                message = email.message_from_bytes(raw.strip(), policy=email.policy.default)
                if to in str(message["To"] or ""):
                    found.append(message)
    return found


def _text(message) -> str:
    return message.get_body(("plain",)).get_content()


def _subject(message) -> str:
    return str(message["Subject"])


def _wait_for_mail(demo_server, to: str, subject_part: str):
    for _ in range(100):
        for message in _mails(demo_server, to):
            if subject_part in _subject(message):
                return message
        time.sleep(0.2)
    raise AssertionError(f"Keine Mail „{subject_part}“ an {to}")


def _login(page, demo_server, username: str) -> None:
    page.goto(demo_server.url("jena.localhost", "/cms/login/"))
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form.login-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/cms/$"))


def _approve(page) -> None:
    """The editor's 'Freigeben' in the edit view's action menu (Wagtail's workflow action)."""
    approve = page.locator('footer [data-workflow-action-name="approve"]').first
    if not approve.is_visible():
        page.locator("footer [data-w-dropdown-target='toggle']").last.click()
    approve.click()
    page.wait_for_load_state()


def test_invite_set_password_edit_submit_compare_approve(demo_server, browser, output_dir):
    shots = output_dir / "selfservice"
    shots.mkdir(parents=True, exist_ok=True)
    employer_pk, employer_name = demo_server.shell(FIND_EMPLOYER).strip().split("|")
    editor_context = browser.new_context(viewport={"width": 1280, "height": 900})
    editor = editor_context.new_page()
    company_context = browser.new_context(viewport={"width": 1280, "height": 900})
    company = company_context.new_page()

    # given a region editor who invites a contact person of a listed employer
    _login(editor, demo_server, EDITOR)
    editor.goto(
        demo_server.url("jena.localhost", f"/cms/einladungen/new/?arbeitgeber={employer_pk}")
    )
    editor.locator("#id_name").fill("Clara Journey")
    editor.locator("#id_email").fill(CONTACT)
    editor.screenshot(path=str(shots / "01-einladung.png"))
    editor.get_by_role("button", name="Einladung senden").click()
    editor.wait_for_load_state()
    assert editor.get_by_text("Einladung an Clara Journey").first.is_visible()

    # when the contact opens the invitation mail's link and sets a password
    invitation = _wait_for_mail(demo_server, CONTACT, "Passwort festlegen")
    link = re.search(r"http://\S+/unternehmen/einladung/\S+/", _text(invitation)).group(0)
    company.goto(link)
    assert company.locator("h1").inner_text().startswith("Passwort festlegen")
    company.locator("#id_new_password1").fill(NEW_PASSWORD)
    company.locator("#id_new_password2").fill(NEW_PASSWORD)
    company.screenshot(path=str(shots / "02-passwort-festlegen.png"))
    company.get_by_role("button", name="Speichern und anmelden").click()
    company.wait_for_url(re.compile(r"/cms/$"))

    # then the company is logged in and welcomed with its employer
    assert company.get_by_text(f"Willkommen, {employer_name}").is_visible()
    company.screenshot(path=str(shots / "03-willkommen.png"))

    # when it edits its profile and sends it for review
    company.get_by_role("link", name="Ihr Profil").first.click()
    company.locator("#id_pitch").fill(PITCH)
    company.get_by_role("button", name="Zur Prüfung senden").click()
    company.wait_for_load_state()

    # and creates an offer and sends it for review
    company.goto(demo_server.url("jena.localhost", "/cms/"))
    company.get_by_role("link", name="Neues Angebot").first.click()
    company.get_by_role("button", name=re.compile("Schnupper|Praktikum")).first.click()
    company.locator("#id_title").fill(OFFER)
    company.screenshot(path=str(shots / "04-neues-angebot.png"))
    company.get_by_role("button", name="Zur Prüfung senden").click()
    company.wait_for_load_state()
    company.goto(demo_server.url("jena.localhost", "/cms/"))
    assert company.get_by_text("In Prüfung").first.is_visible()

    # then the editor sees both changes and the profile change side by side
    editor.goto(demo_server.url("jena.localhost", "/cms/"))
    panel = editor.locator(
        "#firmen-pruefen-content, section:has(h2:text('Änderungen von Unternehmen prüfen'))"
    ).first
    assert panel.get_by_text(OFFER).is_visible()
    profile_row = panel.locator("tr", has_text=employer_name).filter(has_not_text=OFFER).first
    profile_row.get_by_role("link", name="Änderungen vergleichen").click()
    editor.wait_for_load_state()
    added = " ".join(editor.locator(".addition").all_inner_texts())
    assert "Treppen aus Holz aus der Region" in added  # new text marked, old struck out
    assert editor.locator(".deletion").count() >= 1
    editor.screenshot(path=str(shots / "05-vergleich.png"), full_page=True)

    # when the editor approves the profile and the offer
    editor.goto(demo_server.url("jena.localhost", "/cms/"))
    profile_row.get_by_role("link", name="Öffnen und freigeben").click()
    _approve(editor)
    editor.goto(demo_server.url("jena.localhost", "/cms/"))
    offer_row = editor.locator("tr", has_text=OFFER).first
    offer_row.get_by_role("link", name="Öffnen und freigeben").click()
    _approve(editor)

    # then the company got the approval mail and the offer is public
    approved = _wait_for_mail(demo_server, CONTACT, f"Freigegeben: {OFFER}")
    public_url = re.search(r"So sehen es Schüler:innen und Eltern: (\S+)", _text(approved)).group(1)
    visitor = browser.new_page(viewport={"width": 1280, "height": 900})
    visitor.goto(public_url)
    assert visitor.locator("h1").inner_text() == OFFER
    visitor.screenshot(path=str(shots / "06-angebot-oeffentlich.png"))
    visitor.close()
    editor_context.close()
    company_context.close()
