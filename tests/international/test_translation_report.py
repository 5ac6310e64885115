"""The region report "Seiten ohne englische Fassung" (issue 20): live German pages without a
live English translation, region by region; not on the public host, not for company logins."""

from django_tenants.utils import tenant_context
from wagtail.models import Locale

from einblick.pages.models import HomePage, StandardPage
from einblick.pages.translation_report import pages_without_english
from tests import factories
from tests.adminkit.helpers import login

REPORT = "/cms/berichte/ohne-englische-fassung/"


def _page(title: str, slug: str, *, live: bool = True) -> StandardPage:
    page = StandardPage(title=title, slug=slug)
    HomePage.objects.get(locale__language_code="de").add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
    else:
        StandardPage.objects.filter(pk=page.pk).update(live=False)
    return page


def _translate(page: StandardPage) -> StandardPage:
    english = page.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    english.title = f"{page.title} (English)"
    english.save_revision().publish()
    return english


def test_report_lists_live_german_pages_without_english_version(jena, jena_client):
    # given a translated page, an untranslated one and an untranslated draft in Jena
    translated = _page("Kontakt", "kontakt")
    _translate(translated)
    missing = _page("Über uns", "ueber-uns")
    _page("Entwurf", "entwurf", live=False)
    login(jena_client, jena, "redaktion")
    # when the region editor opens the report
    response = jena_client.get(REPORT)
    # then it lists the untranslated live page with its editor and "Übersetzen" links
    body = response.content.decode()
    assert response.status_code == 200
    assert "Seiten ohne englische Fassung" in body
    assert "Über uns" in body
    assert f"/cms/pages/{missing.pk}/edit/" in body
    assert f"/cms/translation/submit/page/{missing.pk}/" in body
    assert f"/cms/pages/{translated.pk}/edit/" not in body
    assert "Entwurf" not in body
    titles = list(pages_without_english().values_list("title", flat=True))
    assert "Über uns" in titles
    assert "Kontakt" not in titles
    assert "Entwurf" not in titles
    assert not any(title.endswith("(English)") for title in titles)


def test_report_shows_only_the_own_regions_pages(jena_region, weimar_region, weimar_client):
    # given an untranslated page in Jena
    with tenant_context(jena_region):
        _page("Nur in Jena", "nur-in-jena")
    # when a Weimar editor opens the report
    login(weimar_client, weimar_region, "redaktion-weimar")
    body = weimar_client.get(REPORT).content.decode()
    # then Jena's page is not there
    assert "Nur in Jena" not in body
    with tenant_context(weimar_region):
        assert "Nur in Jena" not in set(pages_without_english().values_list("title", flat=True))


def test_report_is_region_only_and_closed_to_company_logins(jena, jena_client, portal_client):
    login(jena_client, jena, "firma", superuser=False, employer=factories.employer("Firma"))
    assert jena_client.get(REPORT).status_code in (302, 403)
    login(portal_client, None, "plattform")
    assert portal_client.get(REPORT).status_code == 404
