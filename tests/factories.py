"""The one place tests build objects: factory_boy factories plus short helpers.

Region content (employers, offers, events, pages, users) is written into the schema that is
active, so call these inside a region (`jena` fixture or `tenant_context`). Taxonomy entries
live in the public schema and are found by slug when they exist already.
The helpers (`employer("Name")`, `offer("Titel")`, `user("name")`, ...) are what tests call;
the factories behind them take every model field as a keyword.
"""

import datetime

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from factory.django import DjangoModelFactory

from einblick.employers.models import Employer
from einblick.events.models import Event, EventSlot
from einblick.events.registrations import Registration, Status
from einblick.offers.models import Offer
from einblick.taxonomy.models import OccupationalField, OfferType

PASSWORD = "pw-12345678"


def _set_many(obj, name: str, values) -> None:
    """Fill a (parental) many-to-many field and save, as an editor's form would."""
    if values:
        getattr(obj, name).set(values)
        obj.save()


class OfferTypeFactory(DjangoModelFactory):
    class Meta:
        model = OfferType
        django_get_or_create = ("slug",)

    slug = "schuelerpraktikum"
    name = "Schülerpraktikum"


class OccupationalFieldFactory(DjangoModelFactory):
    class Meta:
        model = OccupationalField
        django_get_or_create = ("slug",)

    slug = "metall-maschinenbau"
    name = "Metall, Maschinenbau"


class EmployerFactory(DjangoModelFactory):
    class Meta:
        model = Employer
        skip_postgeneration_save = True  # `_set_many` saves when it changed something

    name = factory.Sequence(lambda n: f"Firma {n + 1}")
    city = "Jena"
    live = True

    @factory.post_generation
    def occupational_fields(obj, create, extracted, **kwargs):
        _set_many(obj, "occupational_fields", extracted)


class OfferFactory(DjangoModelFactory):
    class Meta:
        model = Offer
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Praktikum Nr. {n + 1}")
    employer = factory.SubFactory(EmployerFactory)
    offer_type = factory.SubFactory(OfferTypeFactory)
    live = True

    @factory.post_generation
    def occupational_fields(obj, create, extracted, **kwargs):
        _set_many(obj, "occupational_fields", extracted)


class EventFactory(DjangoModelFactory):
    class Meta:
        model = Event

    title = factory.Sequence(lambda n: f"Ausbildungsmesse {n + 1}")
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=10))
    live = True


class UserFactory(DjangoModelFactory):
    """A staff login (password `PASSWORD` unless given); `groups=["Editors"]` by name."""

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"nutzer{n + 1}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    is_staff = True
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def groups(obj, create, extracted, **kwargs):
        for name in extracted or ():
            obj.groups.add(Group.objects.get(name=name))


def offer_type(slug="schuelerpraktikum", name="Schülerpraktikum", **kwargs) -> OfferType:
    return OfferTypeFactory(slug=slug, name=name, **kwargs)


def occupational_field(
    slug="metall-maschinenbau", name="Metall, Maschinenbau", **kwargs
) -> OccupationalField:
    return OccupationalFieldFactory(slug=slug, name=name, **kwargs)


def employer(name=None, live=True, **kwargs) -> Employer:
    if name is not None:
        kwargs["name"] = name
    return EmployerFactory(live=live, **kwargs)


def offer(title=None, employer_obj=None, type_obj=None, live=True, **kwargs) -> Offer:
    if title is not None:
        kwargs["title"] = title
    if employer_obj is not None:
        kwargs["employer"] = employer_obj
    if type_obj is not None:
        kwargs["offer_type"] = type_obj
    return OfferFactory(live=live, **kwargs)


def event(title=None, start=None, live=True, **kwargs) -> Event:
    if title is not None:
        kwargs["title"] = title
    if start is not None:
        kwargs["start"] = start
    return EventFactory(live=live, **kwargs)


def bookable_event(title=None, capacity=10, slots=(), **kwargs) -> Event:
    """A public event with online registration; `slots` as (label, capacity) pairs."""
    created = event(title, online_registration=True, capacity=capacity, **kwargs)
    for index, (label, seats) in enumerate(slots):
        EventSlot.objects.create(event=created, label=label, capacity=seats, sort_order=index)
    return created


class RegistrationFactory(DjangoModelFactory):
    class Meta:
        model = Registration

    name = factory.Sequence(lambda n: f"Person {n + 1}")
    email = factory.Sequence(lambda n: f"person{n + 1}@example.org")
    status = Status.CONFIRMED


def registration(event_obj, **kwargs) -> Registration:
    """A registration written directly (no seat check); use booking.register for that."""
    return RegistrationFactory(event=event_obj, **kwargs)


def daily_count(day, kind="view", subject_type="page", subject_id=0, key="", count=1):
    """One day's count in the active region schema (einblick.insights)."""
    from einblick.insights.models import DailyCount

    return DailyCount.objects.create(
        day=day, kind=kind, subject_type=subject_type, subject_id=subject_id, key=key, count=count
    )


def user(username=None, *, password=PASSWORD, superuser=False, **kwargs):
    """A staff user in the active schema (users live in each region's schema)."""
    if username is not None:
        kwargs["username"] = username
    return UserFactory(password=password, is_superuser=superuser, **kwargs)


def page(title, slug, parent=None, *, publish=True):
    """A StandardPage below `parent` (default: the region's home page), published."""
    from einblick.pages.models import HomePage, StandardPage

    parent = parent or HomePage.objects.get()
    child = StandardPage(title=title, slug=slug)
    parent.add_child(instance=child)
    if publish:
        child.save_revision().publish()
    return child
