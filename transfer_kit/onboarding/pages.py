"""The region's starter page tree: the platform's starter pages plus the region file's data.

`einblick.pages.starter.build_starter_pages` is the one source of the starter tree (home,
index pages, audience pages, guide, news, legal pages). The transfer kit adds what only the
region file knows: the copy-paste button for school websites, the legal links and the
responsible person; and removes optional pages the region file did not ask for.
"""

import json

from wagtail.models import Page, Site

from einblick.core.streamfield import stream_block

from .starter_texts import LEGAL_LINKS, SCHOOL_SNIPPET, page_context

# region-file key → slug of the starter page (index pages are structural and always exist)
PAGE_SLUGS = {
    "angebote": "angebote",
    "arbeitgeber": "arbeitgeber",
    "veranstaltungen": "veranstaltungen",
    "schueler": "fuer-schuelerinnen",
    "eltern": "fuer-eltern",
    "schulen": "fuer-schulen",
    "unternehmen": "fuer-unternehmen",
    "impressum": "impressum",
    "datenschutz": "datenschutz",
    "barrierefreiheit": "barrierefreiheit",
}
STRUCTURAL = {"angebote", "arbeitgeber", "veranstaltungen"}


_block = stream_block


def _append(page: Page, blocks: list[dict]) -> None:
    page = Page.objects.get(pk=page.pk).specific  # fresh copy: never write back a stale numchild
    page.body = json.dumps(list(page.body.raw_data) + blocks)
    page.save_revision().publish()


def build_page_tree(rf, home_url: str) -> dict[str, Page]:
    """Create the starter tree in the current region schema; returns the pages by slug."""
    from einblick.pages.starter import build_starter_pages

    home = Site.objects.get(is_default_site=True).root_page.specific
    pages = build_starter_pages(
        home,
        rf["name"],
        operator=rf["agency"]["name"],
        contact_email=rf["agency"]["email"],
    )
    context = page_context(rf, home_url)
    wanted = set(rf.pages) | STRUCTURAL
    for key, slug in PAGE_SLUGS.items():
        page = pages.get(slug)
        if page is None:
            continue
        if key not in wanted:
            page.delete()
            pages.pop(slug)
        elif key == "schulen":
            _append(page, [_block(kind, text.format(**context)) for kind, text in SCHOOL_SNIPPET])
        elif key in LEGAL_LINKS:
            _append(page, [_block("text", LEGAL_LINKS[key].format(**context))])
    if "unternehmen" in wanted:  # the guide for recruiting from abroad sits below it
        from einblick.international.starter import build_international_pages

        pages.update(build_international_pages(home, rf["name"]))
    return pages
