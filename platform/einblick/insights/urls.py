"""Public URL of a region host: the click beacon (no cookie, no personal data)."""

from django.urls import path

from . import beacon

urlpatterns = [
    path("kennzahlen/klick/", beacon.count_click, name="count_click"),
]
