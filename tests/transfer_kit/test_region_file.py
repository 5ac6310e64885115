"""Region file: schema validation reports every problem with path, expected, found, fix."""

import json
from pathlib import Path

from jsonschema import Draft202012Validator

from transfer_kit.regionfile.checks import check_installation
from transfer_kit.regionfile.loader import RegionFile, load_region_file
from transfer_kit.regionfile.validator import SCHEMA_PATH, in_file_order, validate

EXAMPLE = Path(__file__).resolve().parents[2] / "transfer_kit" / "examples" / "gera.toml"


def test_example_file_is_valid():
    # when
    rf, problems = load_region_file(EXAMPLE)
    # then
    assert problems == []
    assert rf["slug"] == "gera"
    assert rf.logo_path.name == "gera-logo.png" and rf.logo_path.is_file()
    assert [e["role"] for e in rf.editors] == ["admin", "moderator", "editor"]
    assert len(rf.pages) == 10


def test_published_schema_is_json_with_hints_on_every_leaf():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))

    def leaves(node, path=""):
        props = node.get("properties") or node.get("items", {}).get("properties")
        if not props:
            yield path, node
            return
        for key, child in props.items():
            yield from leaves(child, f"{path}.{key}")

    missing = [
        path
        for path, leaf in leaves(schema)
        if "x-fix" not in leaf and "x-fix" not in leaf.get("items", {})
    ]
    assert missing == []


def test_published_schema_is_a_valid_draft_2020_12_schema():
    Draft202012Validator.check_schema(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def test_every_problem_is_reported_with_path_expected_found_and_fix(db, tmp_path):
    # given a file with several mistakes at once
    data = {
        "format": 1,
        "name": "G",
        "slug": "Gera Stadt",
        "domains": ["http://gera.de/"],
        "state": "XX",
        "theme": {"name": "default", "brand": {"primary_color": "blau"}},
        "agency": {"name": "WiFö", "email": "kein-at-zeichen"},
        "legal": {"imprint_url": "www.gera.de/impressum", "privacy_url": "https://x.de/ds"},
        "towns": [{"name": "Gera", "latitude": 12.08, "longitude": 50.88}],
        "editors": [{"name": "Anna A", "email": "anna@gera.de"}, {"name": "Bo", "email": "bo"}],
        "pages": {"create": ["angebote", "kontakt"]},
        "colour": "rot",
    }
    # when the structure and the installation (region fields) are checked
    structure = validate(data)
    rf = RegionFile(tmp_path / "gera.toml", data)
    problems = in_file_order(structure + check_installation(rf, structure), data)
    # then
    assert [p.path for p in problems] == [
        "name",
        "slug",
        "domains[0]",
        "state",
        "theme.brand.primary_color",
        "agency.email",
        "legal.imprint_url",
        "towns[0].latitude",
        "towns[0].longitude",
        "editors[1].email",
        "pages.create[1]",
        "colour",
    ]
    email = next(p for p in problems if p.path == "editors[1].email")
    assert email.expected == "eine E-Mail-Adresse wie name@example.de"
    assert email.found == "„bo“"
    assert "ein @" in email.fix
    assert problems[-1].found == "unbekanntes Feld „colour“"


def test_missing_required_fields_and_wrong_types_are_reported():
    problems = validate({"format": 1, "name": 5, "domains": "gera.localhost", "editors": []})
    by_path = {p.path: p for p in problems}
    assert set(by_path) == {
        "name",
        "domains",
        "editors",
        "slug",
        "state",
        "theme",
        "agency",
        "legal",
    }
    assert by_path["slug"].found == "(fehlt)"
    assert by_path["name"].expected.endswith("(Text in Anführungszeichen)")
    assert by_path["editors"].found == "eine Liste mit 0 Einträgen"


def test_toml_syntax_error_names_line_and_column(tmp_path):
    path = tmp_path / "kaputt.toml"
    path.write_text('format = 1\nname = "Gera\n', encoding="utf-8")
    rf, problems = load_region_file(path)
    assert rf is None
    assert problems[0].path.startswith("(Datei, Zeile 2")
    assert problems[0].expected == "gültiges TOML"


def test_colours_below_wcag_contrast_are_reported_with_a_passing_shade():
    from transfer_kit.onboarding.brand import check_brand

    problems = check_brand({"name": "stadt", "brand": {"primary_color": "#9fd3ff"}})
    assert [p.path for p in problems][:1] == ["theme.brand.primary_color"]
    assert "Kontrastverhältnis" in problems[0].found
    assert problems[0].fix.startswith("Farbton #")


def _with_logo(tmp_path, name: str, content: bytes) -> RegionFile:
    (tmp_path / name).write_bytes(content)
    text = EXAMPLE.read_text(encoding="utf-8").replace('"gera-logo.png"', f'"{name}"')
    (tmp_path / "gera.toml").write_text(text.split("[imports]")[0], encoding="utf-8")
    rf, problems = load_region_file(tmp_path / "gera.toml")
    assert problems == []
    return rf


def _png(width: int, height: int) -> bytes:
    from io import BytesIO

    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (width, height), "white").save(buffer, "PNG")
    return buffer.getvalue()


def test_a_text_file_named_png_and_a_tiny_logo_are_named_in_the_check(db, tmp_path):
    # given a text file renamed to .png, then a 10 × 10 px logo
    fake = _with_logo(tmp_path, "logo.png", b"Das ist kein Bild")
    tiny = _with_logo(tmp_path, "klein.png", _png(10, 10))
    # when the installation checks run
    fake_problems = [p for p in check_installation(fake) if p.path == "theme.logo"]
    tiny_problems = [p for p in check_installation(tiny) if p.path == "theme.logo"]
    # then each names the field, what was found and the fix
    assert [(p.found, p.fix) for p in fake_problems] == [
        (
            "„logo.png“ ist kein lesbares PNG-, JPG- oder WebP-Bild",
            "Das Logo im Grafikprogramm als PNG exportieren (nicht nur umbenennen).",
        )
    ]
    assert [p.found for p in tiny_problems] == ["„klein.png“ ist 10 × 10 px groß"]
    good = _with_logo(tmp_path, "gut.png", _png(300, 96))
    assert [p for p in check_installation(good) if p.path == "theme.logo"] == []
