"""Page-cache hits answered before Django's request handling (tenants.fastpath).

The WSGI application is called as gunicorn calls it; a spy around Django's own handler
shows which requests reached Django. Everything the fast path does not answer must come
back from Django exactly as before.
"""

import re

import pytest
from csp.utils import build_policy
from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection
from django.test import RequestFactory

from einblick.insights import spool
from einblick.insights.flush import flush
from einblick.insights.models import DailyCount
from einblick.pages.models import StandardPage
from tenants.fastpath import PageCacheFastPath
from tenants.models import Region
from tests import factories
from tests.insights.conftest import BROWSER_UA


class Spy:
    """Django's WSGI handler, counting the requests that reach it."""

    def __init__(self):
        self.handler, self.calls = WSGIHandler(), 0

    def __call__(self, environ, start_response):
        self.calls += 1
        return self.handler(environ, start_response)


class Answer:
    def __init__(self, status: str, headers: list, body: bytes):
        self.status = int(status.split()[0])
        self.headers = dict(headers)
        self.body = body

    @property
    def cache(self) -> str:
        return self.headers.get("X-Page-Cache", "")


@pytest.fixture
def app(settings, jena):
    settings.PAGE_CACHE_SECONDS = 600
    # as django.test.Client does: the test's transaction must survive the requests
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    spy = Spy()
    yield PageCacheFastPath(spy), spy
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def _get(app, path, host="jena.localhost", secure=False, **headers) -> Answer:
    environ = RequestFactory().get(path, HTTP_HOST=host, secure=secure, **headers).environ
    seen = {}

    def start_response(status, response_headers, exc_info=None):
        seen.update(status=status, headers=response_headers)

    previous = connection.tenant  # the test body's schema, as the test client keeps it
    body = app(environ, start_response)
    content = b"".join(body)
    if hasattr(body, "close"):
        body.close()
    connection.set_tenant(previous)
    return Answer(seen["status"], seen["headers"], content)


def _nonce(answer) -> str:
    return re.search(r"'nonce-([^']+)'", answer.headers["Content-Security-Policy"]).group(1)


def test_a_hit_never_reaches_django_and_carries_the_same_headers_with_a_fresh_nonce(app):
    wsgi, spy = app
    factories.page("Über uns", "ueber-uns")
    # given a page Django rendered and stored
    miss = _get(wsgi, "/ueber-uns/")
    assert (miss.status, miss.cache, spy.calls) == (200, "miss", 1)
    # when it is requested twice more
    hits = [_get(wsgi, "/ueber-uns/") for _ in range(2)]
    # then Django was not asked again, and the answers are the stored page
    assert spy.calls == 1
    assert [(hit.status, hit.cache) for hit in hits] == [(200, "hit"), (200, "hit")]
    assert set(hits[0].headers) == set(miss.headers)
    for name in ("ETag", "Last-Modified", "Cache-Control", "Vary", "X-Content-Type-Options"):
        assert hits[0].headers[name] == miss.headers[name], name
    # each with its own nonce, in the policy and in the page
    nonces = [_nonce(hit) for hit in hits]
    assert nonces[0] != nonces[1] != _nonce(miss)
    for hit, nonce in zip(hits, nonces, strict=True):
        assert f'nonce="{nonce}"'.encode() in hit.body
    assert hits[0].body.replace(nonces[0].encode(), b"") == miss.body.replace(
        _nonce(miss).encode(), b""
    )


def test_conditional_hits_are_answered_with_304_without_a_policy(app):
    wsgi, spy = app
    factories.page("Über uns", "ueber-uns")
    etag = _get(wsgi, "/ueber-uns/").headers["ETag"]

    answer = _get(wsgi, "/ueber-uns/", HTTP_IF_NONE_MATCH=etag)

    assert (answer.status, answer.body, spy.calls) == (304, b"", 1)
    assert "Content-Security-Policy" not in answer.headers


def test_sessions_and_credentials_go_to_django(app):
    wsgi, spy = app
    factories.page("Über uns", "ueber-uns")
    _get(wsgi, "/ueber-uns/")
    cookie = f"{settings.SESSION_COOKIE_NAME}=abc"

    with_session = _get(wsgi, "/ueber-uns/", HTTP_COOKIE=cookie)
    with_credentials = _get(wsgi, "/ueber-uns/", HTTP_AUTHORIZATION="Basic eDp5")

    assert spy.calls == 3
    assert (with_session.cache, with_credentials.cache) == ("", "")


def test_a_publish_is_visible_on_the_next_request(app):
    wsgi, spy = app
    page = factories.page("Alte Fassung", "seite")
    _get(wsgi, "/seite/")
    assert _get(wsgi, "/seite/").cache == "hit"
    # when the page is published anew
    page = StandardPage.objects.get(pk=page.pk)
    page.title = "Neue Fassung"
    page.save_revision().publish()
    # then the next request is rendered by Django with the new title
    after = _get(wsgi, "/seite/")
    assert (after.cache, spy.calls) == ("miss", 2)
    assert b"Neue Fassung" in after.body


def test_a_deactivated_region_answers_410_at_once(app, jena_region):
    wsgi, spy = app
    factories.page("Über uns", "ueber-uns")
    _get(wsgi, "/ueber-uns/")
    assert _get(wsgi, "/ueber-uns/").cache == "hit"
    # when the region is deactivated
    region = Region.objects.get(pk=jena_region.pk)
    region.is_active = False
    region.save()
    # then its hosts answer 410, not the stored page
    assert _get(wsgi, "/ueber-uns/").status == 410


def test_another_region_never_gets_the_page_stored_for_this_one(app, weimar_region):
    wsgi, _ = app
    factories.page("Nur in Jena", "nur-jena")
    _get(wsgi, "/nur-jena/")
    assert _get(wsgi, "/nur-jena/").cache == "hit"

    weimar = _get(wsgi, "/nur-jena/", host="weimar.localhost")

    assert weimar.status == 404
    assert b"Nur in Jena" not in weimar.body


def test_hits_are_counted_as_page_views(app, settings, tmp_path):
    wsgi, spy = app
    settings.INSIGHTS_SPOOL_DIR = tmp_path / "spool"
    settings.INSIGHTS_COUNTING = True
    factories.page("Über uns", "ueber-uns")

    for _ in range(3):
        _get(wsgi, "/ueber-uns/", HTTP_USER_AGENT=BROWSER_UA)

    assert spy.calls == 1
    assert flush() == {"jena": 3}
    assert sum(row.count for row in DailyCount.objects.filter(kind="view")) == 3


def test_an_http_request_to_be_redirected_goes_to_django(app, settings):
    # given a stored page
    wsgi, _ = app
    factories.page("Über uns", "ueber-uns")
    _get(wsgi, "/ueber-uns/")
    # when HTTPS is required (read when the application starts)
    settings.SECURE_SSL_REDIRECT = True
    spy = Spy()
    answer = _get(PageCacheFastPath(spy), "/ueber-uns/")
    # then Django redirects the plain HTTP request
    assert (answer.status, spy.calls) == (301, 1)
    assert answer.headers["Location"] == "https://jena.localhost/ueber-uns/"


def test_the_hit_middleware_is_the_middleware_around_the_page_cache():
    # the fast path does the region and theme middleware's work itself; all other
    # middleware above the page cache must wrap its hits too
    outer = settings.MIDDLEWARE[
        : settings.MIDDLEWARE.index("tenants.pagecache.PageCacheMiddleware")
    ]
    replaced = {"tenants.middleware.RegionMiddleware", "themes.middleware.ThemeMiddleware"}
    assert settings.PAGE_CACHE_HIT_MIDDLEWARE == [m for m in outer if m not in replaced]


def _without_nonce(answer) -> dict:
    nonce = _nonce(answer)
    return {k: v.replace(nonce, "NONCE") for k, v in answer.headers.items() if k != "X-Page-Cache"}


def test_a_kept_answer_is_exactly_what_djangos_full_path_answers(app):
    wsgi, spy = app
    factories.page("Über uns", "ueber-uns")
    # given the answer of Django's full request handling (a miss)
    miss = _get(wsgi, "/ueber-uns/", HTTP_USER_AGENT=BROWSER_UA)
    # when the page is asked for again: the first hit passes the hit middleware, later
    # ones are the kept answer with a fresh nonce
    hits = [_get(wsgi, "/ueber-uns/", HTTP_USER_AGENT=BROWSER_UA) for _ in range(3)]
    # then every header but the nonce and X-Page-Cache is Django's, and so is the body
    assert spy.calls == 1
    for hit in hits:
        assert _without_nonce(hit) == _without_nonce(miss)
        assert hit.body.replace(_nonce(hit).encode(), b"N") == miss.body.replace(
            _nonce(miss).encode(), b"N"
        )
        if "Content-Length" in hit.headers:
            assert int(hit.headers["Content-Length"]) == len(hit.body)
    assert len({_nonce(hit) for hit in hits}) == 3


def test_the_policy_of_a_hit_is_the_one_django_csp_builds_for_its_nonce(app):
    wsgi, _ = app
    factories.page("Über uns", "ueber-uns")
    _get(wsgi, "/ueber-uns/")
    _get(wsgi, "/ueber-uns/")

    hit = _get(wsgi, "/ueber-uns/")

    assert hit.cache == "hit"
    assert hit.headers["Content-Security-Policy"] == build_policy(nonce=_nonce(hit))


def test_https_hits_carry_strict_transport_security_and_http_hits_do_not(settings, jena):
    settings.SECURE_HSTS_SECONDS = 3600  # read when the hit middleware is built
    settings.PAGE_CACHE_SECONDS = 600
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        wsgi = PageCacheFastPath(Spy())
        factories.page("Über uns", "ueber-uns")
        _get(wsgi, "/ueber-uns/")
        answers = [_get(wsgi, "/ueber-uns/", secure=secure) for secure in (False, True) * 2]
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)

    assert [a.cache for a in answers] == ["hit"] * 4
    assert ["Strict-Transport-Security" in a.headers for a in answers] == [False, True] * 2


def test_hits_count_for_people_not_bots_and_keep_no_cookie_or_address(app, settings, tmp_path):
    wsgi, spy = app
    settings.INSIGHTS_SPOOL_DIR = tmp_path / "spool"
    settings.INSIGHTS_COUNTING = True
    factories.page("Über uns", "ueber-uns")

    answers = [
        _get(wsgi, "/ueber-uns/", HTTP_USER_AGENT=agent, REMOTE_ADDR="203.0.113.9")
        for agent in (BROWSER_UA, "Googlebot/2.1", BROWSER_UA, "curl/8.5", BROWSER_UA, "")
    ]

    assert spy.calls == 1
    assert all("Set-Cookie" not in answer.headers for answer in answers)
    spool.write_tallies()
    assert "203.0.113.9" not in "".join(
        path.read_text() for path in settings.INSIGHTS_SPOOL_DIR.glob("*.jsonl")
    )
    assert flush() == {"jena": 3}
    assert DailyCount.objects.get(kind="view", key="/ueber-uns/").count == 3
