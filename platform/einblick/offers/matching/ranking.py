"""Rank the region's public offers for one profile, with every reason and its points.

The fit is computed in SQL next to the offer list's own expressions (distance_km from
offers.geo, available_between from offers.filters): Berufsfeld, offer type, school level,
period and distance. Offers outside the given period or radius (or without a known place
when a place is given) never rank above offers inside them: they form the second tier.
"""

import dataclasses

from django.db.models import (
    BooleanField,
    Case,
    Exists,
    ExpressionWrapper,
    F,
    FloatField,
    OuterRef,
    Q,
    Value,
    When,
)
from django.db.models.functions import Greatest, Round

from ..filters import available_between
from ..geo import distance_km
from ..models import Offer
from ..queries import offer_cards
from ..templatetags.offer_tags import period_label

POINTS_FIELD = 40
POINTS_TYPE = 20
POINTS_PERIOD = 20
POINTS_SCHOOL = 10
POINTS_SCHOOL_OPEN = 5
POINTS_DISTANCE = 10
LIMIT = 30


@dataclasses.dataclass
class Reason:
    text: str
    points: int
    fits: bool = True


@dataclasses.dataclass
class Match:
    offer: Offer
    score: int
    inside: bool
    distance_km: float | None
    reasons: list[Reason]


def _flag(condition) -> ExpressionWrapper:
    return ExpressionWrapper(condition, output_field=BooleanField())


def _points(flag: str, points: int) -> Case:
    return Case(When(**{flag: True}, then=Value(float(points))), default=Value(0.0))


def _annotate(qs, fields, types, school_level, place, start, end):
    flags = {
        "field_hit": Exists(Offer.objects.filter(pk=OuterRef("pk"), occupational_fields__in=fields))
        if fields
        else Value(False),
        "type_hit": _flag(Q(offer_type__in=types)) if types else Value(False),
        "school_hit": Exists(Offer.objects.filter(pk=OuterRef("pk"), school_levels=school_level))
        if school_level is not None
        else Value(False),
        "school_open": ~Exists(Offer.school_levels.through.objects.filter(offer=OuterRef("pk"))),
        "period_hit": _flag(available_between(start, end)) if start or end else Value(True),
    }
    qs = qs.annotate(**flags)
    score = _points("field_hit", POINTS_FIELD) + _points("type_hit", POINTS_TYPE)
    if school_level is not None:
        score += _points("school_hit", POINTS_SCHOOL)
        score += Case(
            When(school_hit=False, school_open=True, then=Value(float(POINTS_SCHOOL_OPEN))),
            default=Value(0.0),
        )
    if start or end:
        score += _points("period_hit", POINTS_PERIOD)
    if place is None:
        return qs.annotate(distance=Value(None, output_field=FloatField()), place_hit=Value(True),
                           score=score)  # fmt: skip
    (lat, lon), radius = place
    qs = qs.annotate(distance=distance_km(lat, lon))
    qs = qs.annotate(place_hit=_flag(Q(distance__lte=radius)))
    share = Value(1.0) - F("distance") / Value(float(radius))
    near = Greatest(Value(0.0), Round(Value(float(POINTS_DISTANCE)) * share))
    score += Case(When(place_hit=True, then=near), default=Value(0.0))
    return qs.annotate(score=score)


def rank_offers(*, fields, types, school_level, place, start, end) -> list[Match]:
    """The best-fitting public offers of the active region, best first (at most LIMIT)."""
    qs = _annotate(offer_cards(), fields, types, school_level, place, start, end)
    qs = qs.annotate(inside=_flag(Q(period_hit=True, place_hit=True)))
    qs = qs.prefetch_related("school_levels").order_by(
        F("inside").desc(), F("score").desc(), F("distance").asc(nulls_last=True), "-pk"
    )
    profile = {"fields": fields, "types": types, "school_level": school_level,
               "place": place, "start": start, "end": end}  # fmt: skip
    return [_match(offer, profile) for offer in qs[:LIMIT]]


def _km(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def _match(offer, profile) -> Match:
    reasons = []
    fields = [f.name for f in offer.occupational_fields.all() if f in profile["fields"]]
    if fields:
        reasons.append(Reason(f"Berufsfeld passt: {', '.join(fields)}", POINTS_FIELD))
    elif profile["fields"]:
        reasons.append(Reason("Berufsfeld passt nicht", 0, fits=False))
    if offer.type_hit:
        reasons.append(Reason(f"Angebotsart passt: {offer.offer_type.name}", POINTS_TYPE))
    elif profile["types"]:
        reasons.append(Reason(f"Andere Angebotsart: {offer.offer_type.name}", 0, fits=False))
    reasons.extend(_school_reasons(offer, profile["school_level"]))
    reasons.extend(_period_reasons(offer, profile))
    reasons.extend(_place_reasons(offer, profile["place"]))
    return Match(offer, round(offer.score), offer.inside, offer.distance, reasons)


def _school_reasons(offer, level) -> list[Reason]:
    if level is None:
        return []
    if offer.school_hit:
        return [Reason(f"Schulart passt: {level.name}", POINTS_SCHOOL)]
    if offer.school_open:
        return [Reason("Keine Schulart vorgegeben (offen für alle)", POINTS_SCHOOL_OPEN)]
    return [Reason(f"Nicht für {level.name} ausgeschrieben", 0, fits=False)]


def _period_reasons(offer, profile) -> list[Reason]:
    if not (profile["start"] or profile["end"]):
        return []
    label = period_label(offer)
    if offer.period_hit:
        return [Reason(f"Zeitraum passt: {label}", POINTS_PERIOD)]
    return [Reason(f"Außerhalb des Zeitraums: {label}", 0, fits=False)]


def _place_reasons(offer, place) -> list[Reason]:
    if place is None:
        return []
    radius = int(place[1])
    if offer.distance is None:
        return [Reason("Entfernung unbekannt (kein Ort hinterlegt)", 0, fits=False)]
    if offer.place_hit:
        points = round(POINTS_DISTANCE * (1 - offer.distance / place[1]))
        text = f"{_km(offer.distance)} km entfernt (im Umkreis von {radius} km)"
        return [Reason(text, max(points, 0))]
    text = f"{_km(offer.distance)} km entfernt (außerhalb des Umkreises von {radius} km)"
    return [Reason(text, 0, fits=False)]
