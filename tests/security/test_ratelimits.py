"""Rate limits: after N requests the public API, suggestions, search and forms answer 429."""

import pytest
from django.core.cache import caches

LIMITS = {"api": "3/m", "suggest": "4/m", "queries": "3/m", "forms": "2/m"}


@pytest.fixture
def limits(settings):
    settings.RATELIMIT_ENABLE = True
    settings.EINBLICK_RATELIMITS = LIMITS
    caches["ratelimit"].clear()
    yield
    caches["ratelimit"].clear()


def _statuses(client, path, n, method="get", **extra):
    return [getattr(client, method)(path, **extra) for _ in range(n)]


def test_search_api_answers_429_with_retry_after_and_german_json(limits, jena_client):
    responses = _statuses(jena_client, "/api/v1/search/?q=Praktikum", 4)
    assert [r.status_code for r in responses] == [200, 200, 200, 429]
    blocked = responses[-1]
    assert 1 <= int(blocked["Retry-After"]) <= 60
    body = blocked.json()
    assert body["error"] == "rate_limited"
    assert body["message"].startswith("Zu viele Anfragen")
    assert body["retry_after"] == int(blocked["Retry-After"])


def test_suggestions_have_their_own_limit(limits, portal_client):
    responses = _statuses(portal_client, "/api/v1/search/suggest/?q=Pra", 5)
    assert [r.status_code for r in responses] == [200, 200, 200, 200, 429]
    assert int(responses[-1]["Retry-After"]) >= 1


def test_search_form_answers_429_with_a_german_page(limits, jena_client):
    responses = _statuses(jena_client, "/suche/?q=Praktikum", 4)
    assert [r.status_code for r in responses] == [200, 200, 200, 429]
    blocked = responses[-1]
    assert int(blocked["Retry-After"]) >= 1
    assert "Zu viele Anfragen" in blocked.content.decode()


def test_filter_forms_count_as_queries(limits, jena_client):
    responses = _statuses(jena_client, "/angebote/?type=ferienjob", 4)
    assert [r.status_code for r in responses][-1] == 429


def test_public_post_forms_are_limited(limits, jena_client):
    responses = _statuses(jena_client, "/suche/", 3, method="post", data={"q": "x"})
    assert [r.status_code for r in responses][:2] != [429, 429]
    assert responses[-1].status_code == 429
    assert "Retry-After" in responses[-1]


def test_limits_are_per_client_address(limits, jena_client, weimar_client):
    _statuses(jena_client, "/api/v1/search/?q=a", 4, REMOTE_ADDR="10.0.0.1")
    other = weimar_client.get("/api/v1/search/?q=a", REMOTE_ADDR="10.0.0.2")
    assert other.status_code == 200


def test_plain_pages_and_admin_are_not_limited(limits, jena_client):
    assert {jena_client.get("/").status_code for _ in range(5)} == {200}
    assert {jena_client.get("/cms/login/").status_code for _ in range(5)} == {200}


def test_limits_are_configurable_in_settings(settings):
    assert set(settings.EINBLICK_RATELIMITS) == {"api", "suggest", "queries", "forms"}
    assert settings.RATELIMIT_USE_CACHE == "ratelimit"
