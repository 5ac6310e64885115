"""Count page views and searches on region hosts, after the response is built.

Placed right after the region middleware, outside any page cache, so a cached page counts
too. Nothing is written to the database here (spool.record appends a line to a file).
Not counted: bots, logged-in people (they have a session cookie), non-HTML answers, the
admin, the API, static files, errors and redirects.
"""

import re

from django.conf import settings
from django.db import connection
from django.urls import reverse

from search.views import RESULTS_HEADER

from . import spool

SKIP = re.compile(r"^/(cms|api|static|media|marken|dokumente|kennzahlen|einbetten)/")


def normalise_query(q: str) -> str:
    return " ".join(q.lower().split())[:200]


class CountingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        results = response.get(RESULTS_HEADER)
        if results is not None:
            del response[RESULTS_HEADER]  # internal: visitors never see it
        try:
            self._count(request, response, results)
        except OSError:  # a full disk must never break a page
            pass
        return response

    def _count(self, request, response, results):
        schema = connection.schema_name
        if (
            schema == "public"
            or request.method != "GET"
            or response.status_code != 200
            or not response.get("Content-Type", "").startswith("text/html")
            or settings.SESSION_COOKIE_NAME in request.COOKIES
            or SKIP.match(request.path)
            or spool.is_bot(request.headers.get("User-Agent", ""))
        ):
            return
        if request.path == reverse("search"):
            query = normalise_query(request.GET.get("q", ""))
            if query and results is not None:
                spool.record(schema, "search", "query", key=query)
                if results == "0":
                    spool.record(schema, "search_zero", "query", key=query)
            return
        spool.record(schema, "view", "page", key=request.path)
