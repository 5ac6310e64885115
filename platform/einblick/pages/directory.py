"""Context for the public employer directory and profile (served by EmployerIndexPage).

It lives here, above the employers, offers and events apps, because a profile shows the
employer's offers and events and every card counts its public offers.
"""

from string import ascii_uppercase

from django import forms
from django.db.models import Prefetch
from django.http import Http404

from einblick.core.forms import FilterForm, SlugChoiceField
from einblick.employers.models import Employer, EmployerPhoto
from einblick.employers.queries import daily_seed, initial, shuffled
from einblick.events.models import Event
from einblick.offers.models import Offer
from einblick.offers.queries import employer_cards
from einblick.security.embeds import privacy_embed
from einblick.taxonomy.models import Benefit, OccupationalField
from einblick.taxonomy.regional.visibility import visible

ORDER_AZ = "az"
ORDER_SHUFFLE = "zufall"


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
    form = EmployerFilterForm(request.GET or None)
    values = form.cleaned_values()
    qs = employer_cards()
    if values.get("berufsfeld"):
        qs = qs.filter(occupational_fields=values["berufsfeld"])
    if values.get("vorteil"):
        qs = qs.filter(benefits=values["vorteil"])
    order = values.get("reihenfolge") or ORDER_AZ
    if order == ORDER_SHUFFLE:
        employers = list(shuffled(qs, daily_seed()))
        groups = [("", employers)]
    else:
        employers = sorted(qs, key=_az_key)
        groups = _group_by_letter(employers)
    present = {letter for letter, _ in groups}
    letters = [(letter, letter in present) for letter in [*ascii_uppercase, "#"]]
    return {
        "filter_form": form,
        "employers": employers,
        "groups": groups,
        "letters": letters,
        "order": order,
        "is_filtered": bool(values.get("berufsfeld") or values.get("vorteil")),
    }


def _az_key(employer):
    letter = initial(employer.name)
    return (letter == "#", letter, employer.name.casefold())


def _group_by_letter(employers):
    groups: dict[str, list] = {}
    for employer in employers:
        groups.setdefault(initial(employer.name), []).append(employer)
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
