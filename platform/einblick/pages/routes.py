"""URLs of the list pages, from the routable index pages (never string literals)."""

from django.db.models.signals import post_delete, post_save
from django.utils.http import urlencode
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from einblick.core.snippets import forget_index_urls, index_page_url

INDEX_PAGES = {
    "offers": "pages.OfferIndexPage",
    "employers": "pages.EmployerIndexPage",
    "events": "pages.EventIndexPage",
}


def list_url(kind: str, **params) -> str:
    """The list page of `kind` ("offers", "employers", "events"), with query parameters."""
    base = index_page_url(INDEX_PAGES[kind]) or "/"
    query = urlencode({k: v for k, v in params.items() if v not in (None, "")})
    return base + (f"?{query}" if query else "")


def _forget(sender=None, instance=None, **kwargs):
    if instance is None or isinstance(instance, Page):
        forget_index_urls(INDEX_PAGES.values())


def connect_signals() -> None:
    for signal in (post_save, post_delete, page_published, page_unpublished, post_page_move):
        signal.connect(_forget, dispatch_uid=f"pages-index-urls-{id(signal)}")
