"""The shape of one searchable thing, independent of any domain model or backend.

Domain apps build `SearchDocument`s from their models (see `search.registry`); the backends
store and query them. Only published, public content is ever turned into a document.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field

from django.utils.translation import gettext_lazy

KINDS = ("offer", "employer", "event")
KIND_LABELS = {
    "offer": gettext_lazy("Angebote"),
    "employer": gettext_lazy("Arbeitgeber"),
    "event": gettext_lazy("Veranstaltungen"),
}


@dataclass
class SearchDocument:
    """One published offer, employer or event of one region."""

    region: str  # Region.slug
    kind: str  # "offer" | "employer" | "event"
    object_id: int
    title: str
    url: str  # absolute path on the region host, e.g. "/angebote/praktikum-baecker/"
    region_name: str = ""
    subtitle: str = ""  # employer name (offers) or e.g. the venue (events)
    occupations_text: str = ""  # occupations, Berufsfelder, offer type: weighted like the employer
    body: str = ""  # plain-text description
    place: str = ""  # city / town names, searchable with low weight
    offer_type: str = ""  # OfferType slug ("" for employers and events)
    fields: list[str] = field(default_factory=list)  # OccupationalField slugs
    occupations: list[str] = field(default_factory=list)  # Occupation slugs
    target_groups: list[str] = field(default_factory=list)  # TargetGroup slugs
    benefits: list[str] = field(default_factory=list)  # Benefit slugs
    languages: list[str] = field(default_factory=list)  # spoken at work (ISO 639-1, offers)
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    latitude: float | None = None
    longitude: float | None = None
    published_at: dt.datetime | None = None
    expires_at: dt.datetime | None = None  # the document disappears from results at this time
    extra: dict = field(default_factory=dict)  # display-only data (city, image URL, event kind …)

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"unknown kind {self.kind!r}; expected one of {KINDS}")
        if not self.url.startswith("/"):
            raise ValueError(f"url must be an absolute path on the region host, got {self.url!r}")

    @property
    def key(self) -> str:
        return doc_key(self.region, self.kind, self.object_id)

    def as_dict(self) -> dict:
        return asdict(self)


def doc_key(region: str, kind: str, object_id) -> str:
    """The document id in every backend: "{region}:{kind}:{pk}"."""
    return f"{region}:{kind}:{object_id}"
