"""Postal address with coordinates, shared by employers, offers and events."""

from django.db import models


class Address(models.Model):
    """Postal address with coordinates (distance search), shared by employers, offers, events."""

    street = models.CharField("Straße und Hausnummer", max_length=200, blank=True)
    postcode = models.CharField("PLZ", max_length=5, blank=True)
    city = models.CharField("Ort", max_length=100, blank=True)
    latitude = models.FloatField("Breitengrad", null=True, blank=True)
    longitude = models.FloatField("Längengrad", null=True, blank=True)

    class Meta:
        abstract = True
