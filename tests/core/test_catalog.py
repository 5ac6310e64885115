"""The English catalogs (top-level and per app): every UI string translated, and the
committed .mo matches the .po."""

import ast
import gettext
import re
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings

CATALOG = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES"


def catalogs() -> list[Path]:
    """The LC_MESSAGES folders of the top-level English catalog and of every project app
    that has one (not those of installed libraries)."""
    found = []
    for config in apps.get_app_configs():
        folder = Path(config.path) / "locale" / "en" / "LC_MESSAGES"
        if "site-packages" not in folder.parts and (folder / "django.po").exists():
            found.append(folder)
    return [CATALOG] + sorted(set(found))


def _po_entries(path: Path) -> dict:
    """msgid -> msgstr (a plural entry: (msgid, msgid_plural) -> [forms]) of a .po file."""
    entries, current, key = {}, {}, None
    for line in path.read_text().splitlines() + [""]:
        if not line.strip():
            if "msgid" in current:
                if "msgid_plural" in current:
                    forms = [current[k] for k in sorted(current) if k.startswith("msgstr[")]
                    entries[(current["msgid"], current["msgid_plural"])] = forms
                else:
                    entries[current["msgid"]] = current.get("msgstr", "")
            current, key = {}, None
        elif line.startswith("#"):
            current.setdefault("flags", "")
            current["flags"] += line
        else:
            match = re.match(r'^(msgid_plural|msgid|msgstr(?:\[\d\])?) (".*")$', line)
            if match:
                key = match.group(1)
                current[key] = ast.literal_eval(match.group(2))
            else:
                current[key] += ast.literal_eval(line)
    return entries


@pytest.mark.parametrize("catalog", catalogs(), ids=lambda d: str(d.parents[2].name))
def test_every_english_ui_string_is_translated(catalog):
    entries = _po_entries(catalog / "django.po")
    untranslated = [
        msgid
        for msgid, msgstr in entries.items()
        if msgid and (not msgstr or (isinstance(msgstr, list) and not all(msgstr)))
    ]

    assert len(entries) >= 4
    assert untranslated == []
    assert "fuzzy" not in (catalog / "django.po").read_text()


@pytest.mark.parametrize("catalog", catalogs(), ids=lambda d: str(d.parents[2].name))
def test_compiled_catalog_matches_the_po_file(catalog):
    entries = _po_entries(catalog / "django.po")
    with (catalog / "django.mo").open("rb") as mo:
        compiled = gettext.GNUTranslations(mo)

    for msgid, msgstr in entries.items():
        if not msgid:
            continue
        if isinstance(msgid, tuple):
            assert compiled.ngettext(msgid[0], msgid[1], 1) == msgstr[0]
            assert compiled.ngettext(msgid[0], msgid[1], 2) == msgstr[1]
        else:
            assert compiled.gettext(msgid) == msgstr, msgid
    # a plural entry is one key per form in the compiled catalog
    forms = sum(len(msgstr) if isinstance(msgid, tuple) else 1 for msgid, msgstr in entries.items())
    assert len(compiled._catalog) == forms
