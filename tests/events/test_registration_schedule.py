"""Scheduled work for registrations: expiry of unconfirmed holds, reminders, deletion."""

import datetime as dt

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from einblick.core.retention import purgers
from einblick.events import booking
from einblick.events.models import RegistrationSettings
from einblick.events.registrations import Registration, RegistrationTally, Status
from tests import factories


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def test_commands_are_scheduled():
    assert {"expire_registration_holds", "send_event_reminders"} <= set(settings.SCHEDULED_COMMANDS)


def test_unconfirmed_hold_expires_and_the_waiting_person_moves_up(jena, commit):
    event = factories.bookable_event("Schnuppertag", capacity=1)
    first = booking.register(event, {"name": "A", "email": "a@example.org"})
    second = booking.register(event, {"name": "B", "email": "b@example.org"})
    booking.confirm(second)
    Registration.objects.filter(pk=first.pk).update(expires_at=timezone.now() - dt.timedelta(1))
    mail.outbox.clear()
    with commit():
        call_command("expire_registration_holds", stdout=open("/dev/null", "w"))
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == (Status.EXPIRED, Status.CONFIRMED)
    assert [m.subject for m in mail.outbox] == ["Sie sind nachgerückt: Schnuppertag"]
    assert mail.outbox[0].to == ["b@example.org"]


def test_reminder_goes_once_to_confirmed_participants_n_days_before(jena):
    RegistrationSettings.objects.create(reminder_days=3)
    soon = factories.bookable_event("Messe", start=timezone.now() + dt.timedelta(days=2))
    later = factories.bookable_event("Später", start=timezone.now() + dt.timedelta(days=9))
    factories.registration(soon, email="ja@example.org")
    factories.registration(soon, email="offen@example.org", status=Status.HELD)
    factories.registration(later, email="spaeter@example.org")
    call_command("send_event_reminders", stdout=open("/dev/null", "w"))
    call_command("send_event_reminders", stdout=open("/dev/null", "w"))
    (reminder,) = mail.outbox
    assert reminder.to == ["ja@example.org"]
    assert reminder.subject.startswith("Erinnerung: Messe am ")
    assert mail.outbox[0].attachments[0][0] == f"{soon.slug}.ics"


def test_personal_data_is_deleted_n_days_after_the_event_and_counts_remain(jena):
    RegistrationSettings.objects.create(retention_days=10)
    now = timezone.now()
    old = factories.bookable_event("Alt", start=now - dt.timedelta(days=12))
    recent = factories.bookable_event("Neu", start=now - dt.timedelta(days=5))
    factories.registration(old, group_size=3, is_group=True, attended=True)
    factories.registration(old, status=Status.WAITING)
    factories.registration(old, status=Status.CANCELLED)
    factories.registration(recent)
    call_command("purge_personal_data", region="jena", stdout=open("/dev/null", "w"))
    assert list(Registration.objects.values_list("event__title", flat=True)) == ["Neu"]
    tally = RegistrationTally.objects.get(event=old)
    assert (tally.registered, tally.attended, tally.waiting, tally.cancelled) == (3, 3, 1, 1)


def test_retention_is_listed_for_the_data_protection_page():
    (purger,) = [p for p in purgers() if p.key == "events.registrations"]
    assert purger.label.startswith("Anmeldungen zu Veranstaltungen")
    assert "30 Tage nach der Veranstaltung" in purger.retention
