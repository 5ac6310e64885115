"""Content versions with the file cache: a process keeps the tokens it read while the stamp
file of the last bump stays the same (tenants.versions)."""

import pytest
from django.core.cache import caches

from tenants import versions


@pytest.fixture
def file_cache(settings, tmp_path):
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path / "pages"),
        },
    }
    store = caches["pages"]
    reads = []
    original = store.get_many

    def get_many(keys, *args, **kwargs):
        reads.append(list(keys))
        return original(keys, *args, **kwargs)

    store.get_many = get_many
    yield store, reads
    del store.get_many


def _tokens(*scopes) -> dict[str, str]:
    versions.begin_request()  # each call is one request
    try:
        return versions.current(*scopes)[0]
    finally:
        versions.end_request()


def test_tokens_once_read_are_not_read_again_while_nothing_is_bumped(file_cache):
    _, reads = file_cache
    _tokens(versions.SHARED, "jena")  # created
    first = _tokens(versions.SHARED, "jena")  # read and kept
    reads.clear()

    again = [_tokens(versions.SHARED, "jena") for _ in range(3)]

    assert again == [first] * 3
    assert reads == []


def test_a_bump_by_another_process_is_seen_on_the_next_request(file_cache):
    store, reads = file_cache
    _tokens(versions.SHARED, "jena", "weimar")
    before = _tokens(versions.SHARED, "jena", "weimar")
    reads.clear()
    # when another process moves Jena on (it writes the token, then the stamp)
    store.set(versions.KEY.format("jena"), "new-jena-token", None)
    versions._touch_stamp(store)
    # then the next request reads the tokens again and sees it; Weimar's stays
    after = _tokens(versions.SHARED, "jena", "weimar")
    assert after == {**before, "jena": "new-jena-token"}
    assert len(reads) == 1


def test_a_cleared_cache_means_reading_the_tokens_again(file_cache):
    store, reads = file_cache
    _tokens(versions.SHARED, "jena")
    before = _tokens(versions.SHARED, "jena")
    reads.clear()

    store.clear()
    after = _tokens(versions.SHARED, "jena")

    assert len(reads) == 1
    assert after[versions.SHARED] != before[versions.SHARED]


def test_bump_in_this_process_moves_the_token_at_once(file_cache):
    before = _tokens("jena")

    versions.bump("jena")

    assert _tokens("jena") != before
