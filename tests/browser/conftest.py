"""Browser tests: a real demo server on its own database, driven by Debian's chromium.

`demo_server` is the deterministic demo (regions Jena and Weimar, `setup_demo` content)
served by runserver on a free port, built in the background from a copy of the test
database (tests/browser/server.py). Playwright drives /usr/bin/chromium; no browser build is
ever downloaded.
"""

from pathlib import Path

import pytest

from tests import parallel
from tests.browser.axe import AXE
from tests.browser.server import CHROMIUM, DEMO_BUILD, DemoServer, start_demo_build

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
OUTPUT_DIR = ROOT / "tests" / "output"


@pytest.fixture(scope="session")
def demo_server(request):
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} fehlt: `apt-get install chromium` (make browser-deps)")
    config = request.config
    # the test database's setup starts the demo build (on gw0, or in a plain run), also when
    # no other test of this run needs the database
    request.getfixturevalue("django_db_setup")
    demo = config.stash.get(DEMO_BUILD, None)
    if demo is None and parallel.worker_id(config) is not None:
        # started by the first xdist worker from its test database (tests/parallel.py)
        info = parallel.read_marker(config, parallel.DATABASE_MARKER).get("demo")
        demo = DemoServer.from_dict(info) if info else None
    if demo is None:  # no demo from the test database: build it from scratch
        demo = start_demo_build()
    config.stash[DEMO_BUILD] = demo
    demo.wait_until_serving()
    yield demo
    # Stopped by pytest_sessionfinish (tests/conftest.py): in a plain run by this process, with
    # xdist by the controller once every worker is done, never by one worker under another.


@pytest.fixture(autouse=True)
def _demo_server_still_serving(request):
    """A browser test whose demo server has gone fails with the server's last log lines
    (instead of a bare 'connection refused')."""
    yield
    demo = request.config.stash.get(DEMO_BUILD, None)
    if demo is not None and "demo_server" in request.fixturenames and not demo.alive():
        log = demo.log_path.read_text()[-3000:] if demo.log_path.exists() else ""
        pytest.fail(f"Der Demo-Server lief nach diesem Test nicht mehr:\n{log}")


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


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.exists():
        pytest.skip("axe-core fehlt: `make browser-deps` (npm ci in tests/browser)")
    return AXE.read_text()
