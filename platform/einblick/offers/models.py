"""Latent offers (Ferienjobs, Praktika, Schnuppertage, ...)."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField
from wagtail.search import index

from einblick.core.images import image_field
from einblick.core.languages import GERMAN_LEVELS, language_list_field, language_names
from einblick.core.publishing import PublishableQuerySet
from einblick.core.snippets import ReviewedSnippet
from einblick.taxonomy.fields import taxonomy_field

from .inclusive import validate_inclusive_title

PERIOD_KINDS = [
    ("dates", "Fester Zeitraum"),
    ("season", "Wiederkehrend (Saison)"),
    ("on_request", "Auf Anfrage"),
]
SEASONS = [
    ("", "—"),
    ("winterferien", _("Winterferien")),
    ("osterferien", _("Osterferien")),
    ("sommerferien", _("Sommerferien")),
    ("herbstferien", _("Herbstferien")),
    ("ganzjaehrig", _("Ganzjährig")),
]
PAY_KINDS = [
    ("", "keine Angabe"),
    ("paid", "bezahlt"),
    ("allowance", "Aufwandsentschädigung"),
    ("unpaid", "unbezahlt"),
]
PAY_UNITS = [("", "—"), ("hour", "pro Stunde"), ("month", "pro Monat"), ("total", "insgesamt")]


class OfferQuerySet(PublishableQuerySet):
    """An offer is public while its employer is, and ends with its end date."""

    def public_q(self, now) -> Q:
        today = timezone.localdate(now)
        return (
            super().public_q(now)
            & Q(employer__live=True)
            & (Q(end_date__isnull=True) | Q(end_date__gte=today))
        )

    def expired_q(self, now) -> Q:
        return super().expired_q(now) | Q(end_date__lt=timezone.localdate(now))


class Offer(ReviewedSnippet):
    """A latent offer of an employer to young people."""

    title = models.CharField(
        "Titel",
        max_length=200,
        validators=[validate_inclusive_title],
        help_text="Geschlechtergerecht, am besten mit „:in“ (z. B. „Ferienjobber:in im Lager“) "
        "oder neutral („Praktikum Mechatronik“); „(m/w/d)“ wird ebenfalls akzeptiert.",
    )
    slug = models.SlugField("URL-Kürzel", max_length=120, unique=True, blank=True)
    external_id = models.CharField("Externe ID", max_length=120, unique=True, null=True, blank=True)
    offer_type = models.ForeignKey(
        "taxonomy.OfferType", verbose_name="Angebotsart", on_delete=models.PROTECT, related_name="+"
    )
    employer = models.ForeignKey(
        "employers.Employer",
        verbose_name="Arbeitgeber",
        on_delete=models.CASCADE,
        related_name="offers",
    )
    description = RichTextField(
        "Beschreibung", blank=True, features=["bold", "italic", "ul", "ol", "link"]
    )
    occupational_fields = taxonomy_field("OccupationalField", "Berufsfelder")
    occupations = taxonomy_field("Occupation", "Berufe")
    target_groups = taxonomy_field("TargetGroup", "Zielgruppen")
    school_levels = taxonomy_field("SchoolLevel", "Schulstufen")
    min_age = models.PositiveSmallIntegerField("Mindestalter", null=True, blank=True)
    min_class = models.PositiveSmallIntegerField("ab Klasse", null=True, blank=True)
    period_kind = models.CharField(
        "Zeitraum", max_length=12, choices=PERIOD_KINDS, default="on_request"
    )
    start_date = models.DateField("Beginn", null=True, blank=True)
    end_date = models.DateField(
        "Ende",
        null=True,
        blank=True,
        help_text="Nach diesem Tag verschwindet das Angebot automatisch von der Website.",
    )
    season = models.CharField("Saison", max_length=20, choices=SEASONS, blank=True)
    location_differs = models.BooleanField("Anderer Ort als die Firmenadresse", default=False)
    places = models.PositiveSmallIntegerField("Plätze", null=True, blank=True)
    pay_kind = models.CharField("Vergütung", max_length=10, choices=PAY_KINDS, blank=True)
    pay_amount = models.DecimalField(
        "Betrag in €", max_digits=8, decimal_places=2, null=True, blank=True
    )
    pay_unit = models.CharField("Einheit", max_length=10, choices=PAY_UNITS, blank=True)
    hours = models.CharField("Arbeitszeit", max_length=200, blank=True)
    image = image_field("Foto")
    image_alt = models.CharField(
        "Alternativtext des Fotos",
        max_length=250,
        blank=True,
        help_text="Pflicht, wenn ein Foto gewählt ist: Was ist darauf zu sehen? Z. B. "
        "„Praktikantin lötet eine Platine“.",
    )
    tasks = models.TextField("Was du machst", blank=True)
    people = models.TextField("Wen du triffst", blank=True)
    how_to_apply = models.TextField("So bewirbst du dich", blank=True)
    apply_email = models.EmailField("Bewerbung per E-Mail", blank=True)
    apply_url = models.URLField("Bewerbung online", blank=True)
    contact_name = models.CharField("Ansprechperson", max_length=150, blank=True)
    work_languages = language_list_field(
        "Sprachen am Arbeitsplatz",
        "Welche Sprachen werden im Team gesprochen? „Englisch“ macht das Angebot über den "
        "Filter „Englisch am Arbeitsplatz“ auffindbar.",
    )
    german_level = models.CharField(
        "Nötige Deutschkenntnisse", max_length=4, choices=GERMAN_LEVELS, blank=True
    )
    # The company's own English translation (shown on the English page; empty: German + note).
    title_en = models.CharField(
        "Titel (Englisch)",
        max_length=200,
        blank=True,
        help_text="z. B. „Summer job in our warehouse“. Leer lassen, wenn es keine "
        "Übersetzung gibt: Dann erscheint der deutsche Text mit einem Hinweis.",
    )
    summary_en = models.TextField(
        "Kurzbeschreibung (Englisch)",
        max_length=600,
        blank=True,
        help_text="Zwei bis drei Sätze auf Englisch: Was erwartet die Bewerber:innen?",
    )
    description_en = RichTextField(
        "Beschreibung (Englisch)", blank=True, features=["bold", "italic", "ul", "ol", "link"]
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OfferQuerySet.as_manager()

    index_page_model = "pages.OfferIndexPage"

    search_fields = [
        index.SearchField("title"),
        index.SearchField("title_en"),
        index.AutocompleteField("title"),
        index.FilterField("live"),
        index.FilterField("employer"),  # company logins' choosers search their own offers
    ]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "Angebot"
        verbose_name_plural = "Angebote"

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        errors = {}
        if self.period_kind == "dates" and not self.start_date:
            errors["start_date"] = "Bei einem festen Zeitraum bitte den Beginn angeben."
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = "Das Ende liegt vor dem Beginn."
        if self.period_kind == "season" and not self.season:
            errors["season"] = "Bitte die Saison wählen (z. B. Sommerferien)."
        if self.location_differs and not (self.city or self.postcode):
            errors["city"] = "Bitte den abweichenden Ort angeben."
        if self.image_id and not self.image_alt.strip():
            errors["image_alt"] = (
                "Bitte beschreiben, was auf dem Foto zu sehen ist (Alternativtext)."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def task_list(self) -> list[str]:
        """ "Was du machst" as list items: one per line, leading bullets ("-", "•", "*") dropped."""
        lines = (line.strip().lstrip("-•*–").strip() for line in self.tasks.splitlines())
        return [line for line in lines if line]

    @property
    def has_english(self) -> bool:
        """The company provided an English title (the English page shows its translation)."""
        return bool(self.title_en.strip())

    @property
    def english_spoken(self) -> bool:
        return "en" in self.work_languages

    @property
    def work_language_names(self) -> list[str]:
        return language_names(self.work_languages)

    def has_run_out(self, now) -> bool:
        ended = self.end_date and self.end_date < timezone.localdate(now)
        return super().has_run_out(now) or bool(ended)

    def effective_location(self):
        """(street, postcode, city, latitude, longitude) of the offer or of its employer."""
        source = self if self.location_differs else self.employer
        return (source.street, source.postcode, source.city, source.latitude, source.longitude)

    def valid_through(self) -> datetime.date | None:
        if self.expire_at:
            return timezone.localdate(self.expire_at)
        return self.end_date
