"""One row of a region's occupational outlook (Berufsprognose) per occupation group and year."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models

YEARS = [MinValueValidator(2000), MaxValueValidator(2100)]
SHORTAGE_SHARE = 5.0  # % of the demand: above it a shortage, below minus it a surplus


class OutlookQuerySet(models.QuerySet):
    def latest(self):
        """The rows of the newest data year (one row per occupation group)."""
        year = self.aggregate(models.Max("year"))["year__max"]
        return self.filter(year=year) if year else self.none()


class OutlookFigure(models.Model):
    """Employed persons, trainees, vacancies and expected demand/supply of one occupation group."""

    occupation_group = models.CharField("Berufsgruppe", max_length=200)
    kldb = models.CharField(
        "KldB-2010-Berufsgruppe",
        max_length=3,
        validators=[
            RegexValidator(r"^\d{3}$", "Bitte den dreistelligen KldB-Schlüssel, z. B. 261.")
        ],
        help_text="Dreistelliger Schlüssel der Klassifikation der Berufe 2010, z. B. 261.",
    )
    occupational_field = models.ForeignKey(
        "taxonomy.OccupationalField",
        verbose_name="Berufsfeld",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="Verbindet die Berufsgruppe mit den Angeboten dieses Berufsfelds.",
    )
    year = models.PositiveSmallIntegerField("Datenjahr", validators=YEARS)
    employed = models.PositiveIntegerField("Beschäftigte")
    trainees = models.PositiveIntegerField("Auszubildende")
    vacancies = models.PositiveIntegerField("Offene Stellen")
    target_year = models.PositiveSmallIntegerField("Zieljahr", validators=YEARS)
    demand = models.PositiveIntegerField("Erwarteter Bedarf im Zieljahr")
    supply = models.PositiveIntegerField("Erwartetes Angebot im Zieljahr")
    source = models.CharField("Quelle", max_length=300)
    is_demo = models.BooleanField("Demodaten", default=False)

    objects = OutlookQuerySet.as_manager()

    class Meta:
        ordering = ["kldb"]
        constraints = [
            models.UniqueConstraint(fields=["kldb", "year"], name="outlook_one_row_per_group_year")
        ]
        verbose_name = "Berufsprognose"
        verbose_name_plural = "Berufsprognosen"

    def __str__(self):
        return f"{self.occupation_group} ({self.year})"

    def clean(self):
        super().clean()
        if self.year and self.target_year and self.target_year <= self.year:
            raise ValidationError({"target_year": "Das Zieljahr muss nach dem Datenjahr liegen."})

    @property
    def gap(self) -> int:
        """Expected demand minus supply in the target year (> 0: people will be missing)."""
        return self.demand - self.supply

    @property
    def gap_share(self) -> float:
        return 100.0 * self.gap / self.demand if self.demand else 0.0

    @property
    def outlook(self) -> str:
        if self.gap_share >= SHORTAGE_SHARE:
            return "Fachkräfte gesucht"
        if self.gap_share <= -SHORTAGE_SHARE:
            return "mehr Bewerber:innen als Bedarf"
        return "ausgeglichen"


def comparison_cache_key(schema_name: str) -> str:
    """Cache key of one region's rows in the portal comparison (cleared on import)."""
    return f"outlook:comparison:{schema_name}"
