"""Registrations for events: personal data, held only until N days after the event.

A registration holds seats (`group_size`, 1 for a person, the class size for a class) while
its status is `held` (waiting for the e-mail confirmation, until `expires_at`) or
`confirmed`. When no seats are left it joins the waiting list (`waiting`). Seats are only
ever counted and given out in `booking.py`, under a row lock on the event.
"""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _

from einblick.core.languages import visitor_language_field


class Status(models.TextChoices):
    HELD = "held", _("Platz reserviert, Bestätigung offen")
    CONFIRMED = "confirmed", _("Bestätigt")
    WAITING = "waiting", _("Warteliste")
    CANCELLED = "cancelled", _("Abgemeldet")
    EXPIRED = "expired", _("Verfallen (nicht bestätigt)")


SEAT_HOLDING = (Status.HELD, Status.CONFIRMED)
ACTIVE = (Status.HELD, Status.CONFIRMED, Status.WAITING)


def new_nonce() -> str:
    return secrets.token_urlsafe(18)


class RegistrationQuerySet(models.QuerySet):
    def holding_seats(self):
        return self.filter(status__in=SEAT_HOLDING)

    def active(self):
        return self.filter(status__in=ACTIVE)

    def waiting_in_order(self):
        return self.filter(status=Status.WAITING).order_by("created_at", "pk")


class Registration(models.Model):
    """One person or one class registered for an event (or one of its time slots)."""

    event = models.ForeignKey(
        "events.Event", on_delete=models.CASCADE, related_name="registrations"
    )
    slot = models.ForeignKey(
        "events.EventSlot",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="registrations",
        verbose_name="Zeitfenster",
    )
    status = models.CharField("Status", max_length=12, choices=Status.choices)
    name = models.CharField("Name", max_length=120)
    email = models.EmailField("E-Mail")
    school = models.CharField("Schule", max_length=160, blank=True)
    school_class = models.CharField("Klasse", max_length=40, blank=True)
    is_group = models.BooleanField("Klassenanmeldung", default=False)
    group_size = models.PositiveSmallIntegerField("Personen", default=1)
    note = models.TextField("Hinweis", max_length=1000, blank=True)
    guardian_consent = models.BooleanField("Einverständnis Erziehungsberechtigte", default=False)
    attended = models.BooleanField("Anwesend", null=True, blank=True)
    language = visitor_language_field()
    nonce = models.CharField(max_length=32, default=new_nonce, editable=False)
    created_at = models.DateTimeField("Angemeldet am", auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    email_confirmed_at = models.DateTimeField("E-Mail bestätigt am", null=True, blank=True)
    expires_at = models.DateTimeField("Verfällt am", null=True, blank=True)
    reminded_at = models.DateTimeField("Erinnert am", null=True, blank=True)
    cancelled_at = models.DateTimeField("Abgemeldet am", null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = "Anmeldung"
        verbose_name_plural = "Anmeldungen"
        indexes = [models.Index(fields=["event", "status"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(group_size__gte=1), name="registration_group_size_positive"
            ),
        ]

    def __str__(self):
        return f"{self.name} – {self.event}"

    @property
    def holds_seats(self) -> bool:
        return self.status in SEAT_HOLDING

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE


class RegistrationTally(models.Model):
    """What remains of an event's registrations once the personal data is deleted."""

    event = models.OneToOneField("events.Event", on_delete=models.CASCADE, related_name="tally")
    registered = models.PositiveIntegerField("Angemeldete Personen", default=0)
    attended = models.PositiveIntegerField("Anwesende Personen", default=0)
    waiting = models.PositiveIntegerField("Personen auf der Warteliste", default=0)
    cancelled = models.PositiveIntegerField("Abmeldungen", default=0)
    purged_at = models.DateTimeField("Personendaten gelöscht am")

    class Meta:
        verbose_name = "Anmeldezahlen"
        verbose_name_plural = "Anmeldezahlen"
