"""Counting without a database write in the request: one JSON line per event in a spool file.

Each process appends to its own file (`<pid>.jsonl`, opened in append mode; one short line
is one write). `drain` renames a file before reading it, so a process still holding it open
writes its next line to the renamed file or, after its next open, to a new one — never lost,
never read twice.

Events that come by the thousand (page-cache hits, tenants.fastpath) are tallied in process
memory instead (`tally`) and written as one line per distinct event with its count (a
seventh field; one-event lines have none): every TALLY_SECONDS or TALLY_EVENTS, before this
process drains the spool, and when it exits. A process killed outright (SIGKILL) loses at
most that much.
"""

import atexit
import functools
import json
import os
import re
import time
from collections import Counter
from datetime import date
from pathlib import Path

from django.conf import settings
from django.utils import timezone

BOT = re.compile(
    r"bot|crawl|spider|slurp|bingpreview|facebookexternalhit|embedly|curl|wget|python-|"
    r"httpclient|java/|go-http|headlesschrome|lighthouse|pingdom|uptime|monitor",
    re.IGNORECASE,
)


_READY: set[Path] = set()
TALLY_SECONDS = 5.0
TALLY_EVENTS = 1000
# spool directory -> event -> count, not yet written; and when they were last written
_tallies: dict[str | Path, Counter] = {}
_tallied = {"events": 0, "written": time.monotonic()}


def spool_dir() -> Path:
    """The spool directory, created on first use (one mkdir per process, not per event)."""
    path = Path(settings.INSIGHTS_SPOOL_DIR)
    if path not in _READY or not path.is_dir():
        path.mkdir(parents=True, exist_ok=True)
        _READY.add(path)
    return path


@functools.lru_cache(maxsize=1024)
def is_bot(user_agent: str) -> bool:
    """Crawlers, link previews, scripts and headless browsers are not counted."""
    return not user_agent or BOT.search(user_agent) is not None


def _today() -> str:
    """The local date, looked up at most once a second."""
    second = int(time.time())
    if _tallied.get("second") != second:
        _tallied.update(second=second, today=timezone.localdate().isoformat())
    return _tallied["today"]


def record(schema: str, kind: str, subject_type: str, subject_id: int = 0, key: str = "") -> None:
    """Remember one event of the current day for the region `schema`."""
    if not settings.INSIGHTS_COUNTING:
        return
    line = json.dumps(
        [schema, timezone.localdate().isoformat(), kind, subject_type, subject_id, key[:200]],
        ensure_ascii=False,
    )
    with open(spool_dir() / f"{os.getpid()}.jsonl", "a", encoding="utf-8") as spool:
        spool.write(line + "\n")


def tally(schema: str, kind: str, subject_type: str, subject_id: int = 0, key: str = "") -> None:
    """As `record`, counted in memory and written in batches (see the module docstring)."""
    if not settings.INSIGHTS_COUNTING:
        return
    event = (schema, _today(), kind, subject_type, subject_id, key[:200])
    _tallies.setdefault(settings.INSIGHTS_SPOOL_DIR, Counter())[event] += 1
    _tallied["events"] += 1
    if (
        _tallied["events"] >= TALLY_EVENTS
        or time.monotonic() - _tallied["written"] >= TALLY_SECONDS
    ):
        write_tallies()


def write_tallies() -> None:
    """Append the tallied events of this process to its spool file(s), one line each."""
    _tallied.update(events=0, written=time.monotonic())
    while _tallies:
        folder, counts = _tallies.popitem()
        folder = Path(folder)
        lines = "".join(
            json.dumps([*event, n], ensure_ascii=False) + "\n" for event, n in counts.items()
        )
        folder.mkdir(parents=True, exist_ok=True)
        with open(folder / f"{os.getpid()}.jsonl", "a", encoding="utf-8") as spool:
            spool.write(lines)


atexit.register(write_tallies)


def claim_files() -> list[Path]:
    """Rename every spool file to `*.draining` (atomic) and return the claimed files,
    including ones an interrupted earlier drain left behind."""
    write_tallies()
    folder = spool_dir()
    for path in folder.glob("*.jsonl"):
        try:
            path.rename(path.with_suffix(f".{os.getpid()}.draining"))
        except FileNotFoundError:  # another drain claimed it first
            continue
    return sorted(folder.glob("*.draining"))


def read_lines(path: Path):
    """(schema, day, kind, subject_type, subject_id, key, count) per valid line; broken lines
    (a crash mid-write) are skipped."""
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            schema, day, kind, subject_type, subject_id, key, *count = json.loads(raw)
            n = int(count[0]) if count else 1
            if len(count) > 1 or n < 1:
                continue
            yield schema, date.fromisoformat(day), kind, subject_type, int(subject_id), key, n
        except (ValueError, TypeError):
            continue
