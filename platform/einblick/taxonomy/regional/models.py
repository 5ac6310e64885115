"""Which shared taxonomy entries a region uses (a region setting)."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db import models
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from tenants.utils import is_public_schema


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
        # Created by the offers app before this app existed; the table keeps its name.
        db_table = "offers_taxonomyvisibility"

    @classmethod
    def load(cls, request_or_site=None):
        # Region-only table: refuse clearly in the public schema instead of a SQL error.
        if is_public_schema():
            raise PermissionDenied(
                "„Sichtbare Taxonomien“ gehört zu einer Region; bitte im Admin der Region öffnen."
            )
        return super().load(request_or_site)
