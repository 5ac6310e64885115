"""Public-schema tables of the search: documents, vocabulary, outbox, synonyms, backend health."""

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models


class IndexedDocument(models.Model):
    """One published offer, employer or event of one region (PostgreSQL search backend).

    The table is hash-partitioned by region (16 partitions, migration 0004), so a region
    portal's query only reads one partition's indexes.

    `search_vector` is filled by a database trigger (migration 0002) from the text columns, so
    bulk SQL loads and Python writes index the same way.
    """

    key = models.CharField(max_length=200)  # "{region}:{kind}:{pk}", unique with region
    region = models.CharField(max_length=40)
    region_name = models.CharField(max_length=100, blank=True)
    kind = models.CharField(max_length=10)
    object_id = models.BigIntegerField()
    title = models.TextField()
    subtitle = models.TextField(blank=True)
    occupations_text = models.TextField(blank=True)
    body = models.TextField(blank=True)
    place = models.TextField(blank=True)
    extra_terms = models.TextField(blank=True)  # decompounded parts (lowest weight)
    url = models.CharField(max_length=500)
    offer_type = models.CharField(max_length=100, blank=True)
    fields = ArrayField(models.CharField(max_length=100), default=list, blank=True)
    occupations = ArrayField(models.CharField(max_length=100), default=list, blank=True)
    target_groups = ArrayField(models.CharField(max_length=100), default=list, blank=True)
    benefits = ArrayField(models.CharField(max_length=100), default=list, blank=True)
    languages = ArrayField(models.CharField(max_length=10), default=list, blank=True)
    period_start = models.DateField(null=True, blank=True)
    period_end = models.DateField(null=True, blank=True)
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    extra = models.JSONField(default=dict, blank=True)
    search_vector = SearchVectorField(null=True, editable=False)
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        # Hash-partitioned by region in the database (migration 0004): primary key
        # (id, region), unique (key, region).
        db_table = "einblick_search_document"
        constraints = [
            models.UniqueConstraint(fields=["key", "region"], name="search_doc_key_region")
        ]
        indexes = [
            # btree_gin (migration 0006): text + type in one bitmap index scan
            GinIndex(fields=["search_vector", "offer_type"], name="search_doc_vector_type"),
            models.Index(fields=["region", "kind"], name="search_doc_region_kind"),
            models.Index(fields=["published_at"], name="search_doc_published"),
            models.Index(fields=["latitude", "longitude"], name="search_doc_latlon"),
            GinIndex(fields=["fields"], name="search_doc_fields"),
            GinIndex(fields=["occupations"], name="search_doc_occupations"),
            GinIndex(fields=["target_groups"], name="search_doc_targets"),
            GinIndex(fields=["benefits"], name="search_doc_benefits"),
        ]

    def __str__(self):
        return self.key


class SearchTerm(models.Model):
    """Vocabulary per region for autocomplete and "did you mean" (trigram index)."""

    region = models.CharField(max_length=40)
    term = models.CharField(max_length=100)  # normalised (search.text.normalize)
    display = models.CharField(max_length=100)  # as written in a title

    class Meta:
        db_table = "einblick_search_term"
        constraints = [models.UniqueConstraint(fields=["region", "term"], name="search_term_uniq")]


class OutboxEntry(models.Model):
    """A pending index update, written in the same transaction as the content change."""

    schema_name = models.CharField(max_length=63)
    kind = models.CharField(max_length=10)
    object_id = models.BigIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    class Meta:
        db_table = "einblick_search_outbox"
        indexes = [models.Index(fields=["next_attempt_at", "id"], name="search_outbox_due")]
        verbose_name = "Suchindex-Auftrag"
        verbose_name_plural = "Suchindex-Aufträge"

    def __str__(self):
        return f"{self.schema_name}:{self.kind}:{self.object_id}"


class Synonym(models.Model):
    """A group of equivalent search terms shared by all regions (e.g. "Lehre, Ausbildung")."""

    terms = models.CharField(
        "Begriffe",
        max_length=500,
        unique=True,
        help_text="Gleichbedeutende Suchbegriffe, durch Komma getrennt, z. B. „Lehre, Ausbildung“.",
    )
    note = models.CharField("Notiz", max_length=200, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "einblick_search_synonym"
        ordering = ["terms"]
        verbose_name = "Suchsynonym"
        verbose_name_plural = "Suchsynonyme"

    def __str__(self):
        return self.terms


class BackendStatus(models.Model):
    """Last failure of the external search backend, shown to editors in the admin."""

    backend = models.CharField(max_length=40, unique=True)
    failing_since = models.DateTimeField(null=True, blank=True)
    last_failure_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    last_success_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "einblick_search_backend_status"
