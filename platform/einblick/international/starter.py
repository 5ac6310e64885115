"""Starter pages of the international section: the guide and the contacts directory.

Used by the transfer kit (onboard_region) and the demo. Idempotent like
`einblick.pages.starter`: a page whose slug exists under its parent is left as it is.
"""

import json

from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Locale, Page

from einblick.pages.models import HomePage

from .guide_content import CHECKLISTS, GLOSSARY, STEPS
from .models import ContactDirectoryPage, InternationalGuidePage

GUIDE_SLUG = "fachkraefte-international"
DIRECTORY_SLUG = "ansprechpartner"


def _add(parent: Page, page: Page) -> Page:
    existing = Page.objects.child_of(parent).filter(slug=page.slug).first()
    if existing is not None:
        return existing.specific
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _parent(home: HomePage) -> Page:
    """Below "Für Unternehmen" where the starter tree has it, else below the home page."""
    companies = Page.objects.child_of(home).filter(slug="fuer-unternehmen").first()
    return companies.specific if companies else home


@transaction.atomic
def build_international_pages(home: HomePage | None = None, region_name: str = "") -> dict:
    """Create the missing guide and contacts directory pages; returns them by slug."""
    home = home or HomePage.objects.get(locale=Locale.get_default())
    region = escape(region_name or home.title)
    guide = _add(
        _parent(home),
        InternationalGuidePage(
            title="Fachkräfte aus dem Ausland gewinnen",
            slug=GUIDE_SLUG,
            intro=f"<p>Ein Leitfaden für kleine Unternehmen in {region}: in zehn Schritten "
            "von der Stellenbeschreibung bis zur Einarbeitung, mit Checklisten zum Ausdrucken, "
            "einem Glossar und Ansprechpartner:innen vor Ort.</p>",
            steps=json.dumps(STEPS),
            checklists=json.dumps(CHECKLISTS),
            glossary=json.dumps(GLOSSARY),
            last_checked=timezone.localdate(),
            search_description="Leitfaden für kleine Unternehmen: Fachkräfte aus dem Ausland "
            "finden, einstellen und einarbeiten.",
        ),
    )
    directory = _add(
        guide,
        ContactDirectoryPage(
            title="Ansprechpartner:innen vor Ort",
            slug=DIRECTORY_SLUG,
            intro=f"<p>Behörden, Kammern, Beratungsstellen und Sprachschulen in {region}, "
            "die Unternehmen und Fachkräfte aus dem Ausland unterstützen.</p>",
        ),
    )
    return {GUIDE_SLUG: guide, DIRECTORY_SLUG: directory}
