"""Editorial demo pages for the demo regions (called by `load_demo_content`).

Deterministic and idempotent: the starter tree plus a few news items; pages that exist
are left as they are.
"""

import datetime
import json

from django.utils import timezone
from wagtail.models import Locale

from einblick.core.streamfield import stream_block
from einblick.pages.models import HomePage, NewsIndexPage, NewsPage
from einblick.pages.starter import build_starter_pages
from themes.models import BrandSettings

from .branding import DEMO_BRANDS
from .outlook import load_demo_outlook

NEWS = [
    (
        "ausbildungsmesse-angekuendigt",
        "Ausbildungsmesse: Über 40 Betriebe stellen sich vor",
        "Am Messetag kannst du Azubis und Ausbilder:innen direkt fragen, wie ihr Alltag aussieht.",
        3,
    ),
    (
        "ferienjobs-sommer",
        "Ferienjobs für den Sommer jetzt online",
        "Vom Café bis zur Werkhalle: Die ersten Ferienjobs für die Sommerferien sind da.",
        10,
    ),
    (
        "neue-betriebe",
        "Neu dabei: Handwerksbetriebe aus der Region",
        "Mehrere kleine Betriebe zeigen jetzt, was sie ausbilden – mit denselben Möglichkeiten wie große Unternehmen.",
        21,
    ),
]


def _contact_email(region) -> str:
    """The address the footer shows (the region's brand settings): one address per region."""
    brand = BrandSettings.objects.first()
    demo = DEMO_BRANDS.get(region.slug, {}).get("agency_email", "")
    return (brand.agency_email if brand else "") or demo


def load_demo_pages(region, today: datetime.date | None = None) -> dict:
    """Build the starter tree of `region` (current schema) and add demo news."""
    today = today or timezone.localdate()
    pages = build_starter_pages(
        HomePage.objects.get(locale=Locale.get_default()),
        region.name,
        operator=f"Wirtschaftsförderung {region.name} (Demo)",
        contact_email=_contact_email(region),
    )
    news_index = pages["aktuelles"]
    if isinstance(news_index, NewsIndexPage):
        for slug, title, intro, days_ago in NEWS:
            if NewsPage.objects.child_of(news_index).filter(slug=slug).exists():
                continue
            body = [stream_block("text", f"<p>{intro}</p>")]
            page = NewsPage(
                title=title,
                slug=slug,
                intro=intro,
                date=today - datetime.timedelta(days=days_ago),
                body=json.dumps(body),
            )
            news_index.add_child(instance=page)
            page.save_revision().publish()
    outlook = load_demo_outlook(
        region, pages.get("fuer-schuelerinnen") or HomePage.objects.get(locale=Locale.get_default())
    )
    if outlook is not None:
        pages[outlook.slug] = outlook
    return pages
