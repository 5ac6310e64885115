"""Count page views and searches on region hosts, after the response is built.

Placed right after the region middleware, outside any page cache, so a cached page counts
too. Nothing is written to the database here (spool.record appends a line to a file).
Not counted: bots, logged-in people (they have a session cookie), non-HTML answers, the
admin, the API, static files, errors and redirects. Page-cache hits answered by
tenants.fastpath count through the hook this middleware leaves with the kept answer
(`count_hit`, tallied in memory: einblick.insights.spool.tally).
"""

import re
from functools import partial

from django.conf import settings
from django.db import connection
from django.urls import reverse

from search.views import RESULTS_HEADER
from tenants.pagecache import HIT_HOOKS

from . import spool

SKIP = re.compile(r"^/(cms|api|static|media|marken|dokumente|kennzahlen|einbetten)/")


def normalise_query(q: str) -> str:
    return " ".join(q.lower().split())[:200]


def count_hit(events: tuple, environ) -> None:
    """A page-cache hit of a page whose answer counts `events` (tenants.fastpath calls it
    with each hit's WSGI environ): tallied in memory, unless a bot asks."""
    if spool.is_bot(environ.get("HTTP_USER_AGENT", "")):
        return
    try:
        for schema, kind, subject_type, key in events:
            spool.tally(schema, kind, subject_type, key=key)
    except OSError:  # a full disk must never break a page
        pass


class CountingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        results = response.get(RESULTS_HEADER)
        if results is not None:
            del response[RESULTS_HEADER]  # internal: visitors never see it
        events = self._events(request, response, results)
        hooks = getattr(request, HIT_HOOKS, None)
        if hooks is not None:  # an answer the fast path keeps: it counts each hit itself
            if events:
                hooks.append(partial(count_hit, tuple(events)))
            return response
        if events and not spool.is_bot(request.headers.get("User-Agent", "")):
            try:
                for schema, kind, subject_type, key in events:
                    spool.record(schema, kind, subject_type, key=key)
            except OSError:  # a full disk must never break a page
                pass
        return response

    def _events(self, request, response, results) -> list[tuple[str, str, str, str]]:
        """(schema, kind, subject type, key) of what this answer counts, for any visitor
        but a bot."""
        schema = connection.schema_name
        if (
            schema == "public"
            or request.method != "GET"
            or response.status_code != 200
            or not response.get("Content-Type", "").startswith("text/html")
            or settings.SESSION_COOKIE_NAME in request.COOKIES
            or SKIP.match(request.path)
        ):
            return []
        if request.path == reverse("search"):
            query = normalise_query(request.GET.get("q", ""))
            if not query or results is None:
                return []
            events = [(schema, "search", "query", query)]
            if results == "0":
                events.append((schema, "search_zero", "query", query))
            return events
        return [(schema, "view", "page", request.path)]
