"""The demo server the browser tests drive: built from the test database, in the background.

The test database already holds the migrated public schema and the regions Jena and Weimar
(tests/conftest.py). Right after that is set up, `start_demo_build` copies it into a
database of its own (PostgreSQL `CREATE DATABASE … TEMPLATE`, a file copy instead of running
every migration again) and starts one background process that points the regions' Wagtail
sites at the server's port, runs `setup_demo` (taxonomies, logins, branding, demo content)
and then serves it with runserver. The other tests run meanwhile; browser tests run last
(see `pytest_collection_modifyitems` in tests/conftest.py) and wait for the server.
When only browser tests run there is no test database: the build migrates a fresh one.
"""

import email
import email.policy
import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BROWSER_DB = "einblick_browser"
CHROMIUM = "/usr/bin/chromium"
BUILD_TIMEOUT = 600
DEMO_BUILD = pytest.StashKey["DemoServer"]()

# Runs inside `manage.py shell` against the copied database, before `setup_demo`.
PREPARE = """
from django.core.management import call_command
from django_tenants.utils import get_public_schema_name, tenant_context
from tenants.models import Region
from tenants.provisioning import configure_site
for region in Region.objects.exclude(schema_name=get_public_schema_name()):
    with tenant_context(region):
        configure_site(region)
call_command("setup_demo")
"""


@dataclass
class DemoServer:
    """The demo build/server process. `process` is set only in the pytest process that started
    it; other xdist workers and the controller know it by `pid` (tests/parallel.py)."""

    port: int
    media_root: Path
    pid: int
    log_path: Path = field(repr=False)
    process: subprocess.Popen | None = field(default=None, repr=False)
    stopped: bool = False

    def as_dict(self) -> dict:
        return {
            "port": self.port,
            "media_root": str(self.media_root),
            "pid": self.pid,
            "log_path": str(self.log_path),
        }

    @classmethod
    def from_dict(cls, info: dict) -> "DemoServer":
        return cls(info["port"], Path(info["media_root"]), info["pid"], Path(info["log_path"]))

    @property
    def outbox(self) -> Path:
        """Where the server writes every mail it sends (Django's file-based backend)."""
        return outbox_dir(self.media_root)

    def mails(self) -> list:
        """Every mail the server has sent so far (email.message.EmailMessage, oldest first)."""
        return read_outbox(self.outbox)

    def url(self, host: str = "jena.localhost", path: str = "/") -> str:
        return f"http://{host}:{self.port}{path}"

    def alive(self) -> bool:
        if self.process is not None:
            return self.process.poll() is None
        try:  # a child of another pytest process: gone, or a zombie its parent has not reaped
            state = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            return False
        return state != "Z"

    def wait_until_serving(self) -> None:
        """Block until the build finished and the server answers; raise with its log if not."""
        deadline = time.monotonic() + BUILD_TIMEOUT
        while True:
            try:
                urllib.request.urlopen(self.url("localhost"), timeout=2)
                return
            except Exception:
                if not self.alive() or time.monotonic() > deadline:
                    log = self.log_path.read_text() if self.log_path.exists() else ""
                    self.stop()
                    raise RuntimeError(f"Demo-Server nicht bereit:\n{log}") from None
                time.sleep(0.3)

    def shell(self, code: str) -> str:
        """Run `code` in `manage.py shell` against the demo's database; its stdout.

        For what a test must arrange on the server side (e.g. a region's theme); model
        signals run as in the admin, so the page cache moves on as well."""
        done = subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), "shell", "-v", "0", "-c", code],
            cwd=ROOT,
            env=_server_env(self.port, self.media_root),
            capture_output=True,
            text=True,
            timeout=120,
        )
        if done.returncode != 0:
            raise RuntimeError(f"manage.py shell failed:\n{done.stderr}")
        return done.stdout

    def stop(self) -> None:
        if self.stopped:
            return
        self.stopped = True
        try:
            os.killpg(self.pid, signal.SIGTERM)  # the build step or runserver
        except ProcessLookupError:
            pass
        deadline = time.monotonic() + 10
        while self.alive() and time.monotonic() < deadline:
            time.sleep(0.1)
        if self.alive():
            os.killpg(self.pid, signal.SIGKILL)
        if self.process is not None:
            self.process.wait()
        _drop_browser_database()
        for folder in (
            self.media_root,
            f"{self.media_root}-uploads",
            f"{self.media_root}-archive",
            self.outbox,
        ):
            shutil.rmtree(folder, ignore_errors=True)


def outbox_dir(media_root: Path) -> Path:
    """Beside the media folder like the uploads, not in it (media files are served)."""
    return Path(f"{media_root}-outbox")


def read_outbox(folder: Path) -> list:
    """The messages Django's file-based backend wrote: one file per connection, messages
    separated by a line of 79 dashes."""
    messages = []
    files = sorted(folder.glob("*.log"), key=lambda p: (p.stat().st_mtime_ns, p.name))
    for path in files:
        for chunk in path.read_bytes().split(b"\n" + b"-" * 79 + b"\n"):
            if chunk.strip():
                messages.append(email.message_from_bytes(chunk, policy=email.policy.default))
    return messages


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _server_env(port: int, media_root: Path) -> dict:
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "einblick.settings.dev",
            "EINBLICK_DB_NAME": BROWSER_DB,
            "PORT": str(port),
            "PUBLIC_PORT": str(port),
            "MEDIA_ROOT": str(media_root),
            # onboarding uploads and the export before deleting a region (transfer kit),
            # beside the media folder (never served), removed with it
            "TRANSFER_UPLOAD_DIR": f"{media_root}-uploads",
            "REGION_ARCHIVE_DIR": f"{media_root}-archive",
            "DEBUG": "1",
            "PYTHONUNBUFFERED": "1",
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(outbox_dir(media_root)),
        }
    )
    if env.get("DATABASE_URL"):
        base, _, _ = env["DATABASE_URL"].rpartition("/")
        env["DATABASE_URL"] = f"{base}/{BROWSER_DB}"
    return env


def admin_connection():
    import psycopg
    from django.conf import settings

    db = settings.DATABASES["default"]
    conninfo = {
        "dbname": "postgres",
        "user": db.get("USER") or None,
        "password": db.get("PASSWORD") or None,
        "host": db.get("HOST") or None,
        "port": db.get("PORT") or None,
    }
    return psycopg.connect(**{k: v for k, v in conninfo.items() if v}, autocommit=True)


def _drop_browser_database() -> None:
    with admin_connection() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{BROWSER_DB}" WITH (FORCE)')


def _create_browser_database(template: str | None) -> None:
    """A fresh browser database, copied from `template` when given (nobody may be connected
    to the template meanwhile)."""
    from django.db import connection, connections

    if template:
        if connection.in_atomic_block:
            raise RuntimeError("The test database can only be copied outside a transaction.")
        connections.close_all()
    with admin_connection() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{BROWSER_DB}" WITH (FORCE)')
        suffix = f' TEMPLATE "{template}"' if template else ""
        conn.execute(f'CREATE DATABASE "{BROWSER_DB}"{suffix}')


def start_demo_build(template: str | None = None) -> DemoServer:
    """Build and serve the demo in the background: from a copy of `template` (the migrated
    test database with its regions) or, without one, by running every migration."""
    _create_browser_database(template)
    port = _free_port()
    media_root = Path(tempfile.mkdtemp(prefix="einblick-browser-media-"))
    log_path = media_root / "server.log"
    manage = f"{shlex.quote(sys.executable)} {shlex.quote(str(ROOT / 'manage.py'))}"
    steps = [] if template else [f"{manage} migrate --noinput -v 0"]
    steps += [
        f'{manage} shell -c "$PREPARE"',
        f"exec {manage} runserver 127.0.0.1:{port} --noreload",
    ]
    env = _server_env(port, media_root) | {"PREPARE": PREPARE}
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            ["bash", "-c", " && ".join(steps)],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return DemoServer(port, media_root, process.pid, log_path, process)
