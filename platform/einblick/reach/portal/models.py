"""Embeds of the cross-region portal: named buttons and widgets over all regions, kept in
the public schema and managed in the platform admin.

They share look and listing fields with the region embeds (`reach.models.EmbedLook`,
`Listing`) and are rendered by the same frame template and code builder; their presets are
the portal search's filters (ADR 0008: `region`, `typ`, `berufsfeld`, `zielgruppe`, `ort`,
`umkreis`, `sort`), so a widget lists exactly what /suche/ lists with those filters.
"""

from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import QueryDict
from django.urls import reverse
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel

from einblick.reach.models import EmbedLook, Listing
from einblick.taxonomy.fields import taxonomy_field
from search.params import ParamError, parse
from search.query import SearchHit, search
from search.regions import active_region_names
from search.towns import towns_for

SORTS = [("date", "Neueste zuerst"), ("distance", "Entfernung")]
LIVE_REGIONS = models.Q(is_active=True) & ~models.Q(schema_name="public")


class PortalEmbed(EmbedLook, Listing, ClusterableModel):
    """A named button or widget of the portal, over all regions or some."""

    regions = ParentalManyToManyField(
        "tenants.Region",
        verbose_name="Regionen",
        blank=True,
        related_name="+",
        limit_choices_to=LIVE_REGIONS,
        help_text="Leer lassen für alle Regionen.",
    )
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
    sort = models.CharField("Sortierung", max_length=10, choices=SORTS, default="date")

    class Meta:
        ordering = ["name"]
        verbose_name = "Einbettung des Portals"
        verbose_name_plural = "Einbettungen des Portals"

    def clean(self):
        super().clean()
        errors = {}
        if self.town and not any(t["name"] == self.town for t in towns_for(None)):
            errors["town"] = f"Den Ort „{self.town}“ kennen wir in keiner Region."
        if self.radius and not self.town:
            errors["radius"] = "Ein Umkreis braucht einen Ort."
        if self.sort == "distance" and not self.town:
            errors["sort"] = "Sortieren nach Entfernung braucht einen Ort."
        if errors:
            raise ValidationError(errors)

    def query(self) -> dict[str, list[str] | str]:
        """The preset filters as portal search parameters, empty ones left out."""
        params: dict[str, list[str] | str] = {
            "region": [r.slug for r in self.regions.all()],
            "typ": [t.slug for t in self.offer_types.all()],
            "berufsfeld": [f.slug for f in self.occupational_fields.all()],
            "zielgruppe": [g.slug for g in self.target_groups.all()],
            "ort": self.town,
            "umkreis": str(self.radius) if self.radius and self.town else "",
            "sort": self.sort if self.sort != "date" else "",
        }
        return {name: value for name, value in params.items() if value}

    def _hits(self, kind: str) -> list[SearchHit]:
        """Up to `count` hits of one kind; none when the preset regions are all
        deactivated or a preset no longer parses (a town taken out of every region)."""
        known = set(active_region_names())
        params = self.query()
        if params.get("region"):
            params["region"] = [slug for slug in params["region"] if slug in known]
            if not params["region"]:
                return []
        data = QueryDict(mutable=True)
        for name, value in params.items():
            data.setlist(name, value if isinstance(value, list) else [value])
        try:
            query = parse(data, current_region=None, known_regions=known, towns=towns_for(None))
        except ParamError:
            return []
        query.kinds, query.with_facets, query.page_size = [kind], False, self.count
        query.regions = query.regions or sorted(known)
        query.sort = query.sort if query.sort != "relevance" else "date"
        return search(query).results

    # -- what the shared frame and code builder ask of an embed ------------------------
    is_portal = True  # the frame shows search hits (region name, city) instead of offers

    def listed_offers(self) -> list[SearchHit]:
        return self._hits("offer")

    def listed_events(self) -> list[SearchHit]:
        return self._hits("event")

    def list_url(self) -> str:
        kind = "event" if self.content == "veranstaltungen" else "offer"
        data = {"kind": kind, **self.query()}
        return f"{reverse('search')}?{urlencode(data, doseq=True)}"

    def target_url(self) -> str:
        return self.list_url() if self.target == "liste" else reverse("portal_home")

    @staticmethod
    def click_ref(hit: SearchHit) -> str:
        return hit.key

    @staticmethod
    def direct_url(hit: SearchHit) -> str:
        return hit.url
