"""Small factories for region content (call inside a region schema)."""

import datetime
import itertools

from einblick.employers.models import Employer
from einblick.events.models import Event
from einblick.offers.models import Offer
from einblick.taxonomy.models import OccupationalField, OfferType

_seq = itertools.count(1)


def offer_type(slug="schuelerpraktikum", name="Schülerpraktikum", **kwargs) -> OfferType:
    obj, _ = OfferType.objects.get_or_create(slug=slug, defaults={"name": name, **kwargs})
    return obj


def occupational_field(
    slug="metall-maschinenbau", name="Metall, Maschinenbau"
) -> OccupationalField:
    obj, _ = OccupationalField.objects.get_or_create(slug=slug, defaults={"name": name})
    return obj


def employer(name=None, live=True, **kwargs) -> Employer:
    obj = Employer(name=name or f"Firma {next(_seq)}", live=live, city="Jena", **kwargs)
    obj.save()
    return obj


def offer(title=None, employer_obj=None, type_obj=None, live=True, **kwargs) -> Offer:
    obj = Offer(
        title=title or f"Praktikum Nr. {next(_seq)}",
        employer=employer_obj or employer(),
        offer_type=type_obj or offer_type(),
        live=live,
        **kwargs,
    )
    obj.save()
    return obj


def event(title=None, start=None, live=True, **kwargs) -> Event:
    from django.utils import timezone

    obj = Event(
        title=title or f"Ausbildungsmesse {next(_seq)}",
        start=start or timezone.now() + datetime.timedelta(days=10),
        live=live,
        **kwargs,
    )
    obj.save()
    return obj
