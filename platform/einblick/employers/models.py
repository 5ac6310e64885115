"""Employer profiles of a region: one template for every company, whatever its size."""

from django.conf import settings
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from einblick.core.images import image_field
from einblick.core.publishing import PublishableQuerySet
from einblick.core.snippets import ReviewedSnippet
from einblick.security.embeds import validate_embed_url
from einblick.taxonomy.fields import taxonomy_field

SIZE_CLASSES = [
    ("micro", "1–9 Beschäftigte"),
    ("small", "10–49 Beschäftigte"),
    ("medium", "50–249 Beschäftigte"),
    ("large", "ab 250 Beschäftigte"),
]


class EmployerQuerySet(PublishableQuerySet):
    pass


class Employer(ReviewedSnippet):
    """A company presenting itself as an employer. Size never changes space or ranking."""

    name = models.CharField("Name", max_length=200)
    slug = models.SlugField("URL-Kürzel", max_length=120, unique=True, blank=True)
    external_id = models.CharField(
        "Externe ID",
        max_length=120,
        unique=True,
        null=True,
        blank=True,
        help_text="Kennung aus dem Quellsystem (CRM, Kammerliste) für wiederholte Importe.",
    )
    logo = image_field("Logo")
    pitch = models.CharField("Kurzvorstellung", max_length=300, blank=True)
    philosophy = RichTextField(
        "Was uns besonders macht",
        blank=True,
        features=["bold", "italic", "ul", "ol", "link"],
    )
    size_class = models.CharField("Größe", max_length=10, choices=SIZE_CLASSES, default="small")
    website = models.URLField("Webseite", blank=True)
    email = models.EmailField("E-Mail", blank=True)
    phone = models.CharField("Telefon", max_length=50, blank=True)
    occupational_fields = taxonomy_field("OccupationalField", "Berufsfelder")
    occupations = taxonomy_field("Occupation", "Ausbildungsberufe")
    benefits = taxonomy_field("Benefit", "Vorteile")
    video_url = models.URLField(
        "Video",
        blank=True,
        validators=[validate_embed_url],
        help_text="YouTube- oder Vimeo-Link; wird erst nach einem Klick der Besucher:innen "
        "geladen.",
    )
    tour_url = models.URLField(
        "Virtueller Rundgang",
        blank=True,
        validators=[validate_embed_url],
        help_text="Adresse eines von der Plattform freigegebenen Anbieters; wird erst nach "
        "einem Klick der Besucher:innen geladen.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = EmployerQuerySet.as_manager()

    slug_source = "name"
    index_page_model = "pages.EmployerIndexPage"

    search_fields = [
        index.SearchField("name"),
        index.SearchField("pitch"),
        index.AutocompleteField("name"),
        index.FilterField("size_class"),
        index.FilterField("live"),
        index.FilterField("id"),  # company logins' choosers search their own employer
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = "Arbeitgeber"
        verbose_name_plural = "Arbeitgeber"

    def __str__(self):
        return self.name


class EmployerContact(Orderable):
    employer = ParentalKey(Employer, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField("Name", max_length=150)
    role = models.CharField("Funktion", max_length=150, blank=True)
    email = models.EmailField("E-Mail", blank=True)
    phone = models.CharField("Telefon", max_length=50, blank=True)

    class Meta(Orderable.Meta):
        verbose_name = "Ansprechperson"
        verbose_name_plural = "Ansprechpersonen"

    def __str__(self):
        return self.name


class EmployerPhoto(Orderable):
    employer = ParentalKey(Employer, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name="Bild", on_delete=models.CASCADE, related_name="+"
    )
    alt_text = models.CharField(
        "Alternativtext",
        max_length=250,
        help_text="Was ist auf dem Foto zu sehen? Für Menschen, die es nicht sehen, z. B. "
        "„Auszubildende:r misst ein Werkstück an der Drehmaschine“.",
    )
    caption = models.CharField("Bildunterschrift", max_length=250, blank=True)

    class Meta(Orderable.Meta):
        verbose_name = "Foto"
        verbose_name_plural = "Fotos"


class EmployerMembership(models.Model):
    """Links a company login to exactly one employer (self-service).

    Members may edit their own employer profile and its offers; their changes are saved
    as drafts that a region editor reviews and publishes.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name="Benutzer:in",
        on_delete=models.CASCADE,
        related_name="employer_membership",
    )
    employer = models.ForeignKey(
        Employer, verbose_name="Arbeitgeber", on_delete=models.CASCADE, related_name="members"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "Firmenzugang"
        verbose_name_plural = "Firmenzugänge"

    def __str__(self):
        return f"{self.user} → {self.employer}"

    def save(self, *args, **kwargs):
        from .company_access import join_company_groups

        super().save(*args, **kwargs)
        join_company_groups(self.user, self.employer)
