"""Invitations of company logins and registration requests from the public page.

An editor invites a contact person of an employer by e-mail; the mail carries a signed,
expiring one-time link to "Passwort festlegen" (`invitations.py`). A company that is not on
the portal yet asks for access on "Für Unternehmen" (`RegistrationRequest`); editors turn
the request into an invitation or decline it. Both hold personal data and are purged
(`retention.py`).
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone

from einblick.core.languages import visitor_language_field
from einblick.employers.models import Employer


def new_nonce() -> str:
    return secrets.token_urlsafe(16)


class Invitation(models.Model):
    """One invitation to a company login; re-inviting renews its link and expiry."""

    employer = models.ForeignKey(
        Employer,
        verbose_name="Arbeitgeber",
        on_delete=models.CASCADE,
        related_name="invitations",
    )
    email = models.EmailField("E-Mail-Adresse")
    name = models.CharField("Name der Ansprechperson", max_length=150)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Eingeladen von",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    nonce = models.CharField(max_length=32, default=new_nonce, editable=False)
    sent_at = models.DateTimeField("Versendet am", default=timezone.now)
    expires_at = models.DateTimeField("Gültig bis")
    accepted_at = models.DateTimeField("Angenommen am", null=True, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Zugang",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField("Angelegt am", auto_now_add=True)

    class Meta:
        verbose_name = "Einladung"
        verbose_name_plural = "Einladungen"
        ordering = ["-sent_at"]

    def __str__(self):
        return f"{self.name} <{self.email}> → {self.employer}"

    @property
    def expired(self) -> bool:
        return self.accepted_at is None and self.expires_at <= timezone.now()

    @property
    def status(self) -> str:
        if self.accepted_at is not None:
            return "angenommen"
        if self.expired:
            return "abgelaufen"
        return "offen"


class RegistrationRequest(models.Model):
    """A company asks for a login on the public page "Für Unternehmen"."""

    class Status(models.TextChoices):
        NEW = "new", "neu"
        INVITED = "invited", "eingeladen"
        DECLINED = "declined", "abgelehnt"

    company = models.CharField("Unternehmen", max_length=200)
    contact_name = models.CharField("Ansprechperson", max_length=150)
    email = models.EmailField("E-Mail-Adresse")
    message = models.TextField("Kurz zu Ihrem Unternehmen", max_length=1000, blank=True)
    consent = models.BooleanField("Einwilligung zur Verarbeitung", default=False)
    language = visitor_language_field()
    status = models.CharField("Stand", max_length=10, choices=Status, default=Status.NEW)
    decided_at = models.DateTimeField("Entschieden am", null=True, blank=True)
    invitation = models.ForeignKey(
        Invitation,
        verbose_name="Einladung",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="requests",
    )
    created_at = models.DateTimeField("Eingegangen am", auto_now_add=True)

    class Meta:
        verbose_name = "Registrierungsanfrage"
        verbose_name_plural = "Registrierungsanfragen"
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.company} ({self.contact_name})"
