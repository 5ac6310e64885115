"""Running the suite on several pytest-xdist workers without migrating once per worker.

The first worker (gw0) builds the test database as usual (migrations, template schema, the
regions Jena and Weimar), then copies it for every other worker with PostgreSQL's
`CREATE DATABASE … TEMPLATE` (a file copy, about a second) and starts the browser tests'
demo build from it. The other workers wait for a marker file and use their copy. The demo
server belongs to the whole run: the controller stops it after every worker has finished,
because the worker that started it may finish before the one running the browser tests.
"""

import json
import os
import tempfile
import time
import uuid
from pathlib import Path

from psycopg import sql
from xdist.scheduler import LoadGroupScheduling

WAIT_TIMEOUT = 900
FIRST_WORKER = "gw0"
BROWSER_TESTS = "tests/browser/"
BROWSER_GROUP = "browser"
DATABASE_MARKER = "database.json"
DB_FREE_MARKER = "db-free.json"


class BrowserGroupScheduling(LoadGroupScheduling):
    """Every browser test goes to the same worker (they share one demo server and change
    its data); every other test is a group of its own, spread over the workers.

    Which group a worker gets next (`_next_scope`):
    - while gw0 migrates the test database, it takes tests that need the database (its first
      one starts the migration); the other workers take the tests that need none
      (`order_items` puts those first), instead of waiting idle for the database;
    - otherwise the first group in collection order; the browser group comes last, when
      nothing else is left (Playwright's event loop stays in its worker's thread, where
      Django refuses database queries).
    """

    def __init__(self, config, log=None) -> None:
        super().__init__(config, log)
        # keep the collection order (tests/conftest.py): `_next_scope` picks from it
        config.option.loadscopereorder = False
        self.database_ready = False
        self._db_free: set[str] | None = None

    def _split_scope(self, nodeid: str) -> str:
        return BROWSER_GROUP if nodeid.startswith(BROWSER_TESTS) else nodeid

    def _assign_work_unit(self, node) -> None:
        scope = self._next_scope(node)
        work_unit = self.workqueue.pop(scope)
        self.assigned_work.setdefault(node, {})[scope] = work_unit
        collection = self.registered_collections[node]
        node.send_runtest_some(
            [collection.index(nodeid) for nodeid, done in work_unit.items() if not done]
        )

    def _next_scope(self, node) -> str:
        if len(self.workqueue) == 1:
            return next(iter(self.workqueue))
        first_worker = node.gateway.id == FIRST_WORKER
        if first_worker and not self._database_ready():
            db_free = self.db_free_tests()
            for scope in self.workqueue:
                if scope not in db_free and scope != BROWSER_GROUP:
                    return scope
        return next(scope for scope in self.workqueue if scope != BROWSER_GROUP)

    def db_free_tests(self) -> set[str]:
        if self._db_free is None:
            self._db_free = set(peek_marker(self.config, DB_FREE_MARKER).get("tests", []))
        return self._db_free

    def _database_ready(self) -> bool:
        if not self.database_ready:
            info = peek_marker(self.config, DATABASE_MARKER)
            self.database_ready = bool(info)
        return self.database_ready


def needs_database(item) -> bool:
    return "django_db_setup" in getattr(item, "fixturenames", ())


def order_items(config, items, is_browser_test) -> None:
    """Tests without a database first, then database tests, browser tests last (their demo
    server is built in the background meanwhile). The first worker tells the scheduler which
    tests need no database."""
    items.sort(key=lambda item: (is_browser_test(item), needs_database(item)))
    if worker_id(config) == FIRST_WORKER:
        db_free = [i.nodeid for i in items if not is_browser_test(i) and not needs_database(i)]
        write_marker(config, DB_FREE_MARKER, {"tests": db_free})


def worker_id(config) -> str | None:
    """'gw0', 'gw1', … on an xdist worker; None in a plain run and in the controller."""
    return getattr(config, "workerinput", {}).get("workerid")


def worker_count(config) -> int:
    return int(getattr(config, "workerinput", {}).get("workercount", 1))


def uses_workers(config) -> bool:
    """True in the xdist controller and its workers."""
    return bool(getattr(config.option, "numprocesses", None)) or worker_id(config) is not None


def name_the_run(config) -> None:
    """In the controller: fix the run id xdist hands to its workers, so all share_dir()s agree."""
    if worker_id(config) is None and uses_workers(config) and not config.option.testrunuid:
        config.option.testrunuid = uuid.uuid4().hex


def shared_dir(config) -> Path:
    """A folder all processes of one run share."""
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID") or config.option.testrunuid
    path = Path(tempfile.gettempdir()) / f"einblick-pytest-{run}"
    path.mkdir(exist_ok=True)
    return path


def write_marker(config, name: str, payload: dict) -> None:
    """Write atomically, so a waiting worker never reads half a file."""
    target = shared_dir(config) / name
    scratch = target.with_suffix(".tmp")
    scratch.write_text(json.dumps(payload))
    scratch.replace(target)


def peek_marker(config, name: str) -> dict:
    target = shared_dir(config) / name
    return json.loads(target.read_text()) if target.exists() else {}


def read_marker(config, name: str, timeout: float = WAIT_TIMEOUT) -> dict:
    target = shared_dir(config) / name
    deadline = time.monotonic() + timeout
    while not target.exists():
        if time.monotonic() > deadline:
            raise RuntimeError(f"{target} did not appear within {timeout:.0f} s")
        time.sleep(0.2)
    return json.loads(target.read_text())


def worker_database(test_name: str, worker: str) -> str:
    """pytest-django names each worker's database `<test name>_<worker>`."""
    base = test_name.removesuffix(f"_{FIRST_WORKER}")
    return f"{base}_{worker}"


def clone_database(admin_connection, source: str, target: str) -> None:
    """Replace `target` by a copy of `source` (nobody may be connected to `source`)."""
    admin_connection.execute(
        sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(target))
    )
    admin_connection.execute(
        sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
            sql.Identifier(target), sql.Identifier(source)
        )
    )


def drop_database(admin_connection, name: str) -> None:
    admin_connection.execute(
        sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
    )


def use_database(name: str) -> None:
    """Point Django's default connection at an existing test database (what
    `create_test_db` does after creating one)."""
    from django.conf import settings
    from django.db import connection

    connection.close()
    settings.DATABASES["default"]["NAME"] = name
    connection.settings_dict["NAME"] = name
