"""Must-show of issue 16: the platform admin takes a municipality live without a developer.

Upload a region file with an Excel employers file and a Windows-1252 CSV offers file → the
dry run previews the imports → create (a background job with a progress page) → the region
is in preparation (visitors see the "in Vorbereitung" page, the signed preview link opens
it) → go live → the portal lists it. Then the region is updated from a changed file (dry
run → confirm) and its offers import is undone (confirmation page → job).
At the end the region is deactivated and deleted again, so the shared demo stays as it was.
"""

import shutil
from pathlib import Path

import pytest

from tests.transfer_kit.messy import employers_xlsx, offers_csv

pytestmark = pytest.mark.browser

PASSWORD = "einblick-demo"  # setup_demo
EXAMPLES = Path(__file__).resolve().parents[2] / "transfer_kit" / "examples"
HOST = "saale-orla.localhost"
JOB_TIMEOUT = 180_000  # ms: background jobs on a busy test machine
REGION_FILE = f"""
format = 1
name = "Saale-Orla"
slug = "saale-orla"
domains = ["{HOST}"]
state = "TH"
regional_key = "16075"

[theme]
name = "stadt"
logo = "logo.png"

[theme.brand]
primary_color = "#0b5a8c"
claim = "Betriebe im Saale-Orla-Kreis von innen sehen"

[agency]
name = "Wirtschaftsförderung Saale-Orla"
email = "einblick@saale-orla.example"

[legal]
imprint_url = "https://www.saale-orla.example/impressum"
privacy_url = "https://www.saale-orla.example/datenschutz"
accessibility_url = "https://www.saale-orla.example/barrierefreiheit"
accessibility_contact = "barrierefrei@saale-orla.example"
responsible = "Wirtschaftsförderung Saale-Orla"

[[towns]]
name = "Schleiz"
postcode = "07907"
latitude = 50.5786
longitude = 11.8103

[[editors]]
name = "Petra Probe"
email = "petra.probe@saale-orla.example"
role = "admin"

[imports]
employers = "firmen.xlsx"
employers_preset = "crm"
offers = "angebote.csv"
offers_preset = "crm"
"""


@pytest.fixture
def upload_files(tmp_path) -> dict[str, Path | list[Path]]:
    """The municipality's files: region file, logo, Excel employers (title row, 3 duplicate
    rows), Windows-1252 CSV offers (title row, both-forms titles, every 10th ended)."""
    region_file = tmp_path / "saale-orla.toml"
    region_file.write_text(REGION_FILE, encoding="utf-8")
    logo = shutil.copy(EXAMPLES / "gera-logo.png", tmp_path / "logo.png")
    employers = employers_xlsx(tmp_path / "firmen.xlsx", 20, duplicates=3)
    offers = offers_csv(tmp_path / "angebote.csv", 40, 20)
    return {"region_file": region_file, "files": [Path(logo), employers, offers]}


def _login_platform_admin(page, demo_server):
    page.goto(demo_server.url("localhost", "/cms/login/"))
    page.fill("input[name=username]", "plattform")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def _lifecycle_row(page, demo_server):
    page.goto(demo_server.url("localhost", "/cms/regionen-lebenszyklus/"))
    return page.locator("tbody tr", has_text="Saale-Orla")


def test_platform_admin_takes_a_region_live_from_uploaded_files(
    demo_server, browser, desktop_page, upload_files
):
    page = desktop_page
    _login_platform_admin(page, demo_server)
    other = page.context.new_page()  # second tab of the admin: status list and portal
    page.get_by_role("link", name="Region einrichten").first.click()
    page.wait_for_load_state()
    # when the platform admin uploads the files and starts the dry run
    page.set_input_files("input[name=region_file]", upload_files["region_file"])
    page.set_input_files("input[name=files]", upload_files["files"])
    page.click("[data-dry-run]")
    page.wait_for_load_state()
    # then the dry run runs in the background with a progress page, which ends with what
    # the imports would do; nothing exists yet
    assert "/cms/auftraege/" in page.url
    page.wait_for_selector("[data-result=dry-run]", timeout=JOB_TIMEOUT)
    dry_run = page.locator("[data-result=dry-run]")
    assert "Probelauf: so würde „Saale-Orla“ angelegt (nichts gespeichert)" in dry_run.inner_text()
    employers = page.locator("[data-import=Arbeitgeber]").inner_text()
    offers = page.locator("[data-import=Angebote]").inner_text()
    assert (
        "Arbeitgeber: 20 neu angelegt, 0 aktualisiert, 0 unverändert, 3 übersprungen" in employers
    )
    assert "Angebote: 40 neu angelegt, 0 aktualisiert, 0 unverändert, 0 übersprungen" in offers
    assert "abgelaufen" in offers  # the four ended offers are named as notes
    assert _lifecycle_row(other, demo_server).count() == 0

    # when the admin creates the region from the checked upload
    page.click("[data-create]")
    page.wait_for_load_state()
    # then a progress page follows the background run until the region exists
    assert "/cms/auftraege/" in page.url
    page.wait_for_selector("[data-result=created]", timeout=JOB_TIMEOUT)
    # in preparation, with a signed preview link
    created = page.locator("[data-result=created]").inner_text()
    assert "Region „Saale-Orla“ angelegt – Status: in Vorbereitung" in created
    preview = page.locator("[data-result=created] [data-preview-link]").get_attribute("href")
    assert preview.startswith(demo_server.url(HOST, "/vorschau/"))
    row = _lifecycle_row(other, demo_server)
    assert row.locator("[data-status]").get_attribute("data-status") == "preparation"
    assert "Saale-Orla" not in _portal_regions(other, demo_server)

    # when a visitor without the link opens the region, then only the preparation page shows
    visitor = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    response = visitor.goto(demo_server.url(HOST, "/"))
    assert response.status == 404
    assert "Dieses Arbeitgeberportal wird gerade vorbereitet" in visitor.content()
    # when the municipality opens the preview link, then its portal shows with the offers
    visitor.goto(preview)
    assert visitor.url == demo_server.url(HOST, "/")
    assert "Betriebe im Saale-Orla-Kreis von innen sehen" in visitor.content()
    visitor.goto(demo_server.url(HOST, "/angebote/"))
    assert "Ausbildung zur Kauffrau / zum Kaufmann für Büromanagement" in visitor.content()
    visitor.context.close()

    # when the platform admin switches it online
    row = _lifecycle_row(page, demo_server)
    row.get_by_role("button", name="Online schalten").click()
    page.wait_for_load_state()
    # then the status says so and the cross-region portal lists the region
    assert "Region „Saale-Orla“ ist jetzt online." in page.content()
    assert _lifecycle_row(page, demo_server).locator("[data-status]").get_attribute(
        "data-status"
    ) == ("live")
    assert "Saale-Orla" in _portal_regions(page, demo_server)
    _update_from_changed_file(page, demo_server, upload_files["region_file"])
    _undo_offers_import(page, demo_server)
    _remove_region(page, demo_server)


def _update_from_changed_file(page, demo_server, region_file: Path) -> None:
    """Region update in the admin: dry run lists the change, apply runs as a job."""
    changed = region_file.with_name("saale-orla-neu.toml")
    changed.write_text(
        region_file.read_text("utf-8").replace(
            "Betriebe im Saale-Orla-Kreis von innen sehen", "Ausbildung im Saale-Orla-Kreis"
        ),
        encoding="utf-8",
    )
    _lifecycle_row(page, demo_server).get_by_role(
        "link", name="Aus geänderter Regionsbeschreibung aktualisieren"
    ).click()
    page.wait_for_load_state()
    # when the changed file is checked, then the change is listed and nothing is written
    page.set_input_files("input[name=region_file]", changed)
    page.click("[data-dry-run]")
    page.wait_for_load_state()
    changes = page.locator("[data-result=dry-run] [data-changes]").inner_text()
    assert "Ausbildung im Saale-Orla-Kreis" in changes
    assert "Betriebe im Saale-Orla-Kreis" in _region_home(page, demo_server)
    # when it is confirmed, then the job applies it and the region's header shows it
    page.click("[data-apply]")
    page.wait_for_selector("[data-result=applied]", timeout=JOB_TIMEOUT)
    assert "„Saale-Orla“ aktualisiert: 1 Änderung" in page.content()
    assert "Ausbildung im Saale-Orla-Kreis" in _region_home(page, demo_server)


def _region_home(page, demo_server) -> str:
    other = page.context.new_page()
    other.goto(demo_server.url(HOST, "/"))
    html = other.content()
    other.close()
    return html


def _undo_offers_import(page, demo_server) -> None:
    """Undo in the admin: the confirmation page says what happens, the job does it."""
    _lifecycle_row(page, demo_server).get_by_role(
        "link", name="Import-Läufe (rückgängig machen)"
    ).click()
    page.wait_for_load_state()
    runs = page.locator("tbody tr", has_text="Angebote")
    assert "40 neu angelegt" in runs.inner_text()
    runs.get_by_role("link", name="Rückgängig machen").click()
    page.wait_for_load_state()
    # then the confirmation names what would be removed, and nothing is removed yet
    assert "entfernt 40 neu angelegte Einträge" in page.locator("[data-undo-preview]").inner_text()
    offers = page.context.new_page()
    offers.goto(demo_server.url(HOST, "/angebote/"))
    assert "Büromanagement" in offers.content()
    # when it is confirmed, then the job removes the offers
    page.click("[data-confirm-undo]")
    page.wait_for_selector("[data-result=undone]", timeout=JOB_TIMEOUT)
    assert "40 neu angelegte Einträge entfernt" in page.content()
    offers.goto(demo_server.url(HOST, "/angebote/"))
    assert "Büromanagement" not in offers.content()
    offers.close()
    page.click("[data-job-back]")
    page.wait_for_load_state()
    assert "rückgängig gemacht am" in page.locator("tbody tr", has_text="Angebote").inner_text()


def _portal_regions(page, demo_server) -> str:
    page.goto(demo_server.url("localhost", "/"))
    return page.locator("#regions-heading + ul, #regions-heading + p").inner_text()


def _remove_region(page, demo_server) -> None:
    """Leave the shared demo as it was: deactivate, then delete (after the export)."""
    _lifecycle_row(page, demo_server).get_by_role("button", name="Deaktivieren").click()
    row = _lifecycle_row(page, demo_server)
    row.locator("input[name=bestaetigt]").check()
    row.get_by_role("button", name="Löschen").click()
    page.wait_for_load_state()
    assert "Region „Saale-Orla“ gelöscht." in page.content()
