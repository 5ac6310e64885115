"""docker-compose.yml cannot run here (no Docker engine): check it parses and matches settings."""

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _compose():
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_compose_defines_postgres_18_elasticsearch_9_and_the_app():
    services = _compose()["services"]
    assert services["db"]["image"].startswith("postgres:18")
    assert services["search"]["image"].split(":")[-1].startswith("9.")
    assert services["search"]["environment"]["discovery.type"] == "single-node"
    assert services["app"]["build"] == "."


def test_app_environment_uses_the_variables_settings_read():
    env = _compose()["services"]["app"]["environment"]
    settings_src = (ROOT / "platform/einblick/settings/base.py").read_text()
    for name in ("DATABASE_URL", "ELASTICSEARCH_URL", "SECRET_KEY", "ALLOWED_HOSTS", "MEDIA_ROOT"):
        assert name in env
        assert f'"{name}"' in settings_src
    assert env["DJANGO_SETTINGS_MODULE"] == "einblick.settings.production"
    assert env["DATABASE_URL"].startswith("postgres://") and "@db:5432/" in env["DATABASE_URL"]


def test_gunicorn_runs_one_thread_per_worker():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "gunicorn einblick.wsgi:application" in dockerfile
    assert "--threads 1" in dockerfile


def test_app_and_search_worker_share_the_valkey_cache():
    services = _compose()["services"]
    settings_src = (ROOT / "platform/einblick/settings/base.py").read_text()
    assert services["valkey"]["image"].startswith("valkey/valkey:")
    assert services["app"]["depends_on"]["valkey"]["condition"] == "service_healthy"
    for name in ("app", "search-worker"):
        assert services[name]["environment"]["CACHE_URL"] == "valkey://valkey:6379/0"
    assert '"CACHE_URL"' in settings_src
