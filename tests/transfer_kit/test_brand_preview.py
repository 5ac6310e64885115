"""The dry run shows the logo on the header colour and warns when it hardly stands out."""

import shutil
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from PIL import Image

from tests import factories
from transfer_kit.onboarding.brand_preview import brand_preview
from transfer_kit.regionfile.loader import load_region_file

EXAMPLES = Path(__file__).resolve().parents[2] / "transfer_kit" / "examples"
PAGE = "/cms/region-einrichten/"


def _gera_with_logo(folder: Path, colour: str) -> Path:
    """gera.toml (header colour #fff4d6) with a 300 × 100 px logo of one colour."""
    shutil.copy(EXAMPLES / "gera.toml", folder / "gera.toml")
    Image.new("RGB", (300, 100), colour).save(folder / "gera-logo.png")
    return folder / "gera.toml"


def test_a_dark_logo_on_the_light_header_passes_without_warning(tmp_path):
    rf, _ = load_region_file(_gera_with_logo(tmp_path, "#0b5a8c"))
    preview = brand_preview(rf)
    assert (preview["background"], preview["text"], preview["name"]) == (
        "#fff4d6",
        "#2a2620",
        "Einblick Gera",
    )
    assert preview["logo"].startswith("data:image/png;base64,")
    assert preview["warning"] == ""


def test_a_pale_logo_on_the_light_header_gets_a_warning_with_its_fix(tmp_path):
    rf, _ = load_region_file(_gera_with_logo(tmp_path, "#ffe9b0"))
    assert brand_preview(rf)["warning"] == (
        "Achtung: Das Logo hebt sich kaum von der Kopfzeile ab – nur 0 % seiner Fläche "
        "erreichen den Kontrast 3,00:1 zur Kopfzeilenfarbe #fff4d6. So beheben: eine helle "
        "bzw. dunkle Logo-Variante verwenden oder theme.brand.secondary_color ändern."
    )


def test_dry_run_in_the_admin_shows_the_brand_preview_and_the_warning(
    taxonomies, portal_client, settings, tmp_path
):
    # given the Gera files with a pale logo
    settings.TRANSFER_UPLOAD_DIR = tmp_path / "uploads"
    folder = tmp_path / "in"
    folder.mkdir()
    _gera_with_logo(folder, "#ffe9b0")
    connection.set_schema_to_public()
    portal_client.force_login(factories.user("plattform-admin", superuser=True))
    files = [
        SimpleUploadedFile("gera-logo.png", (folder / "gera-logo.png").read_bytes()),
        *[
            SimpleUploadedFile(name, (EXAMPLES / name).read_bytes())
            for name in ("gera-arbeitgeber.csv", "gera-angebote.csv")
        ],
    ]
    region_file = SimpleUploadedFile("gera.toml", (folder / "gera.toml").read_bytes())
    # when the dry run is started
    response = portal_client.post(PAGE, {"region_file": region_file, "files": files}, follow=True)
    html = response.content.decode()  # the finished dry-run job's page
    # then the header preview shows the logo on the header colour, with the warning
    assert '<div data-brand-preview style="background: #fff4d6; color: #2a2620;' in html
    assert '<img src="data:image/png;base64,' in html
    assert "<strong>Einblick Gera</strong>" in html
    assert "Achtung: Das Logo hebt sich kaum von der Kopfzeile ab – nur 0 %" in html
