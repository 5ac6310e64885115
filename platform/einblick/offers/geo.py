"""Distance of an offer's place from a point, computed in PostgreSQL (no GIS extension).

An offer sits at its own address when `location_differs`, else at its employer's. The
great-circle distance (haversine on a sphere) is exact enough for "within 25 km".
"""

from django.db.models import Case, F, FloatField, Value, When
from django.db.models.functions import ACos, Cos, Greatest, Least, Radians, Sin

EARTH_RADIUS_KM = 6371.0


def offer_latitude():
    return Case(
        When(location_differs=True, then=F("latitude")),
        default=F("employer__latitude"),
        output_field=FloatField(),
    )


def offer_longitude():
    return Case(
        When(location_differs=True, then=F("longitude")),
        default=F("employer__longitude"),
        output_field=FloatField(),
    )


def distance_km(lat: float, lon: float, latitude=None, longitude=None):
    """An expression: kilometres from (lat, lon) to the offer's place (NULL without one);
    `latitude`/`longitude` name another place (e.g. F("latitude") of an event)."""
    lat0, lon0 = Radians(Value(lat)), Radians(Value(lon))
    lat1 = Radians(offer_latitude() if latitude is None else latitude)
    lon1 = Radians(offer_longitude() if longitude is None else longitude)
    cosine = Cos(lat0) * Cos(lat1) * Cos(lon1 - lon0) + Sin(lat0) * Sin(lat1)
    clamped = Greatest(Value(-1.0), Least(Value(1.0), cosine))
    return Value(EARTH_RADIUS_KM) * ACos(clamped)
