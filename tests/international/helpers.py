"""Builders for the international section's pages (a tree below the region's home page)."""

import datetime
import json

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from einblick.international.models import (
    BestPracticeStoryPage,
    ContactDirectoryPage,
    InternationalGuidePage,
)
from einblick.pages.models import HomePage


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def guide(title="Fachkräfte aus dem Ausland", slug="international", *, last_checked=None):
    steps = [
        {
            "type": "step",
            "value": {
                "title": "Anerkennung klären",
                "what": "<p>Prüfen Sie, ob der Abschluss anerkannt werden muss.</p>",
                "who_helps": "IQ Netzwerk Thüringen",
                "documents": ["Zeugnisse", "Lebenslauf"],
                "duration": "2 bis 4 Monate",
                "links": [{"label": "Anerkennung in Deutschland", "url": "https://example.org/"}],
            },
        }
    ]
    checklists = [
        {"type": "checklist", "value": {"heading": "Vor dem Start", "items": ["Wohnung"]}}
    ]
    glossary = [
        {"type": "entry", "value": {"term": "Chancenkarte", "explanation": "Ein Visum zur Suche."}}
    ]
    page = InternationalGuidePage(
        title=title,
        slug=slug,
        intro="<p>Schritt für Schritt.</p>",
        steps=json.dumps(steps),
        checklists=json.dumps(checklists),
        glossary=json.dumps(glossary),
        last_checked=last_checked or datetime.date.today(),
    )
    return publish(HomePage.objects.get(), page)


def photo():
    return Image.objects.create(title="Team", file=get_test_image_file("team.png"))


def story(parent, title, employer=None, *, live=True, slug=None):
    page = BestPracticeStoryPage(
        title=title,
        slug=slug or title.lower().replace(" ", "-"),
        employer=employer,
        intro="Wie eine Pflegefachkraft aus Brasilien zu uns kam.",
        quote="Es hat sich gelohnt.",
        quote_author="Inhaberin",
        photo=photo(),
        photo_alt="Das Team vor der Werkstatt",
        body="<p>Die Geschichte.</p>",
        company_size="12 Beschäftigte",
        origin_country="Brasilien",
        time_to_hire="7 Monate",
    )
    parent.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
    else:
        page.live = False
        page.save(update_fields=["live"])
    return page


def directory(parent, shared=()):
    page = ContactDirectoryPage(title="Kontakte", slug="kontakte")
    parent.add_child(instance=page)
    page.shared_contacts.set(shared)
    page.save_revision().publish()
    return page
