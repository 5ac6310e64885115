"""Preview of a region in preparation: for its editors and holders of a signed preview link.

A region in preparation answers everybody else with the "in Vorbereitung" page (404,
noindex). Editors see it after logging in at /cms/; the preview link
(`/vorschau/<token>/`, signed, valid PREVIEW_DAYS days) remembers the permission in the
session, so the page cache (which skips requests with a session) never stores a preview.
"""

from django.core import signing
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.utils import translation

from .language import request_language
from .utils import region_url

PREVIEW_DAYS = 30
PREVIEW_PATH = "/vorschau/"
SESSION_KEY = "einblick_preview_region"
_SALT = "einblick.tenants.preview"
# Paths a region in preparation serves to everybody: the admin (login, invitation links),
# assets and the preview link itself.
OPEN_PREFIXES = ("/cms/", "/static/", "/media/", "/marken/", PREVIEW_PATH)


def preview_token(region) -> str:
    return signing.TimestampSigner(salt=_SALT).sign(region.slug)


def preview_url(region) -> str:
    return region_url(region.primary_host(), f"{PREVIEW_PATH}{preview_token(region)}/")


def _token_region_slug(token: str) -> str | None:
    try:
        return signing.TimestampSigner(salt=_SALT).unsign(token, max_age=PREVIEW_DAYS * 86400)
    except signing.BadSignature:  # also SignatureExpired
        return None


def is_open_path(path: str) -> bool:
    return path.startswith(OPEN_PREFIXES)


def may_preview(request, region) -> bool:
    """An editor of the region (admin access) or a visitor who opened the preview link."""
    session = getattr(request, "session", None)
    if session is not None and session.get(SESSION_KEY) == region.slug:
        return True
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"))


def open_preview(request, token: str):
    """/vorschau/<token>/: remember the preview in the session and show the home page."""
    region = request.tenant
    if not region.in_preparation:
        return HttpResponseRedirect("/")
    if _token_region_slug(token) != region.slug:
        return render(
            request,
            "tenants/region_in_preparation.html",
            {"region_name": region.name, "bad_link": True},
            status=404,
        )
    request.session[SESSION_KEY] = region.slug
    return HttpResponseRedirect("/")


def in_preparation_page(request, region):
    """The "in Vorbereitung" page (404) in the language of the URL (/en/…: English)."""
    language = request_language(request)  # answered before the URL's language is active
    with translation.override(language):
        response = render(
            request,
            "tenants/region_in_preparation.html",
            {"region_name": region.name},
            status=404,
        )
    response["X-Robots-Tag"] = "noindex"
    response["Content-Language"] = language
    return response
