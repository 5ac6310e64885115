"""The international guide page, best-practice stories and the report of overdue guides."""

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone
from django_tenants.utils import tenant_context

from einblick.international.models import BestPracticeStoryPage, InternationalGuidePage
from tests import factories
from tests.adminkit.helpers import login

from . import helpers

REPORT = "/cms/berichte/leitfaeden-pruefen/"


def test_guide_shows_steps_checklists_glossary_and_the_check_date(jena, jena_client):
    page = helpers.guide(last_checked=datetime.date(2026, 11, 2))
    body = jena_client.get(page.url).content.decode()
    assert "<h3>Anerkennung klären</h3>" in body
    assert "<dt>Typische Dauer</dt><dd>2 bis 4 Monate</dd>" in body
    assert "<li>Zeugnisse</li>" in body
    assert '<a href="https://example.org/" rel="noopener">Anerkennung in Deutschland</a>' in body
    assert "<h3>Vor dem Start</h3>" in body
    assert '<dt lang="de">Chancenkarte</dt><dd>Ein Visum zur Suche.</dd>' in body
    assert 'Zuletzt geprüft am <time datetime="2026-11-02">2. November 2026</time>' in body
    assert "/static/international/guide.css" in body


def test_guide_lists_upcoming_events_of_the_topic_only(jena, jena_client):
    soon = timezone.now() + datetime.timedelta(days=7)
    factories.event("Infoabend Fachkräfte aus Indien", start=soon, kind="fachkraefte_international")
    factories.event("Ausbildungsmesse", start=soon, kind="ausbildungsmesse")
    body = jena_client.get(helpers.guide().url).content.decode()
    assert "Infoabend Fachkräfte aus Indien" in body
    assert "Ausbildungsmesse" not in body


def test_story_shows_quote_photo_with_alt_text_and_facts(jena, jena_client):
    employer = factories.employer("Pflegedienst Saale")
    page = helpers.story(helpers.guide(), "Pflege mit Herz", employer)
    body = jena_client.get(page.url).content.decode()
    assert "<p>„Es hat sich gelohnt.“</p><footer>– Inhaberin</footer>" in body
    assert 'alt="Das Team vor der Werkstatt"' in body
    assert "<dt>Herkunftsland</dt><dd>Brasilien</dd>" in body
    assert "<dt>Dauer bis zur Einstellung</dt><dd>7 Monate</dd>" in body


def test_story_needs_a_photo_and_its_alt_text(jena):
    story = BestPracticeStoryPage(title="Ohne Foto", photo_alt=" ")
    try:
        story.clean()
    except ValidationError as error:
        assert error.message_dict == {"photo": ["Bitte ein Foto wählen."]}
    else:
        raise AssertionError("a story without photo must not validate")


def test_employer_profile_links_its_live_stories_only(jena, jena_client):
    # given an employer with a published and a draft story, and another employer's story
    own = factories.employer("Pflegedienst Saale")
    other = factories.employer("Bäckerei Korn")
    guide = helpers.guide()
    helpers.story(guide, "Pflege mit Herz", own)
    helpers.story(guide, "Entwurf Pflege", own, live=False)
    helpers.story(guide, "Backen mit Welt", other)
    # then the profile links only its own published story
    body = jena_client.get(own.get_url()).content.decode()
    assert "Pflege mit Herz" in body
    assert "Entwurf Pflege" not in body
    assert "Backen mit Welt" not in body


def test_draft_story_is_not_public_and_company_logins_cannot_edit_stories(jena, jena_client):
    # given a draft story about company A
    company_a = factories.employer("Firma A")
    company_b = factories.employer("Firma B")
    draft = helpers.story(helpers.guide(), "Entwurf A", company_a, live=False)
    # then anonymous visitors get a 404
    assert jena_client.get("/international/entwurf-a/").status_code == 404
    # and a login of company B can neither open its editor nor its preview
    login(jena_client, jena, "firma-b", superuser=False, employer=company_b)
    for url in (f"/cms/pages/{draft.pk}/edit/", f"/cms/pages/{draft.pk}/view_draft/"):
        response = jena_client.get(url)
        assert response.status_code in (302, 403), url
        assert "Entwurf A" not in response.content.decode()


def test_report_lists_guides_not_checked_for_a_year(jena, jena_client):
    # given a fresh guide and one checked 13 months ago
    login(jena_client, jena)
    helpers.guide("Aktueller Leitfaden", "aktuell")
    old = helpers.guide(
        "Alter Leitfaden", "alt", last_checked=timezone.localdate() - datetime.timedelta(days=400)
    )
    # when the report is opened
    response = jena_client.get(REPORT)
    # then only the old one is listed, linked to its editor
    assert response.status_code == 200
    body = response.content.decode()
    assert "Alter Leitfaden" in body
    assert "Aktueller Leitfaden" not in body
    assert f"/cms/pages/{old.pk}/edit/" in body
    assert list(InternationalGuidePage.overdue()) == [old]


def test_report_is_region_only_and_closed_to_company_logins(jena, jena_client, portal_client):
    login(jena_client, jena, "firma", superuser=False, employer=factories.employer("Firma"))
    response = jena_client.get(REPORT)
    assert response.status_code in (302, 403)
    login(portal_client, None, "plattform")
    assert portal_client.get(REPORT).status_code == 404


def test_guides_stay_in_their_region(jena_region, weimar_region, weimar_client):
    with tenant_context(jena_region):
        helpers.guide("Leitfaden Jena", "international", last_checked=datetime.date(2024, 1, 1))
    with tenant_context(weimar_region):
        assert InternationalGuidePage.objects.count() == 0
        assert list(InternationalGuidePage.overdue()) == []
    assert weimar_client.get("/international/").status_code == 404
