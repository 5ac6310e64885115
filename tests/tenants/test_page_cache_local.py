"""Each worker process keeps the most recently used stored pages in memory (tenants.pagecache)."""

import time

import pytest

from tenants import pagecache


@pytest.fixture
def local(settings):
    settings.PAGE_CACHE_LOCAL_ENTRIES = 2
    pagecache._local.clear()
    yield pagecache._local
    pagecache._local.clear()


def _entry(name: str) -> dict:
    return {"content": name.encode(), "expires": time.time() + 60}


def test_the_least_recently_used_page_leaves_memory_first(local):
    pagecache._keep("a", _entry("a"))
    pagecache._keep("b", _entry("b"))
    assert pagecache.lookup("a")["content"] == b"a"  # a is used again

    pagecache._keep("c", _entry("c"))

    assert list(local) == ["a", "c"]


def test_an_expired_copy_is_not_answered(local):
    pagecache._keep("a", {"content": b"a", "expires": time.time() - 1})

    assert pagecache.lookup("a") is None
    assert list(local) == []
