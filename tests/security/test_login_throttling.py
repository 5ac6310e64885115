"""Login throttling (django-axes): 5 wrong passwords for one user name from one client lock
that combination out for 15 minutes, per region schema.

Reproduces the probe: 25 wrong passwords in 8 s, then the right one logged in.
"""

import datetime

from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client

LOGIN = "/cms/login/"
PASSWORD = "richtig-12345678"


def _user(region, username="firma-jena"):
    connection.set_tenant(region)
    return get_user_model().objects.create_user(username, password=PASSWORD, is_staff=True)


def _attempt(client, password, username="firma-jena", **extra):
    return client.post(LOGIN, {"username": username, "password": password}, **extra)


def _logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def _client(host="jena.localhost", ip="203.0.113.7"):
    return Client(HTTP_HOST=host, REMOTE_ADDR=ip)


def test_the_right_password_is_refused_after_many_wrong_ones(jena_region):
    _user(jena_region)
    client = _client()

    wrong = [_attempt(client, f"falsch-{n}").status_code for n in range(25)]
    right = _attempt(client, PASSWORD)

    assert wrong[:4] == [200] * 4  # the login form with an error
    assert set(wrong[4:]) == {429}
    assert right.status_code == 429
    assert "Anmeldung vorübergehend gesperrt" in right.content.decode()
    assert "für 15 Minuten gesperrt" in right.content.decode()
    assert not _logged_in(client)


def test_login_works_again_after_the_cool_off(jena_region):
    _user(jena_region)
    client = _client()
    for n in range(5):
        _attempt(client, f"falsch-{n}")
    assert _attempt(client, PASSWORD).status_code == 429

    connection.set_tenant(jena_region)
    an_hour_ago = datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=16)
    AccessAttempt.objects.update(attempt_time=an_hour_ago)
    response = _attempt(client, PASSWORD)

    assert (response.status_code, response.url) == (302, "/cms/")
    assert _logged_in(client)


def test_lockout_is_per_user_name_and_client(jena_region):
    _user(jena_region)
    _user(jena_region, "redaktion-jena")
    attacker = _client(ip="203.0.113.7")
    for n in range(6):
        _attempt(attacker, f"falsch-{n}")

    other_client = _client(ip="198.51.100.20")
    same_client_other_name = _attempt(attacker, PASSWORD, username="redaktion-jena")

    assert _attempt(other_client, PASSWORD).status_code == 302
    assert same_client_other_name.status_code == 302


def test_a_forged_forwarded_for_header_does_not_reset_the_count(jena_region):
    _user(jena_region)
    client = _client()
    for n in range(6):
        _attempt(client, f"falsch-{n}", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")

    response = _attempt(client, PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.99")

    assert response.status_code == 429


def test_a_lockout_in_one_region_does_not_lock_the_same_name_in_another(jena_region, weimar_region):
    _user(jena_region)
    _user(weimar_region)
    jena = _client()
    for n in range(6):
        _attempt(jena, f"falsch-{n}")

    weimar = _client(host="weimar.localhost")

    assert _attempt(jena, PASSWORD).status_code == 429
    assert _attempt(weimar, PASSWORD).status_code == 302


def test_a_successful_login_resets_the_failure_count(jena_region):
    _user(jena_region)
    client = _client()
    for n in range(4):
        _attempt(client, f"falsch-{n}")
    assert _attempt(client, PASSWORD).status_code == 302
    client.logout()

    again = [_attempt(client, f"falsch-{n}").status_code for n in range(4)]

    assert again == [200] * 4
    assert _attempt(client, PASSWORD).status_code == 302
