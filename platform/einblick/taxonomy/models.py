"""Shared taxonomies (public schema): maintained once, read by every region.

Entries are never hard-deleted while regions reference them: they are archived instead
(`is_archived`), so old offers keep rendering their type, field or occupation.
"""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

GERMAN, ENGLISH = "de", "en"


def _english_active() -> bool:
    return (translation.get_language() or GERMAN).split("-")[0] == ENGLISH


class TaxonomyQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_archived=False)


class TaxonomyEntry(models.Model):
    slug = models.SlugField("Kürzel", max_length=120, unique=True)
    name = models.CharField("Bezeichnung", max_length=200)
    name_en = models.CharField(
        "Bezeichnung (Englisch)",
        max_length=200,
        blank=True,
        help_text="Für die englischen Seiten; leer: dort erscheint die deutsche Bezeichnung.",
    )
    sort_order = models.PositiveIntegerField("Reihenfolge", default=0)
    is_archived = models.BooleanField(
        "archiviert",
        default=False,
        help_text="Archivierte Einträge sind für neue Inhalte nicht mehr wählbar, "
        "bleiben aber an bestehenden Angeboten sichtbar.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = TaxonomyQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return f"{self.label} (archiviert)" if self.is_archived else self.label

    # -- the one way to show an entry in the page's language (issue 20) ----------------------
    def content_language(self, part: str = "name") -> str:
        """The language `localised(part)` is in: "en" on English pages where the English
        form is filled, else "de" (themes' `content_lang` marks German parts with it)."""
        if not _english_active():
            return GERMAN
        # A short or plural form follows the name: English as soon as the name is.
        english = getattr(self, "name_en" if part in FOLLOWS_NAME else f"{part}_en", "")
        return ENGLISH if english else GERMAN

    def localised(self, part: str = "name") -> str:
        """`part` ("name", "short_name", "description", …) in the active language: the
        `<part>_en` field on English pages, German where it is empty."""
        if self.content_language(part) == ENGLISH:
            english = getattr(self, f"{part}_en", "")
            if english or part not in FOLLOWS_NAME:
                return english
            return self.name_en
        return getattr(self, part) or (self.name if part in FOLLOWS_NAME else "")

    @property
    def label(self) -> str:
        """The name in the active language (German fallback): what public pages, filters,
        feeds, widgets and the API show."""
        return self.localised("name")

    def delete(self, *args, **kwargs):
        """Archive instead of deleting: regions may still reference the entry."""
        self.is_archived = True
        self.save(update_fields=["is_archived", "updated_at"])
        return (0, {})


# Shorter or plural forms of the name: without their own English form, the English name.
FOLLOWS_NAME = ("short_name", "name_plural")


class OfferType(TaxonomyEntry):
    name_plural = models.CharField("Mehrzahl", max_length=200, blank=True)
    name_plural_en = models.CharField("Mehrzahl (Englisch)", max_length=200, blank=True)
    description = models.TextField("Beschreibung", blank=True)
    job_posting = models.BooleanField(
        "Stellenanzeige (schema.org JobPosting)",
        default=False,
        help_text="Angebote dieses Typs tragen JobPosting-Daten für Suchmaschinen.",
    )
    employment_type = models.CharField("employmentType", max_length=20, blank=True)
    icon = models.CharField("Symbol", max_length=40, blank=True)

    class Meta(TaxonomyEntry.Meta):
        verbose_name = "Angebotsart"
        verbose_name_plural = "Angebotsarten"


class OccupationalField(TaxonomyEntry):
    short_name = models.CharField("Kurzname", max_length=80, blank=True)
    short_name_en = models.CharField("Kurzname (Englisch)", max_length=80, blank=True)
    icon = models.CharField("Symbol", max_length=40, blank=True)
    description = models.TextField("Beschreibung", blank=True)
    description_en = models.TextField("Beschreibung (Englisch)", blank=True)

    class Meta(TaxonomyEntry.Meta):
        verbose_name = "Berufsfeld"
        verbose_name_plural = "Berufsfelder"

    @property
    def short_label(self) -> str:
        """Tiles, chips and filters: the short name in the active language."""
        return self.localised("short_name")


class Occupation(TaxonomyEntry):
    field = models.ForeignKey(
        OccupationalField,
        verbose_name="Berufsfeld",
        on_delete=models.PROTECT,
        related_name="occupations",
    )
    kldb = models.CharField("KldB-2010-Schlüssel", max_length=5, blank=True)
    duration_months = models.PositiveSmallIntegerField("Dauer (Monate)", null=True, blank=True)
    search_terms = models.JSONField("Suchbegriffe", default=list, blank=True)

    class Meta(TaxonomyEntry.Meta):
        verbose_name = "Ausbildungsberuf"
        verbose_name_plural = "Ausbildungsberufe"


class Benefit(TaxonomyEntry):
    icon = models.CharField("Symbol", max_length=40, blank=True)
    description = models.TextField("Beschreibung", blank=True)

    class Meta(TaxonomyEntry.Meta):
        verbose_name = "Vorteil"
        verbose_name_plural = "Vorteile"


class TargetGroup(TaxonomyEntry):
    class Meta(TaxonomyEntry.Meta):
        verbose_name = "Zielgruppe"
        verbose_name_plural = "Zielgruppen"


class SchoolLevel(TaxonomyEntry):
    min_class = models.PositiveSmallIntegerField("ab Klasse", null=True, blank=True)
    max_class = models.PositiveSmallIntegerField("bis Klasse", null=True, blank=True)

    class Meta(TaxonomyEntry.Meta):
        verbose_name = "Schulstufe"
        verbose_name_plural = "Schulstufen"


class SearchConcept(TaxonomyEntry):
    """One entry of the German youth-jobs search lexicon (data file `search_lexicon.json`).

    `synonyms`: equivalent or closely related words of one occupation family ("Koch, Köchin,
    Küche, Gastronomie"); a query for any of them finds all. `intent`: everyday phrases
    ("Taschengeld", "in den Osterferien", "mit der Schulklasse") that mean offer types, target
    groups or Berufsfelder; search applies them as removable filters and boosts.
    """

    KINDS = [("synonyms", "Berufsfamilie / Synonyme"), ("intent", "Alltagsformulierung")]

    kind = models.CharField("Art", max_length=20, choices=KINDS, default="synonyms")
    phrases = models.JSONField(
        "Begriffe und Formulierungen",
        default=list,
        help_text='Liste, z. B. ["Koch", "Köchin", "Küche"] oder ["in den Ferien"].',
    )
    narrower_terms = models.JSONField(
        "Unterbegriffe",
        default=list,
        blank=True,
        help_text="Werden mitgefunden, lösen den Eintrag aber nicht aus (Handwerk → Tischler).",
    )
    offer_types = models.JSONField("Angebotsarten (Kürzel)", default=list, blank=True)
    occupational_fields = models.JSONField("Berufsfelder (Kürzel)", default=list, blank=True)
    target_groups = models.JSONField("Zielgruppen (Kürzel)", default=list, blank=True)
    boost_terms = models.JSONField(
        "Verstärkende Wörter",
        default=list,
        blank=True,
        help_text="Wörter, die Treffer nach oben holen, ohne Bedingung zu sein (z. B. Osterferien).",
    )

    class Meta(TaxonomyEntry.Meta):
        verbose_name = "Suchlexikon-Eintrag"
        verbose_name_plural = "Suchlexikon"

    def clean(self):
        from django.core.exceptions import ValidationError

        errors = {}
        for name in ("phrases", "narrower_terms", "offer_types", "occupational_fields",
                     "target_groups", "boost_terms"):  # fmt: skip
            value = getattr(self, name)
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                errors[name] = "Bitte eine Liste von Texten angeben."
        if not errors and not self.phrases:
            errors["phrases"] = "Mindestens ein Begriff."
        for name, model in (
            ("offer_types", OfferType),
            ("occupational_fields", OccupationalField),
            ("target_groups", TargetGroup),
        ):
            if name in errors:
                continue
            slugs = getattr(self, name)
            known = set(model.objects.filter(slug__in=slugs).values_list("slug", flat=True))
            unknown = [s for s in slugs if s not in known]
            if unknown:
                errors[name] = "Unbekannte Kürzel: " + ", ".join(unknown)
        if errors:
            raise ValidationError(errors)


INTEREST_TOPICS = [
    ("taetigkeiten", _("Was du gern machst")),
    ("faecher", _("Schulfächer")),
    ("umfeld", _("Wo und womit du arbeiten möchtest")),
]
MAX_INTEREST_POINTS = 3


class InterestQuestion(TaxonomyEntry):
    """One statement of the pupils' interest check with its transparent scoring.

    `weights` maps Berufsfeld slugs to points (1–3) that an answer „Stimmt“ gives; „Teils“
    gives half of them (data file `interest_questions.json`, scoring in the page's script).
    """

    topic = models.CharField("Thema", max_length=20, choices=INTEREST_TOPICS)
    hint = models.CharField("Beispiel", max_length=200, blank=True)
    hint_en = models.CharField("Beispiel (Englisch)", max_length=200, blank=True)
    weights = models.JSONField(
        "Punkte je Berufsfeld",
        default=dict,
        help_text='Kürzel des Berufsfelds → Punkte (1–3), z. B. {"elektro": 3, "it-computer": 1}.',
    )

    class Meta(TaxonomyEntry.Meta):
        verbose_name = "Interessen-Check: Aussage"
        verbose_name_plural = "Interessen-Check"

    def clean(self):
        from django.core.exceptions import ValidationError

        weights = self.weights
        if not isinstance(weights, dict) or not weights:
            raise ValidationError({"weights": "Bitte mindestens ein Berufsfeld mit Punkten."})
        bad = [
            slug
            for slug, points in weights.items()
            if not isinstance(points, int)
            or isinstance(points, bool)
            or not 1 <= points <= MAX_INTEREST_POINTS
        ]
        if bad:
            raise ValidationError(
                {"weights": f"Punkte müssen ganze Zahlen von 1 bis 3 sein: {', '.join(bad)}"}
            )
        known = set(
            OccupationalField.objects.filter(slug__in=weights).values_list("slug", flat=True)
        )
        unknown = [slug for slug in weights if slug not in known]
        if unknown:
            raise ValidationError({"weights": "Unbekannte Berufsfelder: " + ", ".join(unknown)})


TAXONOMY_MODELS = {
    "offer_types": OfferType,
    "occupational_fields": OccupationalField,
    "occupations": Occupation,
    "benefits": Benefit,
    "target_groups": TargetGroup,
    "school_levels": SchoolLevel,
    "search_lexicon": SearchConcept,
    "interest_questions": InterestQuestion,
}


class TaxonomyUsage(models.Model):
    """How often one schema (a region or the portal) uses each taxonomy entry.

    Counted by `count_region_figures` (hourly, and for one region after each publish there),
    so that the listings in the public admin add up stored numbers instead of counting in
    every schema (einblick.taxonomy.usage). `counts` maps a model label to {entry id: uses}.
    """

    schema_name = models.CharField(max_length=63, unique=True)
    counts = models.JSONField(default=dict)
    counted_at = models.DateTimeField()

    class Meta:
        verbose_name = "Taxonomie-Verwendung"
        verbose_name_plural = "Taxonomie-Verwendungen"

    def __str__(self):
        return self.schema_name
