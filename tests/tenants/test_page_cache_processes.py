"""A publish handled by one worker process is visible on the next request to another one.

Two real processes (tests/tenants/pagecache_worker.py) share the test database and a file
page cache, as gunicorn workers share PostgreSQL and Valkey/the file cache in production.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
SLUG = "zwei-prozesse"


class Worker:
    def __init__(self, env):
        self.process = subprocess.Popen(
            [sys.executable, str(ROOT / "tests/tenants/pagecache_worker.py")],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.pid = json.loads(self.process.stdout.readline())["ready"]

    def __call__(self, **command):
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()
        return json.loads(self.process.stdout.readline())

    def stop(self):
        self.process.stdin.close()
        self.process.wait(timeout=30)


def _env(tmp_path) -> dict:
    env = dict(os.environ, CACHE_URL=f"file://{tmp_path}", PAGE_CACHE_SECONDS="600")
    env["DJANGO_SETTINGS_MODULE"] = "einblick.settings.test"
    test_db = connection.settings_dict["NAME"]
    if env.get("DATABASE_URL"):
        env["DATABASE_URL"] = env["DATABASE_URL"].rsplit("/", 1)[0] + "/" + test_db
    else:
        env["EINBLICK_DB_NAME"] = test_db
    return env


def test_publish_in_one_worker_is_seen_by_the_next_request_to_another(db, tmp_path):
    # given two worker processes and a published page that worker B has cached
    env = _env(tmp_path)
    a, b = Worker(env), Worker(env)
    try:
        assert a.pid != b.pid
        a(publish=["jena", SLUG, "Erste Fassung"])
        first = b(get=["jena.localhost", f"/{SLUG}/"])
        again = b(get=["jena.localhost", f"/{SLUG}/"])
        assert (first["status"], first["cache"]) == (200, "miss")
        assert (again["cache"], "Erste Fassung" in again["body"]) == ("hit", True)
        # when worker A publishes a new title
        a(publish=["jena", SLUG, "Zweite Fassung"])
        # then worker B's very next request renders the new page
        after = b(get=["jena.localhost", f"/{SLUG}/"])
        assert after["cache"] == "miss"
        assert "Zweite Fassung" in after["body"]
        assert "Erste Fassung" not in after["body"]
        # and Weimar's cached pages were not thrown away by Jena's publish
        b(get=["weimar.localhost", "/"])
        assert b(get=["weimar.localhost", "/"])["cache"] == "hit"
        a(publish=["jena", SLUG, "Dritte Fassung"])
        assert b(get=["weimar.localhost", "/"])["cache"] == "hit"
    finally:
        a(delete=["jena", SLUG])
        a.stop()
        b.stop()
