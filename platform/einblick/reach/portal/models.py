"""Embeds of the cross-region portal: named buttons and widgets over all regions, kept in
the public schema and managed in the platform admin.

They share look and preset fields with the region embeds (`reach.models.EmbedLook`,
`Presets`) and are rendered by the same frame template and code builder; their presets are
the portal search's filters (ADR 0008: `region`, `typ`, `berufsfeld`, `zielgruppe`, `ort`,
`umkreis`, `sort`), so a widget lists exactly what /suche/ lists with those filters.
"""

from urllib.parse import urlencode

from django.db import models
from django.urls import reverse
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel

from einblick.reach.models import EmbedLook, Presets
from einblick.reach.rendering import filter_data
from search.params import ParamError, parse
from search.query import SearchHit, search
from search.regions import active_region_names
from search.towns import towns_for

SORTS = [("date", "Neueste zuerst"), ("distance", "Entfernung")]
LIVE_REGIONS = models.Q(is_active=True) & ~models.Q(schema_name="public")


class PortalEmbed(EmbedLook, Presets, ClusterableModel):
    """A named button or widget of the portal, over all regions or some."""

    regions = ParentalManyToManyField(
        "tenants.Region",
        verbose_name="Regionen",
        blank=True,
        related_name="+",
        limit_choices_to=LIVE_REGIONS,
        help_text="Leer lassen für alle Regionen.",
    )
    sort = models.CharField("Sortierung", max_length=10, choices=SORTS, default="date")
    unknown_town = "Den Ort „{town}“ kennen wir in keiner Region."

    class Meta:
        ordering = ["name"]
        verbose_name = "Einbettung des Portals"
        verbose_name_plural = "Einbettungen des Portals"

    def query(self) -> dict[str, list[str] | str]:
        """As the portal search's parameters (`search.params`), the regions first."""
        regions = [r.slug for r in self.regions.all()]
        return {**({"region": regions} if regions else {}), **super().query()}

    def _hits(self, kind: str) -> list[SearchHit]:
        """Up to `count` hits of one kind; none when the preset regions are all
        deactivated or a preset no longer parses (a town taken out of every region)."""
        known = set(active_region_names())
        data = filter_data(self)
        if "region" in data:
            data.setlist("region", [slug for slug in data.getlist("region") if slug in known])
            if not data.getlist("region"):
                return []
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
