"""Search hits in the page's language (issue 20).

On the English portal an offer shows the company's English title and summary (the offer
adapter puts them into the document's `extra` as `title_en` and `summary_en`); an offer
without a translation, and every employer and event, keeps its German text and is marked
German (`hit.language`), so the page can set `lang="de"` and add the note.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from django.utils.html import escape

from .params import ParamError

LANGUAGES = ("de", "en")


def localise(hits, language: str) -> None:
    """With `language` en: links to the English pages (/en/…), and the English title and
    summary of translated offers."""
    for hit in hits:
        hit.language = "de"
        if language != "en":
            continue
        hit.url, hit.path = english_url(hit.url), english_url(hit.path)
        if hit.kind != "offer":
            continue
        title = (hit.extra or {}).get("title_en")
        if title:
            hit.title = title
            hit.language = "en"
            summary = hit.extra.get("summary_en")
            if summary:
                hit.snippet = escape(summary)


def english_url(url: str) -> str:
    """The page's English address: its path under /en/ (public pages are served there)."""
    parts = urlsplit(url)
    if not parts.path.startswith("/") or parts.path.startswith("/en/"):
        return url
    return urlunsplit(parts._replace(path="/en" + parts.path))


def requested_language(params) -> str:
    """`sprache` of the JSON API: de (default) or en; ParamError otherwise."""
    value = (params.get("sprache") or "").strip() or "de"
    if value not in LANGUAGES:
        raise ParamError("sprache", "Erlaubt sind „de“ und „en“.")
    return value


def page_language(language_code: str | None) -> str:
    """The language of a page request (`translation.get_language()`): en or de."""
    return "en" if (language_code or "").split("-")[0] == "en" else "de"
