"""Content versions: one token per scope that changes whenever anything a page shows changes.

Scopes:
- ``shared``: the public schema's data every portal shows (taxonomies, regions, domains).
- ``<schema>``: one region's content (pages, snippets, brand, menu, settings).
- ``public``: the cross-region portal, which aggregates every region (bumped with each one).

Tokens live in the shared page cache (settings.CACHES["pages"]: Redis/Valkey, or a file cache
every process of the machine reads), so a publish handled by one worker process changes the
keys every other worker computes on its next request. Cached pages and per-region data
(routing, theme, menu) are stored together with the tokens they were built under and are
ignored once a token moves on; nothing has to be deleted.

Within a request each token is read once (a per-request memo), and records tagged with a
token are also kept in process memory: valid exactly as long as the shared token says so,
they save the cache round trip on every later request of that region.

With the file cache (the embedded default) every bump also rewrites one stamp file; a
process keeps the tokens it read while the stamp file stays the same (one `stat` per request
instead of one file read per token). The stamp is looked at before the tokens are read and
written after they are, so a process may keep a token newer than its stamp, never an older
one. A missing stamp (cleared or culled cache) means: read the tokens. Shared caches with a
round trip (Redis/Valkey) read all tokens a request needs in one `get_many` instead.

A bump happens at once and again after the transaction commits: the first makes the change
visible to the writing process (and to tests, which never commit), the second closes the race
in which another worker renders the old rows between the first bump and the commit.
"""

from __future__ import annotations

import os
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.filebased import FileBasedCache
from django.db import connection, transaction
from django_tenants.utils import get_public_schema_name

SHARED = "shared"
PORTAL = "public"
KEY = "cv:{}"
STAMP = "cv:stamp"
LOCAL_RECORDS = 5000  # records kept per process before the memory copy starts afresh

_request = threading.local()  # .tokens: the tokens read during the current request
_records: dict[str, tuple[str, Any]] = {}
# Tokens this process read while the stamp file was `_kept["stamp"]` (file cache only).
_kept: dict[str, Any] = {"stamp": None, "tokens": {}, "store": None, "path": None}


def begin_request(**_kwargs) -> None:
    _request.tokens = {}


def end_request(**_kwargs) -> None:
    _request.tokens = None


def page_cache():
    """The cache shared by all worker processes (pages, versions, per-region data)."""
    kept = getattr(_request, "store", None)  # caches[…] is per thread too, but slower to ask
    if kept is None or kept[0] is not settings.CACHES:
        kept = _request.store = (settings.CACHES, caches["pages"])
    return kept[1]


def _new_token() -> str:
    return uuid.uuid4().hex[:16]


def _stamp_path(store) -> str | None:
    if store is not _kept["store"]:
        _kept["store"] = store
        # FileBasedCache names no public way to a key's file; _key_to_file is stable API-wise.
        _kept["path"] = store._key_to_file(STAMP) if isinstance(store, FileBasedCache) else None
    return _kept["path"]


def _stamp(store):
    """(inode, mtime) of the stamp file, or None (no file cache, or no stamp file)."""
    path = _stamp_path(store)
    if path is None:
        return None
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_ino, info.st_mtime_ns


def _touch_stamp(store) -> None:
    path = _stamp_path(store)
    if path is not None:
        store.set(STAMP, _new_token(), None)
        now = time.time_ns()  # finer than the file system's clock: every bump differs
        try:
            os.utime(path, ns=(now, now))
        except OSError:  # culled or cleared meanwhile: readers then read the tokens
            pass


def _read(store, scopes, extra) -> dict[str, Any]:
    """Tokens of `scopes` (by cache key) and `extra` keys: kept ones while the stamp stands,
    the rest in one read."""
    stamp = _stamp(store)
    if stamp is None and _stamp_path(store) is not None:  # none yet, or cleared: a new one
        store.add(STAMP, _new_token(), None)
        stamp = _stamp(store)
    if stamp is None or stamp != _kept["stamp"]:
        _kept["stamp"], _kept["tokens"] = stamp, {}
    kept = _kept["tokens"]
    found = {KEY.format(s): kept[s] for s in scopes if s in kept}
    wanted = [KEY.format(s) for s in scopes if s not in kept]
    if wanted or extra:
        found.update(store.get_many([*wanted, *extra]))
        if stamp is not None:
            kept.update({s: found[KEY.format(s)] for s in scopes if KEY.format(s) in found})
    return found


def current(*scopes: str, extra: tuple[str, ...] = ()) -> tuple[dict[str, str], dict[str, Any]]:
    """The current token of each scope (created on first use), and the values of `extra`
    keys read in the same round trip."""
    store = page_cache()
    memo = getattr(_request, "tokens", None)
    known = memo or {}
    keys = {scope: KEY.format(scope) for scope in scopes if scope not in known}
    found = _read(store, keys, extra) if keys or extra else {}
    tokens = {}
    for scope in scopes:
        token = known.get(scope) or found.get(keys[scope])
        if token is None:
            store.add(keys[scope], _new_token(), None)
            token = store.get(keys[scope]) or ""
        tokens[scope] = token
    if memo is not None:
        memo.update(tokens)
    return tokens, {key: found[key] for key in extra if key in found}


def own_scope(schema_name: str) -> str:
    return PORTAL if schema_name == get_public_schema_name() else schema_name


def cached_per_scope(scope: str, name: str, build: Callable[[], Any], timeout=None) -> Any:
    """`build()`, kept in the page cache until the scope's token moves on."""
    key = f"{name}:{scope}"
    token = current(scope)[0][scope]
    record = _records.get(key)
    if record is not None and record[0] == token:
        return record[1]
    record = page_cache().get(key)
    if record is None or record[0] != token:
        record = (token, build())
        page_cache().set(key, record, timeout)
    _remember(key, record)
    return record[1]


def _remember(key: str, record: tuple[str, Any]) -> None:
    if len(_records) >= LOCAL_RECORDS:
        _records.clear()
    _records[key] = record


def peek(scope: str, name: str) -> Any:
    """The value `cached_per_scope` holds for the scope's current token, else None."""
    key = f"{name}:{scope}"
    token = current(scope)[0][scope]
    record = _records.get(key)
    if record is None or record[0] != token:
        record = page_cache().get(key)
        if record is None or record[0] != token:
            return None
        _remember(key, record)
    return record[1]


def _bump_now(scopes: tuple[str, ...]) -> None:
    tokens = {scope: _new_token() for scope in scopes}
    store = page_cache()
    store.set_many({KEY.format(scope): token for scope, token in tokens.items()}, None)
    _touch_stamp(store)
    memo = getattr(_request, "tokens", None)
    if memo is not None:
        memo.update(tokens)


def bump(*scopes: str) -> None:
    """Move the given scopes to new tokens, now and again after the current commit."""
    scopes = tuple(dict.fromkeys(scopes))
    _bump_now(scopes)
    if connection.in_atomic_block:
        transaction.on_commit(lambda: _bump_now(scopes))


def bump_schema(schema_name: str | None = None) -> None:
    """Content of `schema_name` (default: the connection's schema) changed. A region's
    change also moves the portal, which shows every region; the public schema's moves all."""
    schema_name = schema_name or connection.schema_name
    if schema_name == get_public_schema_name():
        bump(SHARED, PORTAL)
    else:
        bump(schema_name, PORTAL)
