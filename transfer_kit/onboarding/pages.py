"""Build the starter page tree under the region's home page."""

from django.apps import apps
from django.utils import timezone
from wagtail.models import Site

from .starter_texts import HOME, PAGES, page_context

# INTEGRATION SEAM (content-web): richer page types are used as soon as einblick.pages offers
# them; until then every starter page is a StandardPage.
PAGE_TYPES = {
    "angebote": "OfferIndexPage",
    "arbeitgeber": "EmployerIndexPage",
    "veranstaltungen": "EventIndexPage",
}


def page_model(key: str):
    from einblick.pages.models import StandardPage

    name = PAGE_TYPES.get(key)
    if name:
        try:
            return apps.get_model("pages", name)
        except LookupError:
            pass
    return StandardPage


# Starter texts name blocks "heading"/"paragraph"; einblick.pages calls rich text "text".
BLOCK_TYPES = {"paragraph": "text"}


def _stream(blocks: list[tuple[str, str]], context: dict) -> list[dict]:
    return [
        {"type": BLOCK_TYPES.get(kind, kind), "value": text.format(**context)}
        for kind, text in blocks
    ]


def _fill(page, blocks: list[tuple[str, str]], context: dict) -> None:
    fields = {f.name for f in page._meta.get_fields()}
    if "body" in fields:
        page.body = _stream(blocks, context)
    elif "intro" in fields:
        page.intro = "".join(t.format(**context) for k, t in blocks if k == "paragraph")


def build_page_tree(rf, home_url: str) -> list:
    """Fill the home page and create the chosen starter pages (current schema = the region).

    Pages are saved live directly, without a revision each: publishing eleven revisions costs
    seconds, and Wagtail edits a page without unpublished changes from its live row anyway.
    The first edit in the CMS creates the first revision.
    """
    context = page_context(rf, home_url)
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    _fill(home, HOME, context)
    home.has_unpublished_changes = False
    home.save()
    now = timezone.now()
    created = []
    for key in rf.pages:
        title, slug, blocks = PAGES[key]
        model = page_model(key)
        # Index pages (angebote, arbeitgeber, veranstaltungen) exist from provisioning.
        page = model.objects.child_of(home).filter(slug=slug).first()
        if page is not None:
            _fill(page, blocks, context)
            page.save()
        else:
            page = model(
                title=title,
                slug=slug,
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
            )
            _fill(page, blocks, context)
            home.add_child(instance=page)
        created.append(page)
    return created
