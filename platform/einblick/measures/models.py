"""A measure of one region's agency, visible to every region's editors."""

from django.db import models

CONTACT_RETENTION_DAYS = 730


class Measure(models.Model):
    region = models.ForeignKey(
        "tenants.Region", verbose_name="Region", on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField("Titel", max_length=200)
    target_group = models.CharField(
        "Zielgruppe", max_length=200, help_text="z. B. „Schüler:innen ab Klasse 8“"
    )
    occupational_fields = models.ManyToManyField(
        "taxonomy.OccupationalField", verbose_name="Berufsfelder", blank=True, related_name="+"
    )
    description = models.TextField("Beschreibung", blank=True)
    cost = models.CharField("Kosten", max_length=200, help_text="z. B. „ca. 4.000 € im Jahr“")
    outcome = models.TextField("Ergebnis", help_text="Was hat die Maßnahme gebracht?")
    contact_name = models.CharField("Ansprechperson", max_length=150, blank=True)
    contact_email = models.EmailField("E-Mail der Ansprechperson", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField("Zuletzt geändert", auto_now=True)

    class Meta:
        ordering = ["-updated_at", "-pk"]
        verbose_name = "Maßnahme"
        verbose_name_plural = "Maßnahmen"

    def __str__(self):
        return self.title
