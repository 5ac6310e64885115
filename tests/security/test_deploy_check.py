"""`manage.py check --deploy` with the production settings reports nothing."""

import os
import secrets
import string
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_deploy_check_prints_no_warning():
    alphabet = string.ascii_letters + string.digits + "!@#%^&*(-_=+)"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "einblick.settings.production",
        "SECRET_KEY": "".join(secrets.choice(alphabet) for _ in range(50)),
        # production refuses to start without a database URL; the check does not connect
        "DATABASE_URL": os.environ.get("DATABASE_URL", "postgres://einblick@localhost/einblick"),
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "WARNING" not in output.upper()
    assert "System check identified no issues (0 silenced)." in output


def test_compose_shares_rate_limit_counters_through_memcached():
    import yaml

    services = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]
    assert services["memcached"]["image"].startswith("memcached:")
    assert services["app"]["environment"]["RATELIMIT_CACHE_LOCATION"] == "memcached:11211"
