"""The language of a request comes from its URL, and from nothing else.

German URLs have no prefix, English ones start with /en/ (`i18n_patterns` with
`prefix_default_language=False`). Django's LocaleMiddleware would also read a language
cookie and Accept-Language for unprefixed URLs and then send `Vary: Accept-Language`, which
keeps those pages out of the shared page cache; neither is wanted: the same URL is always the
same page, and no anonymous visitor gets a cookie (docs/i18n.md).
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.urls import Resolver404, resolve, translate_url
from django.utils import translation


class UrlLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = translation.get_language_from_path(request.path_info)
        language = language or settings.LANGUAGE_CODE
        request.LANGUAGE_CODE = language
        # Restored afterwards: code after the request (tests, commands) keeps its language.
        with translation.override(language):
            response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


def url_in_language(url: str, language: str) -> str:
    """The same route in `language`: "/angebote/?typ=x" -> "/en/angebote/?typ=x" and back.

    URLs outside `i18n_patterns` (files, feeds, external addresses) come back unchanged. A
    path that resolves to nothing (a 404 page) only changes its language prefix.
    """
    if not url.startswith("/"):
        return url
    source = translation.get_language_from_path(url) or settings.LANGUAGE_CODE
    with translation.override(source):
        try:
            resolve(urlsplit(url).path)
        except Resolver404:
            return _with_prefix(url, source, language)
        return translate_url(url, language)


def _with_prefix(url: str, source: str, language: str) -> str:
    """`url` with the language prefix of `language` instead of `source`'s (German: none)."""
    if source != settings.LANGUAGE_CODE:
        url = url[len(source) + 1 :]
    if language != settings.LANGUAGE_CODE:
        url = f"/{language}{url}"
    return url


def supported(code) -> str:
    """`code` if it is a public language ("de", "en"), else German: a stored or posted code
    that the portal does not have never reaches `translation.override`."""
    codes = {code for code, _name in settings.LANGUAGES}
    return code if isinstance(code, str) and code in codes else settings.LANGUAGE_CODE


def request_language(request) -> str:
    """The language of the request's URL (/en/… → "en"); German for every other path.

    Also usable before UrlLanguageMiddleware ran (region middleware answering a deactivated
    or preparing region)."""
    code = getattr(request, "LANGUAGE_CODE", None)
    return supported(code or translation.get_language_from_path(request.path_info))


def languages() -> list[tuple[str, str]]:
    """(code, name) of every public language, German first."""
    return list(settings.LANGUAGES)
