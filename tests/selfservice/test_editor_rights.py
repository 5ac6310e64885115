"""Region editors open 'Marke und Gestaltung' (docs/themes.md sends them there); companies not."""

from tests import factories
from tests.adminkit.helpers import login

BRAND = "/cms/settings/themes/brandsettings/"


def test_region_editor_opens_the_brand_settings(jena, jena_client):
    login(jena_client, jena, "redakteurin", superuser=False, groups=["Editors"])

    response = jena_client.get(BRAND, follow=True)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Sie haben leider keinen Zugang" not in html
    assert 'name="portal_name"' in html


def test_company_login_does_not_open_the_brand_settings(jena, jena_client):
    own = factories.employer("Tischlerei Eigen")
    login(jena_client, jena, "firma-a", superuser=False, employer=own)

    response = jena_client.get(BRAND, follow=True)

    assert 'name="portal_name"' not in response.content.decode()
