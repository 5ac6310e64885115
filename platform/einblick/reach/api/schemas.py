"""Response shapes of the open API (keys in English, like the search API; ADR 0008)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from ninja import Field, Schema


class Term(Schema):
    """An entry of a shared taxonomy; `slug` is the value of the matching filter parameter."""

    slug: str
    name: str


class Page(Schema):
    count: int
    page: int
    page_size: int
    num_pages: int


class EmployerRef(Schema):
    slug: str
    name: str
    url: str


class OfferOut(Schema):
    slug: str
    title: str
    url: str
    type: Term
    employer: EmployerRef
    occupational_fields: list[Term]
    period_kind: str
    start_date: dt.date | None
    end_date: dt.date | None
    season: str
    city: str
    postcode: str
    work_languages: list[str]
    german_level: str
    title_en: str
    summary_en: str
    published_at: dt.datetime | None
    updated_at: dt.datetime


class OfferDetailOut(OfferOut):
    description: str
    description_en: str
    occupations: list[Term]
    target_groups: list[Term]
    school_levels: list[Term]
    min_age: int | None
    min_class: int | None
    places: int | None
    pay_kind: str
    hours: str
    tasks: str
    people: str
    how_to_apply: str
    apply_url: str
    latitude: float | None
    longitude: float | None


class OfferPage(Page):
    results: list[OfferOut]


class EmployerOut(Schema):
    slug: str
    name: str
    url: str
    pitch: str
    city: str
    postcode: str
    website: str
    occupational_fields: list[Term]
    offer_count: int
    updated_at: dt.datetime


class EmployerDetailOut(EmployerOut):
    philosophy: str
    occupations: list[Term]
    benefits: list[Term]
    latitude: float | None
    longitude: float | None
    offers: list[OfferOut]


class EmployerPage(Page):
    results: list[EmployerOut]


class EventOut(Schema):
    slug: str
    title: str
    url: str
    kind: str
    kind_label: str
    start: dt.datetime
    end: dt.datetime | None
    venue: str
    city: str
    postcode: str
    target_groups: list[Term]
    registration: str = Field(
        description="online (Anmeldung auf dem Portal), link (in einem anderen System) oder none"
    )
    registration_state: Literal["open", "not_yet", "closed", "none"] = Field(
        description="Onlineanmeldung: open (offen), not_yet (beginnt noch), closed (geschlossen); "
        "none ohne Onlineanmeldung"
    )
    registration_link: str = Field(
        description="Wo man sich anmeldet: das Anmeldeformular auf der Veranstaltungsseite oder "
        "der Link zum anderen System; leer ohne Anmeldung"
    )
    seats_left: int | None = Field(
        description="Jetzt freie Plätze (bei Zeitfenstern zusammengezählt); null ohne "
        "Onlineanmeldung. 0 = ausgebucht, Anmeldung auf die Warteliste"
    )
    updated_at: dt.datetime


class EventDetailOut(EventOut):
    description: str
    employers: list[EmployerRef]
    registration_url: str
    latitude: float | None
    longitude: float | None


class EventPage(Page):
    results: list[EventOut]


class TaxonomiesOut(Schema):
    offer_types: list[Term]
    occupational_fields: list[Term]
    target_groups: list[Term]
    school_levels: list[Term]
    benefits: list[Term]
    event_kinds: list[Term]


class RegionOut(Schema):
    slug: str
    name: str
    url: str
