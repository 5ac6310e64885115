"""Wagtail lookups every page view repeats, answered from the per-region cache.

- View restrictions: Wagtail checks each served page and its ancestors for restrictions
  (two queries). Regions rarely have any; whether the region has one is kept until its
  content version moves on (saving or deleting a restriction moves it), and a region without
  any skips the lookup.
- The active Locale: routing asks for it on every request (Page.localized); it is kept per
  region and language in the same way (tenants.apps installs `cached_active_locale`).
"""

from django.db import connection
from django.utils import translation
from wagtail import hooks
from wagtail.models import Locale, PageViewRestriction

from . import versions


def _scope() -> str:
    return versions.own_scope(connection.schema_name)


def has_view_restrictions() -> bool:
    return versions.cached_per_scope(
        _scope(), "view-restrictions", PageViewRestriction.objects.exists
    )


@hooks.register("on_serve_page", order=-100)  # outermost: before Wagtail's own check
def skip_view_restrictions_when_none(serve):
    def inner(page, request, args, kwargs):
        if not has_view_restrictions():
            page.get_view_restrictions = PageViewRestriction.objects.none
        return serve(page, request, args, kwargs)

    return inner


_uncached_get_active = Locale.get_active.__func__


def cached_active_locale(cls):
    """Locale.get_active, kept per region and language until the content version moves."""
    language = translation.get_language()
    return versions.cached_per_scope(
        _scope(), f"locale:{language}", lambda: _uncached_get_active(cls)
    )


def install() -> None:
    Locale.get_active = classmethod(cached_active_locale)
