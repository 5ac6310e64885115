"""Plumbing shared by the public snippets (employers, offers, events).

A public snippet has revisions, a unique slug made from its name, and a public URL that comes
from the "detail" route of its index page (`pages.OfferIndexPage`), never from a string
literal.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.cache import cache
from django.utils import translation
from modelcluster.models import ClusterableModel
from wagtail.models import DraftStateMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index

from tenants.language import url_in_language

from .address import Address
from .publishing import Publishable
from .slugs import unique_slug

INDEX_URL_KEY = "core:index-url:{}:{}"


def index_page_url(page_model: str) -> str | None:
    """Root-relative URL of the region's live index page of `page_model` ("app.Model").

    In the active language: its translation of the page, else the German page under the
    language's prefix (/en/angebote/ serves the German index with English UI, docs/i18n.md).
    Cached per region and language (the cache key function adds the schema);
    `forget_index_urls` runs whenever a page is saved, moved or deleted.
    """
    language = translation.get_language() or settings.LANGUAGE_CODE
    key = INDEX_URL_KEY.format(page_model, language)
    url = cache.get(key)
    if url is None:
        pages = apps.get_model(page_model).objects.live().order_by("path")
        page = pages.filter(locale__language_code=language).first()
        if page is not None:
            url = page.get_url() or ""
        else:
            page = pages.filter(locale__language_code=settings.LANGUAGE_CODE).first()
            url = url_in_language(page.get_url() or "", language) if page else ""
        cache.set(key, url, None)
    return url or None


def forget_index_urls(page_models) -> None:
    cache.delete_many(
        [
            INDEX_URL_KEY.format(label, code)
            for label in page_models
            for code, _name in settings.LANGUAGES
        ]
    )


class PublicSnippet(Publishable):
    """Revisions, slug and routed URL; set `slug_source` and `index_page_model`."""

    slug_source = "title"
    index_page_model = ""  # "pages.OfferIndexPage"
    detail_route = "detail"  # route name on that page, called with `slug`

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="%(class)s")

    class Meta:
        abstract = True

    @property
    def revisions(self):
        return self._revisions

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(type(self), getattr(self, self.slug_source), self.pk)
        super().save(*args, **kwargs)

    def get_url(self, request=None) -> str:
        base = index_page_url(self.index_page_model)
        if base is None:
            return ""
        resolver = apps.get_model(self.index_page_model).get_resolver()
        return base + resolver.reverse(self.detail_route, slug=self.slug)

    def get_absolute_url(self) -> str:
        return self.get_url()


class ReviewedSnippet(
    PublicSnippet,
    WorkflowMixin,
    DraftStateMixin,
    RevisionMixin,
    index.Indexed,
    ClusterableModel,
    Address,
):
    """A public snippet at an address that company logins edit as drafts and region editors
    review (employers, offers): drafts, revisions, the review workflow, child rows."""

    class Meta:
        abstract = True
