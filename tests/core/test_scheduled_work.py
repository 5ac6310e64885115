"""The kernel's e-mail helper, the retention registry and the scheduled-work commands."""

from io import StringIO
from pathlib import Path

import pytest
import yaml
from django.core import mail
from django.core.management import call_command
from django.db import connection

from einblick.core import retention
from einblick.core.mail import send_mail

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def core_templates(settings):
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [Path(__file__).parent / "templates"]},
        *settings.TEMPLATES[1:],
    ]


def test_every_mail_has_a_text_and_an_html_part(core_templates):
    send_mail("core_test/hello", {"name": "Ada <Lovelace>"}, ["ada@example.org"])

    [message] = mail.outbox
    assert message.subject == "Hallo Ada <Lovelace>"
    assert message.body == "Guten Tag Ada <Lovelace>, Ihre Anmeldung ist bestätigt.\n"
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    assert "Ada &lt;Lovelace&gt;" in html
    assert message.to == ["ada@example.org"]


@pytest.fixture
def counting_purger():
    seen = []

    @retention.register("test-kind", label="Testdaten", retention="1 Tag")
    def purge(now):
        seen.append((connection.schema_name, now))
        return 2

    yield seen
    retention._PURGERS.pop("test-kind")


def test_purge_runs_every_purger_in_every_region(db, counting_purger):
    out = StringIO()

    call_command("purge_personal_data", stdout=out)

    assert [schema for schema, _ in counting_purger] == ["jena", "weimar"]
    assert "jena: 2 × Testdaten gelöscht" in out.getvalue()
    assert "Fertig: 4 Datensätze gelöscht." in out.getvalue()


def test_purge_for_one_region_only(db, counting_purger):
    call_command("purge_personal_data", region="weimar", stdout=StringIO())

    assert [schema for schema, _ in counting_purger] == ["weimar"]


def test_purge_for_an_unknown_region_fails_clearly(db, counting_purger):
    err = StringIO()
    with pytest.raises(SystemExit) as exit_:
        call_command("purge_personal_data", region="atlantis", stderr=err)

    assert exit_.value.code == 2
    assert "Region „atlantis“ gibt es nicht." in err.getvalue()
    assert counting_purger == []


def test_scheduled_tasks_run_the_configured_commands(db, settings, counting_purger):
    settings.SCHEDULED_COMMANDS = ["purge_personal_data"]
    out = StringIO()

    call_command("run_scheduled_tasks", stdout=out)

    assert "→ purge_personal_data" in out.getvalue()
    assert len(counting_purger) == 2


def test_cron_service_runs_the_scheduled_tasks():
    services = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]
    cron = services["cron"]
    assert "manage.py run_scheduled_tasks" in " ".join(cron["command"])
    assert cron["environment"]["DJANGO_SETTINGS_MODULE"] == "einblick.settings.production"
    assert services["app"]["environment"]["EMAIL_HOST"] == "${EMAIL_HOST:-localhost}"
