"""Model objects → the dictionaries of `schemas.py` (absolute URLs of the requesting host)."""

from __future__ import annotations

from django.core.paginator import EmptyPage, Paginator

from einblick.events.models import EVENT_KINDS

from .http import ApiError

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20
_KIND_LABELS = dict(EVENT_KINDS)


def terms(entries) -> list[dict]:
    """Taxonomy entries: slug and name in the requested language (`sprache`, German fallback)."""
    return [{"slug": entry.slug, "name": entry.label} for entry in entries]


def absolute(request, path: str) -> str:
    return request.build_absolute_uri(path) if path else ""


def paginate(qs, page: int, page_size: int | None):
    """(page fields, the objects of that page); a page past the last one is a 404."""
    paginator = Paginator(qs, page_size or DEFAULT_PAGE_SIZE)
    try:
        current = paginator.page(page)
    except EmptyPage:
        raise ApiError(404, "page", f"Diese Seite gibt es nicht (höchstens {paginator.num_pages}).")
    fields = {
        "count": paginator.count,
        "page": current.number,
        "page_size": paginator.per_page,
        "num_pages": paginator.num_pages,
    }
    return fields, list(current.object_list)


def employer_ref(request, employer) -> dict:
    return {
        "slug": employer.slug,
        "name": employer.name,
        "url": absolute(request, employer.get_url()),
    }


def offer(request, item) -> dict:
    return {
        "slug": item.slug,
        "title": item.title,
        "url": absolute(request, item.get_url()),
        "type": {"slug": item.offer_type.slug, "name": item.offer_type.label},
        "employer": employer_ref(request, item.employer),
        "occupational_fields": terms(item.occupational_fields.all()),
        "period_kind": item.period_kind,
        "start_date": item.start_date,
        "end_date": item.end_date,
        "season": item.season,
        "city": item.effective_location()[2],
        "postcode": item.effective_location()[1],
        "work_languages": list(item.work_languages),
        "german_level": item.german_level,
        "title_en": item.title_en,
        "summary_en": item.summary_en,
        "published_at": item.first_published_at,
        "updated_at": item.updated_at,
    }


def offer_detail(request, item) -> dict:
    _street, _postcode, _city, latitude, longitude = item.effective_location()
    return {
        **offer(request, item),
        "description": item.description,
        "description_en": item.description_en,
        "occupations": terms(item.occupations.all()),
        "target_groups": terms(item.target_groups.all()),
        "school_levels": terms(item.school_levels.all()),
        "min_age": item.min_age,
        "min_class": item.min_class,
        "places": item.places,
        "pay_kind": item.pay_kind,
        "hours": item.hours,
        "tasks": item.tasks,
        "people": item.people,
        "how_to_apply": item.how_to_apply,
        "apply_url": item.apply_url,
        "latitude": latitude,
        "longitude": longitude,
    }


def employer(request, item) -> dict:
    return {
        **employer_ref(request, item),
        "pitch": item.pitch,
        "city": item.city,
        "postcode": item.postcode,
        "website": item.website,
        "occupational_fields": terms(item.occupational_fields.all()),
        "offer_count": getattr(item, "public_offer_count", 0),
        "updated_at": item.updated_at,
    }


def employer_detail(request, item, offers) -> dict:
    return {
        **employer(request, item),
        "philosophy": item.philosophy,
        "occupations": terms(item.occupations.all()),
        "benefits": terms(item.benefits.all()),
        "latitude": item.latitude,
        "longitude": item.longitude,
        "offers": [offer(request, o) for o in offers],
    }


def _registration(item) -> str:
    if item.online_registration:
        return "online"
    return "link" if item.registration_url else "none"


def _registration_link(request, item) -> str:
    if item.online_registration:
        url = item.get_url()
        return absolute(request, f"{url}#anmeldung") if url else ""
    return item.registration_url


def event(request, item, seats_left: int | None = None) -> dict:
    """`seats_left`: from `booking.seats_left_by_event` (None without online registration)."""
    return {
        "slug": item.slug,
        "title": item.title,
        "url": absolute(request, item.get_url()),
        "kind": item.kind,
        "kind_label": str(_KIND_LABELS.get(item.kind, item.kind)),
        "start": item.start,
        "end": item.end,
        "venue": item.venue,
        "city": item.city,
        "postcode": item.postcode,
        "target_groups": terms(item.target_groups.all()),
        "registration": _registration(item),
        "registration_state": item.registration_state(),
        "registration_link": _registration_link(request, item),
        "seats_left": seats_left if item.online_registration else None,
        "updated_at": item.updated_at,
    }


def event_detail(request, item, seats_left: int | None = None) -> dict:
    return {
        **event(request, item, seats_left),
        "description": item.description,
        "employers": [employer_ref(request, e) for e in item.employers.public()],
        "registration_url": item.registration_url,
        "latitude": item.latitude,
        "longitude": item.longitude,
    }
