"""Daily counts per region schema (no personal data: no IP, no cookie, no user agent)."""

from django.db import models

KINDS = [
    ("view", "Aufruf"),
    ("click", "Klick auf Kontakt/Bewerbung"),
    ("search", "Suche"),
    ("search_zero", "Suche ohne Treffer"),
    ("embed_view", "Anzeige eines Widgets/Schulbuttons"),
    ("embed_click", "Klick aus einem Widget/Schulbutton"),
]
SUBJECTS = [
    ("offer", "Angebot"),
    ("employer", "Arbeitgeber"),
    ("event", "Veranstaltung"),
    ("page", "Seite"),
    ("query", "Suchanfrage"),
    ("host", "einbettende Website"),
]


class DailyCountBase(models.Model):
    """How often something happened on one day. `subject_id` is 0 where the subject is
    named by `key` (a page path, a normalised search query, a referring host)."""

    day = models.DateField("Tag")
    kind = models.CharField("Art", max_length=20, choices=KINDS)
    subject_type = models.CharField("Gegenstand", max_length=20, choices=SUBJECTS)
    subject_id = models.PositiveBigIntegerField("Objekt-ID", default=0)
    key = models.CharField("Schlüssel", max_length=200, blank=True, default="")
    count = models.PositiveIntegerField("Anzahl", default=0)

    class Meta:
        abstract = True
        verbose_name = "Tageszählung"
        verbose_name_plural = "Tageszählungen"
        constraints = [
            models.UniqueConstraint(
                fields=["day", "kind", "subject_type", "subject_id", "key"],
                name="%(app_label)s_%(class)s_unique_subject_day",
            )
        ]
        indexes = [models.Index(fields=["kind", "day"], name="%(app_label)s_kind_day")]

    def __str__(self):
        return f"{self.day} {self.kind} {self.subject_type}:{self.subject_id or self.key}"


class DailyCount(DailyCountBase):
    """The daily counts of one region (its schema)."""

    class Meta(DailyCountBase.Meta):
        pass
