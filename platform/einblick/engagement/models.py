"""What a visitor leaves without an account, per region: search alerts and enquiries."""

import secrets

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from einblick.core.languages import visitor_language_field


def new_nonce() -> str:
    return secrets.token_urlsafe(16)


class Frequency(models.TextChoices):
    DAILY = "daily", _("täglich")
    WEEKLY = "weekly", _("wöchentlich")


class AlertSource(models.TextChoices):
    OFFERS = "offers", "Angebote"
    SEARCH = "search", "Suche"
    EVENTS = "events", "Veranstaltungen"
    EMPLOYERS = "employers", "Arbeitgeber"


class AlertBase(models.Model):
    """ "Benachrichtige mich": a list's filter and an e-mail address (einblick.engagement.sources).

    Double opt-in: nothing is sent but the confirmation mail until `confirmed_at` is set.
    `checked_until` is the watermark of the digest: items first published after it are new.
    """

    email = models.EmailField("E-Mail-Adresse", max_length=254)
    source = models.CharField(
        "Liste", max_length=20, choices=AlertSource.choices, default=AlertSource.OFFERS
    )
    query = models.JSONField("Filter", default=dict)  # ADR 0008 parameters → list of values
    label = models.CharField("Beschreibung", max_length=300)
    frequency = models.CharField(
        "Häufigkeit", max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY
    )
    language = visitor_language_field()
    nonce = models.CharField(max_length=32, default=new_nonce, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    last_click_at = models.DateTimeField(null=True, blank=True)
    checked_until = models.DateTimeField(null=True, blank=True)
    last_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["created_at"]

    def __str__(self):
        return self.label


class SearchAlert(AlertBase):
    """An alert of a region (region schema): offer list, search page, calendar, directory."""

    class Meta(AlertBase.Meta):
        verbose_name = "Suchbenachrichtigung"
        verbose_name_plural = "Suchbenachrichtigungen"
        indexes = [models.Index(fields=["confirmed_at", "last_sent_at"])]


class Enquiry(models.Model):
    """ "Ich habe Interesse": a pupil's message to a company about an offer, an event or the
    employer. An enquiry about a region's own event (no organising company) has no employer:
    only the region's editors see it in the CMS."""

    employer = models.ForeignKey(
        "employers.Employer",
        verbose_name="Arbeitgeber",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="enquiries",
    )
    offer = models.ForeignKey(
        "offers.Offer",
        verbose_name="Angebot",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="enquiries",
    )
    event = models.ForeignKey(
        "events.Event",
        verbose_name="Veranstaltung",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="enquiries",
    )
    name = models.CharField("Name", max_length=120)
    email = models.EmailField("E-Mail-Adresse", max_length=254)
    phone = models.CharField("Telefon", max_length=50, blank=True)
    school = models.CharField("Schule und Klasse", max_length=160, blank=True)
    message = models.TextField("Nachricht", max_length=2000)
    language = visitor_language_field()
    recipient = models.EmailField("Weitergeleitet an", blank=True)
    created_at = models.DateTimeField("Eingegangen am", auto_now_add=True)
    answered = models.BooleanField("Beantwortet", default=False)
    answered_at = models.DateTimeField("Beantwortet am", null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "Anfrage"
        verbose_name_plural = "Anfragen"

    def __str__(self):
        return f"{self.name} – {self.subject}"

    def save(self, *args, **kwargs):
        if self.answered and self.answered_at is None:
            self.answered_at = timezone.now()
        elif not self.answered:
            self.answered_at = None
        super().save(*args, **kwargs)

    @property
    def subject(self):
        """What the enquiry is about: the offer, the event or the employer."""
        return self.offer or self.event or self.employer


@register_setting(icon="mail")
class EnquirySettings(BaseGenericSetting):
    """Region-wide rules for enquiries to companies."""

    retention_days = models.PositiveSmallIntegerField(
        "Löschfrist für Anfragen (Tage)",
        default=90,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
        help_text="So lange nach dem Eingang bleiben Anfragen von Schüler:innen gespeichert.",
    )

    panels = [FieldPanel("retention_days")]

    class Meta:
        verbose_name = "Anfragen an Unternehmen"

    @classmethod
    def current(cls) -> "EnquirySettings":
        """The current region's settings (defaults when none were saved)."""
        return cls.objects.first() or cls()
