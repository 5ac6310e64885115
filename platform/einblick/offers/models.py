"""Latent offers (Ferienjobs, Praktika, Schnuppertage, ...) and per-region taxonomy visibility."""

import datetime

from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index

from einblick.employers.models import Address, unique_slug
from tenants.utils import is_public_schema

from .inclusive import validate_inclusive_title

PERIOD_KINDS = [
    ("dates", "Fester Zeitraum"),
    ("season", "Wiederkehrend (Saison)"),
    ("on_request", "Auf Anfrage"),
]
SEASONS = [
    ("", "—"),
    ("winterferien", "Winterferien"),
    ("osterferien", "Osterferien"),
    ("sommerferien", "Sommerferien"),
    ("herbstferien", "Herbstferien"),
    ("ganzjaehrig", "Ganzjährig"),
]
PAY_KINDS = [
    ("", "keine Angabe"),
    ("paid", "bezahlt"),
    ("allowance", "Aufwandsentschädigung"),
    ("unpaid", "unbezahlt"),
]
PAY_UNITS = [("", "—"), ("hour", "pro Stunde"), ("month", "pro Monat"), ("total", "insgesamt")]


class OfferQuerySet(models.QuerySet):
    def public(self, now=None):
        """Published offers of published employers that have not expired *now*.

        Expiry is evaluated at query time, so an offer disappears on its expiry date
        without a scheduled job.
        """
        now = now or timezone.now()
        today = timezone.localdate(now)
        return (
            self.filter(live=True, employer__live=True)
            .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
            .filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
        )


class Offer(
    WorkflowMixin, DraftStateMixin, RevisionMixin, index.Indexed, ClusterableModel, Address
):
    """A latent offer of an employer to young people."""

    title = models.CharField(
        "Titel",
        max_length=200,
        validators=[validate_inclusive_title],
        help_text="Geschlechtergerecht, z. B. „Ferienjob im Lager (m/w/d)“ oder „Praktikum Mechatronik“.",
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
    occupational_fields = ParentalManyToManyField(
        "taxonomy.OccupationalField", verbose_name="Berufsfelder", blank=True, related_name="+"
    )
    occupations = ParentalManyToManyField(
        "taxonomy.Occupation", verbose_name="Berufe", blank=True, related_name="+"
    )
    target_groups = ParentalManyToManyField(
        "taxonomy.TargetGroup", verbose_name="Zielgruppen", blank=True, related_name="+"
    )
    school_levels = ParentalManyToManyField(
        "taxonomy.SchoolLevel", verbose_name="Schulstufen", blank=True, related_name="+"
    )
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
    tasks = models.TextField("Was du machst", blank=True)
    people = models.TextField("Wen du triffst", blank=True)
    how_to_apply = models.TextField("So bewirbst du dich", blank=True)
    apply_email = models.EmailField("Bewerbung per E-Mail", blank=True)
    apply_url = models.URLField("Bewerbung online", blank=True)
    contact_name = models.CharField("Ansprechperson", max_length=150, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="offer")

    objects = OfferQuerySet.as_manager()

    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.FilterField("live"),
    ]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "Angebot"
        verbose_name_plural = "Angebote"

    def __str__(self):
        return self.title

    @property
    def revisions(self):
        return self._revisions

    def clean(self):
        super().clean()
        errors = {}
        if self.period_kind == "dates" and not self.start_date:
            errors["start_date"] = "Bei einem festen Zeitraum bitte den Beginn angeben."
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = "Das Ende liegt vor dem Beginn."
        if self.period_kind == "season" and not self.season:
            errors["season"] = "Bitte die Saison wählen (z. B. Sommerferien)."
        if self.pay_kind == "paid" and self.pay_amount is None:
            errors["pay_amount"] = "Bei bezahlten Angeboten bitte den Betrag in € angeben."
        if self.location_differs and not (self.city or self.postcode):
            errors["city"] = "Bitte den abweichenden Ort angeben."
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Offer, self.title, self.pk)
        super().save(*args, **kwargs)

    def get_url(self):
        return f"/angebote/{self.slug}/"

    get_absolute_url = get_url

    @property
    def status(self) -> str:
        if not self.live:
            return "draft"
        now = timezone.now()
        if (self.expire_at and self.expire_at <= now) or (
            self.end_date and self.end_date < timezone.localdate(now)
        ):
            return "expired"
        return "published"

    def effective_location(self):
        """(street, postcode, city, latitude, longitude) of the offer or of its employer."""
        source = self if self.location_differs else self.employer
        return (source.street, source.postcode, source.city, source.latitude, source.longitude)

    def valid_through(self) -> datetime.date | None:
        if self.expire_at:
            return timezone.localdate(self.expire_at)
        return self.end_date


@register_setting(icon="list-ul")
class TaxonomyVisibility(BaseGenericSetting):
    """Shared taxonomy entries this region does not use (hidden from its filters and forms)."""

    hidden_offer_types = models.ManyToManyField(
        "taxonomy.OfferType",
        blank=True,
        related_name="+",
        verbose_name="Ausgeblendete Angebotsarten",
    )
    hidden_fields = models.ManyToManyField(
        "taxonomy.OccupationalField",
        blank=True,
        related_name="+",
        verbose_name="Ausgeblendete Berufsfelder",
    )
    hidden_occupations = models.ManyToManyField(
        "taxonomy.Occupation", blank=True, related_name="+", verbose_name="Ausgeblendete Berufe"
    )
    hidden_benefits = models.ManyToManyField(
        "taxonomy.Benefit", blank=True, related_name="+", verbose_name="Ausgeblendete Vorteile"
    )
    hidden_target_groups = models.ManyToManyField(
        "taxonomy.TargetGroup",
        blank=True,
        related_name="+",
        verbose_name="Ausgeblendete Zielgruppen",
    )

    panels = [
        HelpPanel(
            "Hier blendet die Region Einträge der gemeinsamen Taxonomien aus, die sie nicht "
            "nutzt. Ausgeblendete Einträge erscheinen nicht mehr in Filtern und Formularen; "
            "bestehende Angebote behalten sie."
        ),
        FieldPanel("hidden_offer_types", widget=forms.CheckboxSelectMultiple),
        FieldPanel("hidden_fields", widget=forms.CheckboxSelectMultiple),
        FieldPanel("hidden_benefits", widget=forms.CheckboxSelectMultiple),
        FieldPanel("hidden_target_groups", widget=forms.CheckboxSelectMultiple),
        FieldPanel("hidden_occupations"),
    ]

    class Meta:
        verbose_name = "Sichtbare Taxonomien"

    @classmethod
    def load(cls, request_or_site=None):
        # Region-only table: refuse clearly in the public schema instead of a SQL error.
        if is_public_schema():
            raise PermissionDenied(
                "„Sichtbare Taxonomien“ gehört zu einer Region; bitte im Admin der Region öffnen."
            )
        return super().load(request_or_site)
