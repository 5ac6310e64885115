"""Counting without a database write in the request: one JSON line per event in a spool file.

Each process appends to its own file (`<pid>.jsonl`, opened in append mode; one short line
is one write). `drain` renames a file before reading it, so a process still holding it open
writes its next line to the renamed file or, after its next open, to a new one — never lost,
never read twice.
"""

import json
import os
import re
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


def spool_dir() -> Path:
    """The spool directory, created on first use (one mkdir per process, not per event)."""
    path = Path(settings.INSIGHTS_SPOOL_DIR)
    if path not in _READY or not path.is_dir():
        path.mkdir(parents=True, exist_ok=True)
        _READY.add(path)
    return path


def is_bot(user_agent: str) -> bool:
    """Crawlers, link previews, scripts and headless browsers are not counted."""
    return not user_agent or BOT.search(user_agent) is not None


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


def claim_files() -> list[Path]:
    """Rename every spool file to `*.draining` (atomic) and return the claimed files,
    including ones an interrupted earlier drain left behind."""
    folder = spool_dir()
    for path in folder.glob("*.jsonl"):
        try:
            path.rename(path.with_suffix(f".{os.getpid()}.draining"))
        except FileNotFoundError:  # another drain claimed it first
            continue
    return sorted(folder.glob("*.draining"))


def read_lines(path: Path):
    """(schema, day, kind, subject_type, subject_id, key) per valid line; broken lines (a
    crash mid-write) are skipped."""
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            schema, day, kind, subject_type, subject_id, key = json.loads(raw)
            yield schema, date.fromisoformat(day), kind, subject_type, int(subject_id), key
        except (ValueError, TypeError):
            continue
