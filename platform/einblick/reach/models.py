"""Embeds ("Einbettungen"): school buttons and widgets that other websites show.

An embed belongs to one region (a row in the region's schema) and is addressed by a random
`key`, so the URL of one region's embed never names another region's row. Its preset filters
are stored as fields and handed to the offer list's `OfferFilter` in the ADR 0008 vocabulary
(`query()`), so a widget filters exactly like /angebote/?typ=…&berufsfeld=….
"""

import uuid

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import connection, models
from django.urls import reverse
from modelcluster.models import ClusterableModel
from wagtail.models import PreviewableMixin

from einblick.core.images import image_field
from einblick.events.models import EVENT_KINDS
from einblick.offers.filters import SORT_CHOICES
from einblick.taxonomy.fields import taxonomy_field
from search.towns import towns_for

from .rendering import events_for, frame_context, list_url, offers_for

KINDS = [("widget", "Widget mit Liste"), ("button", "Schulbutton")]
CONTENTS = [
    ("angebote", "Angebote"),
    ("veranstaltungen", "Veranstaltungen"),
    ("beides", "Angebote und Veranstaltungen"),
]
STYLES = [("marke", "in den Farben der Region"), ("neutral", "neutral (schwarz auf weiß)")]
SIZES = [("klein", "klein"), ("mittel", "mittel"), ("gross", "groß")]
TARGETS = [
    ("portal", "Startseite des Portals"),
    ("liste", "Angebotsliste mit den Filtern dieser Einbettung"),
]


class Listing(models.Model):
    """What a widget or partner page lists, and how many."""

    content = models.CharField("Inhalt", max_length=20, choices=CONTENTS, default="angebote")
    count = models.PositiveSmallIntegerField(
        "Anzahl der Einträge",
        default=5,
        validators=[MinValueValidator(1), MaxValueValidator(20)],
    )

    class Meta:
        abstract = True

    @property
    def shows_offers(self) -> bool:
        return self.content in ("angebote", "beides")

    @property
    def shows_events(self) -> bool:
        return self.content in ("veranstaltungen", "beides")


class Presets(Listing):
    """The preset filters of region and portal embeds alike (ADR 0008 names in `query`);
    subclasses add their own and a `sort` field."""

    offer_types = taxonomy_field("OfferType", "Angebotsarten")
    occupational_fields = taxonomy_field("OccupationalField", "Berufsfelder")
    target_groups = taxonomy_field("TargetGroup", "Zielgruppen")
    town = models.CharField("Ort", max_length=120, blank=True, help_text="z. B. „Jena“.")
    radius = models.PositiveSmallIntegerField(
        "Umkreis in km",
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(500)],
        help_text="Nur mit Ort; ohne Angabe 25 km.",
    )
    unknown_town = "Den Ort „{town}“ kennen wir in dieser Region nicht."

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        errors = {}
        if self.town and not any(t["name"] == self.town for t in self.region_towns()):
            errors["town"] = self.unknown_town.format(town=self.town)
        if self.radius and not self.town:
            errors["radius"] = "Ein Umkreis braucht einen Ort."
        if self.sort == "distance" and not self.town:
            errors["sort"] = "Sortieren nach Entfernung braucht einen Ort."
        if errors:
            raise ValidationError(errors)

    @staticmethod
    def region_towns() -> list[dict]:
        """The towns of the current region; on the portal (public schema) of all regions."""
        tenant = getattr(connection, "tenant", None)
        slug = None if connection.schema_name == "public" else getattr(tenant, "slug", None)
        return towns_for(slug)

    def query(self, **more: list[str]) -> dict[str, list[str] | str]:
        """The preset filters as list parameters, empty ones left out."""
        params: dict[str, list[str] | str] = {
            "typ": [t.slug for t in self.offer_types.all()],
            "berufsfeld": [f.slug for f in self.occupational_fields.all()],
            "zielgruppe": [g.slug for g in self.target_groups.all()],
            **more,
            "ort": self.town,
            "umkreis": str(self.radius or ""),
            "sort": self.sort if self.sort != "date" else "",
        }
        return {name: value for name, value in params.items() if value}


class RegionPresets(Presets):
    """Preset filters over one region's offers and events (embeds and partner pages)."""

    event_kind = models.CharField(
        "Art der Veranstaltungen",
        max_length=30,
        choices=EVENT_KINDS,
        blank=True,
        help_text="Leer lassen für alle Arten.",
    )
    school_levels = taxonomy_field("SchoolLevel", "Schularten")
    employer = models.ForeignKey(
        "employers.Employer",
        verbose_name="Nur Arbeitgeber",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Leer lassen für alle Arbeitgeber der Region.",
    )
    sort = models.CharField("Sortierung", max_length=10, choices=SORT_CHOICES, default="date")

    class Meta:
        abstract = True

    def query(self) -> dict[str, list[str] | str]:
        """As the offer list's parameters (`OfferFilter`)."""
        return super().query(schulstufe=[s.slug for s in self.school_levels.all()])


class EmbedLook(PreviewableMixin, models.Model):
    """A named button or widget addressed by a random key: how it looks and where it leads
    (region embeds here, the portal's in einblick.reach.portal)."""

    key = models.UUIDField("Kennung", default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(
        "Name",
        max_length=120,
        help_text="Nur für die Redaktion, z. B. „Schulbutton Gymnasium am Anger“.",
    )
    kind = models.CharField("Art", max_length=10, choices=KINDS, default="widget")
    title = models.CharField(
        "Überschrift bzw. Beschriftung",
        max_length=80,
        default="Praktika & Ferienjobs",
        help_text="Überschrift des Widgets oder Text auf dem Button.",
    )
    style = models.CharField("Gestaltung", max_length=10, choices=STYLES, default="marke")
    size = models.CharField("Größe des Buttons", max_length=10, choices=SIZES, default="mittel")
    target = models.CharField(
        "Ziel des Buttons und des Links", max_length=10, choices=TARGETS, default="liste"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    is_portal = False  # the portal's embeds list search hits (reach.portal)

    class Meta:
        abstract = True

    def __str__(self):
        return self.name

    # -- Wagtail live preview in the edit form -------------------------------------------
    def get_preview_template(self, request, mode_name):
        return "reach/embed_frame.html"

    def get_preview_context(self, request, mode_name):
        return {**super().get_preview_context(request, mode_name), **frame_context(self)}


class Embed(EmbedLook, RegionPresets, ClusterableModel):
    """A named school button or widget of the region, with preset filters."""

    class Meta:
        ordering = ["name"]
        verbose_name = "Einbettung"
        verbose_name_plural = "Einbettungen"

    # -- what the frame and the code builder ask of an embed (rendering) ------------------
    def listed_offers(self) -> list:
        return offers_for(self)

    def listed_events(self) -> list:
        return events_for(self)

    def list_url(self) -> str:
        return list_url(self)

    def target_url(self) -> str:
        return self.list_url() if self.target == "liste" else "/"

    @staticmethod
    def click_ref(obj) -> int:
        return obj.pk

    @staticmethod
    def direct_url(obj) -> str:
        return obj.get_url()


class Partner(RegionPresets, ClusterableModel):
    """A hosted partner page /partner/<slug>/ (a school, a chamber, a training cluster): its
    logo and short text above the region's offers and events matching its preset filters."""

    name = models.CharField("Name der Partnerin bzw. des Partners", max_length=120)
    slug = models.SlugField(
        "Adresse",
        max_length=80,
        unique=True,
        help_text="Die Seite steht unter /partner/<Adresse>/, z. B. „gymnasium-am-anger“.",
    )
    intro = models.TextField("Kurzer Text", max_length=600, blank=True)
    logo = image_field("Logo")
    logo_alt = models.CharField(
        "Alternativtext des Logos",
        max_length=250,
        blank=True,
        help_text="Pflicht, wenn ein Logo gewählt ist, z. B. „Logo des Gymnasiums am Anger“.",
    )
    count = models.PositiveSmallIntegerField(
        "Anzahl der Einträge",
        default=12,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "Partnerseite"
        verbose_name_plural = "Partnerseiten"

    def __str__(self):
        return self.name

    def clean(self):
        errors = {}
        try:
            super().clean()
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if self.logo_id and not self.logo_alt.strip():
            errors["logo_alt"] = ["Bitte beschreiben Sie das Logo in einem kurzen Satz."]
        if errors:
            raise ValidationError(errors)

    def get_url(self) -> str:
        return reverse("partner_page", args=[self.slug])
