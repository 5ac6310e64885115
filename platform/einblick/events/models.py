"""Events of a region: Ausbildungsmesse, Woche der offenen Unternehmen, Elternabend, ...

An event may take online registrations (`online_registration`): seats per event or per
time slot (`EventSlot`), a registration window, class registrations, a minimum age and a
guardian's consent. The registrations themselves live in `registrations.py`.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from einblick.core.publishing import PublishableQuerySet
from einblick.core.snippets import ReviewedSnippet
from einblick.taxonomy.fields import taxonomy_field

from .registrations import Registration, RegistrationTally  # noqa: F401  (model discovery)

EVENT_KINDS = [
    ("ausbildungsmesse", _("Ausbildungsmesse")),
    ("woche_offene_unternehmen", _("Woche der offenen Unternehmen")),
    ("tag_offene_tuer", _("Tag der offenen Tür")),
    ("elternabend", _("Elternabend")),
    ("infoveranstaltung", _("Infoveranstaltung")),
    ("workshop", _("Workshop")),
    ("fachkraefte_international", _("Fachkräfte international")),
    ("sonstiges", _("Sonstiges")),
]


class EventQuerySet(PublishableQuerySet):
    def upcoming(self, now=None):
        now = now or timezone.now()
        return self.public().filter(
            models.Q(end__gte=now) | models.Q(end__isnull=True, start__gte=now)
        )


class Event(ReviewedSnippet):
    """A region event; a company's own events (`organiser`) go through the review workflow."""

    title = models.CharField("Titel", max_length=200)
    slug = models.SlugField("URL-Kürzel", max_length=120, unique=True, blank=True)
    kind = models.CharField("Art", max_length=30, choices=EVENT_KINDS, default="sonstiges")
    start = models.DateTimeField("Beginn")
    end = models.DateTimeField("Ende", null=True, blank=True)
    venue = models.CharField("Veranstaltungsort", max_length=200, blank=True)
    description = RichTextField(
        "Beschreibung", blank=True, features=["bold", "italic", "ul", "ol", "link"]
    )
    employers = ParentalManyToManyField(
        "employers.Employer",
        verbose_name="Teilnehmende Arbeitgeber",
        blank=True,
        related_name="events",
    )
    target_groups = taxonomy_field("TargetGroup", "Zielgruppen")
    organiser = models.ForeignKey(
        "employers.Employer",
        verbose_name="Veranstaltet von (Unternehmen)",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organised_events",
        help_text="Leer: eine Veranstaltung der Region. Sonst pflegt das Unternehmen sie selbst "
        "(mit Freigabe durch die Redaktion) und sieht ihre Anmeldungen.",
    )
    registration_url = models.URLField(
        "Anmeldung (Link)",
        blank=True,
        help_text="Nur für eine Anmeldung in einem anderen System (ohne Onlineanmeldung).",
    )
    # --- online registration -------------------------------------------------------------
    online_registration = models.BooleanField(
        "Onlineanmeldung", default=False, help_text="Anmeldung direkt auf der Veranstaltungsseite."
    )
    capacity = models.PositiveIntegerField(
        "Plätze",
        null=True,
        blank=True,
        help_text="Plätze der ganzen Veranstaltung; bei Zeitfenstern zählen deren Plätze.",
    )
    registration_opens = models.DateTimeField("Anmeldung ab", null=True, blank=True)
    registration_closes = models.DateTimeField(
        "Anmeldeschluss", null=True, blank=True, help_text="Leer: bis zum Beginn."
    )
    allow_groups = models.BooleanField(
        "Klassen- und Gruppenanmeldung",
        default=False,
        help_text="Lehrkräfte melden eine Gruppe an.",
    )
    max_group_size = models.PositiveSmallIntegerField(
        "Größte Gruppe", default=30, validators=[MinValueValidator(1), MaxValueValidator(200)]
    )
    min_age = models.PositiveSmallIntegerField(
        "Mindestalter", null=True, blank=True, validators=[MaxValueValidator(99)]
    )
    guardian_consent = models.BooleanField(
        "Einverständnis der Erziehungsberechtigten abfragen",
        default=False,
        help_text="Für Schüler:innen unter 16 Jahren.",
    )
    max_per_email = models.PositiveSmallIntegerField(
        "Anmeldungen je E-Mail-Adresse",
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(20)],
    )
    organiser_email = models.EmailField(
        "E-Mail des Veranstalters",
        blank=True,
        help_text="Erhält Hinweise zu Anmeldungen und Abmeldungen.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = EventQuerySet.as_manager()

    index_page_model = "pages.EventIndexPage"

    search_fields = [
        index.SearchField("title"),
        index.FilterField("live"),
        index.FilterField("organiser"),  # company logins' choosers search their own events
    ]

    class Meta:
        ordering = ["start"]
        verbose_name = "Veranstaltung"
        verbose_name_plural = "Veranstaltungen"

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": "Das Ende liegt vor dem Beginn."})
        closes = self.registration_closes
        if self.registration_opens and closes and closes < self.registration_opens:
            raise ValidationError(
                {"registration_closes": "Der Anmeldeschluss liegt vor dem Start."}
            )
        if self.online_registration and self.capacity is None and not self._has_slots():
            raise ValidationError(
                {"capacity": "Bitte Plätze angeben (oder Zeitfenster mit Plätzen anlegen)."}
            )

    def _has_slots(self) -> bool:
        return bool(list(self.slots.all()))

    @property
    def registration_deadline(self):
        return self.registration_closes or self.start

    def registration_state(self, now=None) -> str:
        """ "open", "not_yet", "closed" or "none" (no online registration)."""
        if not self.online_registration:
            return "none"
        now = now or timezone.now()
        if self.registration_opens and now < self.registration_opens:
            return "not_yet"
        if now >= self.registration_deadline:
            return "closed"
        return "open"


class EventSlot(Orderable):
    """A time slot, booth or talk with seats of its own (Schnuppertag, talks at a fair)."""

    event = ParentalKey(Event, on_delete=models.CASCADE, related_name="slots")
    label = models.CharField("Bezeichnung", max_length=120, help_text="z. B. „9–11 Uhr“")
    start = models.DateTimeField("Beginn", null=True, blank=True)
    capacity = models.PositiveIntegerField("Plätze")

    panels = [FieldPanel("label"), FieldPanel("start"), FieldPanel("capacity")]

    class Meta(Orderable.Meta):
        verbose_name = "Zeitfenster"
        verbose_name_plural = "Zeitfenster"

    def __str__(self):
        return self.label


@register_setting(icon="date")
class RegistrationSettings(BaseGenericSetting):
    """Region-wide rules for event registrations (confirmation, reminders, deletion)."""

    confirmation_hours = models.PositiveSmallIntegerField(
        "Bestätigungsfrist (Stunden)",
        default=24,
        validators=[MinValueValidator(1), MaxValueValidator(336)],
        help_text="Unbestätigte Anmeldungen verfallen danach und geben ihre Plätze frei.",
    )
    reminder_days = models.PositiveSmallIntegerField(
        "Erinnerung (Tage vorher)", default=2, validators=[MaxValueValidator(60)]
    )
    retention_days = models.PositiveSmallIntegerField(
        "Löschfrist (Tage nach der Veranstaltung)",
        default=30,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
        help_text="Danach werden Namen und E-Mail-Adressen gelöscht; nur Zahlen bleiben.",
    )

    panels = [
        HelpPanel("Regeln für alle Onlineanmeldungen dieser Region."),
        FieldPanel("confirmation_hours"),
        FieldPanel("reminder_days"),
        FieldPanel("retention_days"),
    ]

    class Meta:
        verbose_name = "Veranstaltungsanmeldungen"

    @classmethod
    def current(cls) -> "RegistrationSettings":
        """The current region's settings (defaults when none were saved)."""
        return cls.objects.first() or cls()
