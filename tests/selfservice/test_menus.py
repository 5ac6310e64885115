"""Each role sees only the Wagtail menus it works with (issue 15: leftovers confuse)."""

import html as html_lib
import json
import re

from tests.adminkit.helpers import login

LEFTOVERS = {"collections", "redirects", "workflows", "workflow-tasks", "reports"}


def _menu_names(page: str) -> set[str]:
    """Names of all entries (submenus included) in the sidebar's JSON props."""
    props = re.search(r'id="wagtail-sidebar-props"[^>]*>(.*?)</script>', page, flags=re.S)
    text = html_lib.unescape(props.group(1))
    return set(re.findall(r'"name":\s*"([^"]+)"', json.dumps(json.loads(text))))


def test_region_editor_sees_no_wagtail_leftovers(jena, jena_client):
    login(jena_client, jena, "redakteurin", superuser=False, groups=["Editors"])

    names = _menu_names(jena_client.get("/cms/").content.decode())

    assert names & LEFTOVERS == set()
    assert {"explorer", "settings", "arbeitgeber", "angebote"} <= names


def test_region_superuser_keeps_the_technical_menus(jena, jena_client):
    login(jena_client, jena, "technik", superuser=True)

    names = _menu_names(jena_client.get("/cms/").content.decode())

    assert {"collections", "redirects", "reports", "explorer"} <= names


def test_platform_admin_sees_no_pages_and_no_page_count(portal_client):
    login(portal_client, None, "plattform")

    page = portal_client.get("/cms/").content.decode()
    names = _menu_names(page)

    assert names & (LEFTOVERS | {"explorer"}) == set()
    assert "taxonomien" in names
    assert "Seite</" not in page and "Seiten</" not in page
