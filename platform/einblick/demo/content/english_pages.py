"""English versions of key demo pages (issue 20): the home page, every page of the main
menu (so the English menu has no German title), the demo news, the international guide and
its contacts directory.

Made like an editor makes them: Wagtail's translation copy of the German page
(`copy_for_translation`, as simple_translation's "Übersetzen" does), English text in, then
published. Idempotent: an existing translation is left as it is (editors may have changed it).
"""

import json

from wagtail.models import Locale, Page

from einblick.core.streamfield import stream_block
from einblick.international.starter import DIRECTORY_SLUG

from . import english_data

NEWS_SLUG = "aktuelles"
STREAM_FIELDS = ("body", "steps", "checklists", "glossary")


def _stream(value) -> str:
    """Raw StreamField JSON from (type, value) pairs or raw block dicts."""
    blocks = [
        stream_block(item[0], item[1]) if isinstance(item, tuple) else {**item} for item in value
    ]
    return json.dumps(blocks)


def translate(page: Page, locale: Locale, values: dict) -> Page:
    """The published English translation of `page` with `values`; an existing one is kept."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    copy = page.specific.copy_for_translation(locale)
    for name, value in values.items():
        setattr(copy, name, _stream(value) if name in STREAM_FIELDS else value)
    copy.save_revision().publish()
    return copy


def load_english_pages(region, home: Page, guide: Page | None) -> dict:
    """English home, main-menu pages, news and guide of `region` (current schema), by slug."""
    english = Locale.objects.get(language_code="en")
    pages = {"home": translate(home, english, english_data.home(region.name))}
    menu = english_data.menu(region.name)
    for page in home.get_children().live().in_menu():
        if page.slug in menu:
            pages[page.slug] = translate(page, english, menu[page.slug])
    news_index = Page.objects.child_of(home).filter(slug=NEWS_SLUG).first()
    if news_index is not None and NEWS_SLUG in pages:
        for item in news_index.get_children().live():
            values = english_data.news(item.slug)
            if values is not None:
                pages[item.slug] = translate(item, english, values)
    if guide is not None and guide.get_parent().get_translation_or_none(english) is not None:
        pages[guide.slug] = translate(guide, english, english_data.guide(region.name))
        directory = Page.objects.child_of(guide).filter(slug=DIRECTORY_SLUG).first()
        if directory is not None:
            values = english_data.directory(region.name)
            pages[DIRECTORY_SLUG] = translate(directory, english, values)
    return pages
