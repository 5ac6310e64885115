"""Context for the public employer directory and profile (served by EmployerIndexPage).

It lives here, above the employers, offers and events apps, because a profile shows the
employer's offers and events and every card counts its public offers.
"""

from string import ascii_uppercase

from django import forms
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404

from einblick.core.forms import FilterForm, SlugChoiceField
from einblick.employers.models import Employer, EmployerPhoto
from einblick.employers.queries import alphabetical, daily_seed, letter_counts, shuffled
from einblick.events.models import Event
from einblick.offers.models import Offer
from einblick.offers.queries import employer_cards
from einblick.security.embeds import privacy_embed
from einblick.taxonomy.models import Benefit, OccupationalField
from einblick.taxonomy.regional.visibility import visible

ORDER_AZ = "az"
ORDER_SHUFFLE = "zufall"
PAGE_SIZE = 24  # about 5,000 px on a phone (compact cards, themes components.css)


class EmployerFilterForm(FilterForm):
    berufsfeld = SlugChoiceField(OccupationalField.objects.none(), label="Berufsfeld")
    vorteil = SlugChoiceField(Benefit.objects.none(), label="Vorteil")
    reihenfolge = forms.ChoiceField(
        choices=[(ORDER_AZ, "A–Z"), (ORDER_SHUFFLE, "Zufällig (täglich neu)")],
        required=False,
        label="Reihenfolge",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["berufsfeld"].queryset = visible(OccupationalField)
        self.fields["vorteil"].queryset = visible(Benefit)


def list_context(request) -> dict:
    """One page of the directory (PAGE_SIZE employers); the A–Z navigation links every
    letter to the page its employers start on."""
    form = EmployerFilterForm(request.GET or None)
    values = form.cleaned_values()
    qs = Employer.objects.public()
    if values.get("berufsfeld"):
        qs = qs.filter(occupational_fields=values["berufsfeld"])
    if values.get("vorteil"):
        qs = qs.filter(benefits=values["vorteil"])
    order = values.get("reihenfolge") or ORDER_AZ
    ordered = shuffled(qs, daily_seed()) if order == ORDER_SHUFFLE else alphabetical(qs)
    page_obj = Paginator(employer_cards(ordered), PAGE_SIZE).get_page(request.GET.get("seite"))
    employers = list(page_obj.object_list)
    if order == ORDER_SHUFFLE:
        groups, letters = [("", employers)], []
    else:
        groups = _group_by_letter(employers)
        letters = _letter_links(letter_counts(qs), page_obj.number)
    return {
        "filter_form": form,
        "employers": employers,
        "page_obj": page_obj,
        "groups": groups,
        "letters": letters,
        "order": order,
        "is_filtered": bool(values.get("berufsfeld") or values.get("vorteil")),
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
