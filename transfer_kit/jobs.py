"""Long platform-admin work (onboarding, region update, undo) in the background with progress.

A job runs in a thread of the web process; the request that started it answers at once with
a progress page. The job's state lives in a small JSON file
(TRANSFER_JOB_DIR/<id>.json), written atomically, so every worker process can answer
the status request and the state never depends on the job's own (rolled back) transaction.

The work itself stays all-or-nothing: it runs in its own transaction on the thread's own
database connection; on failure nothing is kept and the job names the problems.

django-tenants keeps the schema per connection, and a new thread starts on a fresh
connection: a job names its schema explicitly (`schema`), the runner sets it before the
work and returns to the public schema after it. Wagtail's own tasks stay on the immediate
backend (settings TASKS): they run inside the job, on its connection and schema.
"""

import json
import logging
import os
import threading
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import connection

logger = logging.getLogger("einblick.transfer_kit")

RUNNING, DONE, FAILED = "running", "done", "failed"
KEEP_SECONDS = 24 * 3600  # finished job files are removed a day later
WRITE_EVERY = 0.5  # seconds between two progress writes of the same step
_threads: dict[str, threading.Thread] = {}  # running jobs of this process (tests join them)


@dataclass
class Job:
    id: str
    kind: str  # "onboarding", "update", "undo"
    title: str  # German, e.g. „Gera“ anlegen
    back: str = ""  # the admin page the job was started from
    state: str = RUNNING
    step: str = "Wird gestartet …"
    done: int = 0
    total: int = 0
    lines: list[str] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)  # {"where", "problem", "fix"}
    result: dict = field(default_factory=dict)
    started: float = field(default_factory=time.time)
    finished: float | None = None

    @property
    def text(self) -> str:
        """The state in one German sentence (status endpoint, screen readers)."""
        if self.state == DONE:
            return f"{self.title}: fertig."
        if self.state == FAILED:
            return f"{self.title}: abgebrochen, nichts wurde gespeichert."
        count = f" ({self.done:,} von {self.total:,})".replace(",", ".") if self.total else ""
        return f"{self.title}: {self.step}{count}"

    @property
    def percent(self) -> int:
        if self.state != RUNNING:
            return 100
        return int(100 * self.done / self.total) if self.total else 0

    def as_status(self) -> dict:
        data = asdict(self)
        data.update(text=self.text, percent=self.percent)
        return data


def _folder() -> Path:
    return Path(settings.TRANSFER_JOB_DIR)


def _path(job_id: str) -> Path | None:
    if len(job_id) != 32 or not all(c in "0123456789abcdef" for c in job_id):
        return None
    return _folder() / f"{job_id}.json"


def load(job_id: str) -> Job | None:
    path = _path(job_id)
    try:
        data = json.loads(path.read_text("utf-8")) if path else None
    except (OSError, ValueError):
        return None
    return Job(**data) if isinstance(data, dict) else None


def _save(job: Job) -> None:
    path = _path(job.id)
    tmp = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.write_text(json.dumps(asdict(job), ensure_ascii=False), "utf-8")
    os.replace(tmp, path)  # readers see the old or the new state, never half a file


def _clean_up() -> None:
    cutoff = time.time() - KEEP_SECONDS
    for path in _folder().glob("*.json"):
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
        except OSError:
            pass


class Progress:
    """Handed to the work: `step(text)`, `line(text)`, `count(done, total)`."""

    def __init__(self, job: Job):
        self.job, self._written = job, 0.0

    def _write(self, force: bool) -> None:
        now = time.monotonic()
        if force or now - self._written >= WRITE_EVERY:
            _save(self.job)
            self._written = now

    def step(self, text: str) -> None:
        self.job.step, self.job.done, self.job.total = text, 0, 0
        self._write(force=True)

    def line(self, text: str) -> None:
        self.job.lines.append(text.strip())
        self._write(force=True)

    def count(self, done: int, total: int) -> None:
        first = self.job.total == 0  # the step's first count is always shown
        self.job.done, self.job.total = done, total
        self._write(force=first or done >= total)


class JobFailed(Exception):
    """The work stopped with problems the admin can fix: `errors` as {where, problem, fix}."""

    def __init__(self, errors: list[dict]):
        self.errors = errors
        super().__init__(f"{len(errors)} Problem(e)")


def start(kind: str, title: str, work, *, schema: str = "public", back: str = "") -> Job:
    """Run `work(progress) -> result dict` in the background (or at once with
    TRANSFER_JOBS_INLINE, e.g. in tests whose data only their own transaction sees)."""
    _folder().mkdir(parents=True, exist_ok=True)
    _clean_up()
    job = Job(id=uuid.uuid4().hex, kind=kind, title=title, back=back)
    _save(job)
    if getattr(settings, "TRANSFER_JOBS_INLINE", False):
        _run(job, work, schema, own_connection=False)
        return job
    thread = threading.Thread(
        target=_run, args=(job, work, schema, True), name=f"transfer-job-{job.id}", daemon=True
    )
    _threads[job.id] = thread
    thread.start()
    return job


def wait(job_id: str, timeout: float = 60) -> None:
    """Wait for a background job of this process (tests, management commands)."""
    thread = _threads.get(job_id)
    if thread is not None:
        thread.join(timeout)


def _run(job: Job, work, schema: str, own_connection: bool) -> None:
    progress = Progress(job)
    try:
        connection.set_schema(schema) if schema != "public" else connection.set_schema_to_public()
        job.result = work(progress) or {}
        job.state = DONE
    except JobFailed as exc:
        job.state, job.errors = FAILED, exc.errors
    except Exception as exc:  # the work's transaction was rolled back: say why
        logger.exception("transfer job %s (%s) failed", job.id, job.kind)
        job.state = FAILED
        job.errors = [
            {
                "where": job.step,
                "problem": f"{exc.__class__.__name__}: {exc}",
                "fix": "Angaben prüfen und erneut starten; bleibt der Fehler, das Plattform-Team "
                "mit dieser Meldung fragen.",
            }
        ]
    finally:
        job.finished = time.time()
        _save(job)
        connection.set_schema_to_public()
        if own_connection:
            connection.close()
            _threads.pop(job.id, None)
