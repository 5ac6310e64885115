"""Search snippets end at a word, and an ellipsis marks every place the text was cut.

Both backends use these helpers: a document without a highlighted match shows the start of
its text (`shorten`), a highlighted excerpt gets "… " in front when it does not start the
text and " …" after it when the text goes on (`mark_cuts`).
"""

from __future__ import annotations

ELLIPSIS = "…"
LENGTH = 200
# How much of the text's start and end is compared with an excerpt's first and last words.
EDGE = 80
_TRAILING = " ,;:-–—/("


def _squash(value: str) -> str:
    return " ".join((value or "").split())


def shorten(value: str, limit: int = LENGTH) -> str:
    """`value` with its whitespace squashed, cut after the last whole word within `limit`
    characters and ended with " …" when anything was cut."""
    value = _squash(value)
    if len(value) <= limit:
        return value
    head = value[: limit + 1]
    space = head.rfind(" ")
    head = head[:space] if space > limit // 2 else value[:limit]  # one giant word: cut it
    return f"{head.rstrip(_TRAILING)} {ELLIPSIS}"


def mark_cuts(marked: str, plain: str, body_start: str, body_end: str) -> str:
    """`marked` (the display form of the excerpt `plain`, e.g. with highlight tags) with an
    ellipsis where the excerpt is not the start or the end of the text; `body_start` and
    `body_end` are the text's first and last `EDGE` characters."""
    plain = _squash(plain)
    if not plain:
        return marked
    starts = _squash(body_start).startswith(plain[:40])
    ends = _squash(body_end).endswith(plain[-40:])
    if not starts and not marked.startswith(ELLIPSIS):
        marked = f"{ELLIPSIS} {marked.lstrip()}"
    if not ends and not marked.endswith(ELLIPSIS):
        marked = f"{marked.rstrip()} {ELLIPSIS}"
    return marked
