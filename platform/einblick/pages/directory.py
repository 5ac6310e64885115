"""Context for the public employer directory and profile (served by EmployerIndexPage).

It lives here, above the employers, offers and events apps, because a profile shows the
employer's offers and events and every card counts its public offers.
"""

from string import ascii_uppercase

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404

from einblick.employers.filters import ORDER_SHUFFLE, EmployerFilter
from einblick.employers.models import Employer, EmployerPhoto
from einblick.employers.queries import letter_counts
from einblick.events.models import Event
from einblick.offers.models import Offer
from einblick.offers.queries import employer_cards
from einblick.security.embeds import privacy_embed

PAGE_SIZE = 24  # about 5,000 px on a phone (compact cards, themes components.css)


def list_context(request) -> dict:
    """One page of the directory (PAGE_SIZE employers); the A–Z navigation links every
    letter to the page its employers start on."""
    filters = EmployerFilter(request.GET)
    ordered = filters.qs
    page_obj = Paginator(employer_cards(ordered), PAGE_SIZE).get_page(request.GET.get("seite"))
    employers = list(page_obj.object_list)
    if filters.order == ORDER_SHUFFLE:
        groups, letters = [("", employers)], []
    else:
        groups = _group_by_letter(employers)
        letters = _letter_links(letter_counts(filters.matching), page_obj.number)
    return {
        "filter_form": filters.form,
        "employers": employers,
        "page_obj": page_obj,
        "groups": groups,
        "letters": letters,
        "order": filters.order,
        "is_filtered": filters.is_filtered,
    }


def _letter_links(counts: dict[str, int], current_page: int) -> list[tuple[str, int | None]]:
    """(letter, page number its employers start on, or None when it has none)."""
    starts, seen = {}, 0
    for letter, count in counts.items():
        starts[letter] = seen // PAGE_SIZE + 1
        seen += count
    return [(letter, starts.get(letter)) for letter in [*ascii_uppercase, "#"]]


def _group_by_letter(employers):
    groups: dict[str, list] = {}
    for employer in employers:
        groups.setdefault(employer.az_letter, []).append(employer)
    return list(groups.items())


def detail_context(request, slug: str) -> dict:
    employer = (
        Employer.objects.public()
        .filter(slug=slug)
        .select_related("logo")
        .prefetch_related(
            "logo__renditions",
            "contacts",
            "benefits",
            "occupational_fields",
            "occupations",
            Prefetch(
                "photos",
                queryset=EmployerPhoto.objects.select_related("image").prefetch_related(
                    "image__renditions"
                ),
            ),
        )
        .first()
    )
    if employer is None:
        raise Http404("Diesen Arbeitgeber gibt es nicht (mehr).")
    offers = list(
        Offer.objects.public()
        .filter(employer=employer)
        .select_related("offer_type", "employer")
        .prefetch_related("occupational_fields")
    )
    events = list(Event.objects.upcoming().filter(employers=employer)[:5])
    return {
        "employer": employer,
        "offers": offers,
        "events": events,
        "video": privacy_embed(employer.video_url),
        "tour": privacy_embed(employer.tour_url),
    }
