"""Browser tests: a real demo server on its own database, driven by Debian's chromium.

`demo_server` migrates a separate database (einblick_browser), runs `setup_demo` (regions
Jena and Weimar with the deterministic demo content) and serves it with runserver on a free
port. Playwright drives /usr/bin/chromium; no browser build is ever downloaded.
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
BROWSER_DB = "einblick_browser"
OUTPUT_DIR = ROOT / "tests" / "output"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class DemoServer:
    port: int

    def url(self, host: str = "jena.localhost", path: str = "/") -> str:
        return f"http://{host}:{self.port}{path}"


def _server_env(port: int, media_root: str) -> dict:
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "einblick.settings.dev",
            "EINBLICK_DB_NAME": BROWSER_DB,
            "PORT": str(port),
            "PUBLIC_PORT": str(port),
            "MEDIA_ROOT": media_root,
            "DEBUG": "1",
            "PYTHONUNBUFFERED": "1",
        }
    )
    if env.get("DATABASE_URL"):
        base, _, _ = env["DATABASE_URL"].rpartition("/")
        env["DATABASE_URL"] = f"{base}/{BROWSER_DB}"
    return env


def _drop_browser_database():
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
    with psycopg.connect(**{k: v for k, v in conninfo.items() if v}, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{BROWSER_DB}" WITH (FORCE)')


@pytest.fixture(scope="session")
def demo_server():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} fehlt: `apt-get install chromium` (make browser-deps)")
    port = _free_port()
    media_root = tempfile.mkdtemp(prefix="einblick-browser-media-")
    env = _server_env(port, media_root)
    _drop_browser_database()
    manage = [sys.executable, str(ROOT / "manage.py")]
    for command in (["migrate", "--noinput", "-v", "0"], ["setup_demo"]):
        result = subprocess.run(
            manage + command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
        )
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")
    log = open(Path(media_root) / "server.log", "w")  # noqa: SIM115
    server = subprocess.Popen(
        manage + ["runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    demo = DemoServer(port)
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(demo.url("localhost"), timeout=2)
            break
        except Exception:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                raise RuntimeError((Path(media_root) / "server.log").read_text())
            time.sleep(0.3)
    yield demo
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
    log.close()
    shutil.rmtree(media_root, ignore_errors=True)


@pytest.fixture(scope="session")
def browser(demo_server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def phone_page(browser):
    """A phone-sized page (390×844, touch) in a fresh context without cookies."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def desktop_page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def output_dir() -> Path:
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    return OUTPUT_DIR
