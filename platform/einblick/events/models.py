"""Events of a region: Ausbildungsmesse, Woche der offenen Unternehmen, Elternabend, ..."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, RevisionMixin
from wagtail.search import index

from einblick.core.address import Address
from einblick.core.publishing import PublishableQuerySet
from einblick.core.snippets import PublicSnippet
from einblick.taxonomy.fields import taxonomy_field

EVENT_KINDS = [
    ("ausbildungsmesse", "Ausbildungsmesse"),
    ("woche_offene_unternehmen", "Woche der offenen Unternehmen"),
    ("tag_offene_tuer", "Tag der offenen Tür"),
    ("elternabend", "Elternabend"),
    ("infoveranstaltung", "Infoveranstaltung"),
    ("workshop", "Workshop"),
    ("sonstiges", "Sonstiges"),
]


class EventQuerySet(PublishableQuerySet):
    def upcoming(self, now=None):
        now = now or timezone.now()
        return self.public().filter(
            models.Q(end__gte=now) | models.Q(end__isnull=True, start__gte=now)
        )


class Event(
    PublicSnippet, DraftStateMixin, RevisionMixin, index.Indexed, ClusterableModel, Address
):
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
    registration_url = models.URLField("Anmeldung (Link)", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = EventQuerySet.as_manager()

    index_page_model = "pages.EventIndexPage"

    search_fields = [index.SearchField("title"), index.FilterField("live")]

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
