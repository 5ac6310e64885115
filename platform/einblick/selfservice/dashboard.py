"""The welcome page of a company login: profile completeness, next steps, own content."""

from dataclasses import dataclass, field

from django.urls import NoReverseMatch, reverse

from einblick.adminkit.status import plain_status, with_review_states
from einblick.employers.company_access import company_employer_id
from einblick.employers.models import Employer
from einblick.events.models import Event
from einblick.offers.models import Offer

LIST_LIMIT = 10


@dataclass
class Check:
    done: bool
    todo: str  # what is missing, as a call to action
    tab: str = ""  # the tab of the profile form where it is filled in


def profile_checks(employer) -> list[Check]:
    """What makes a profile look good, in the order a visitor notices it."""
    return [
        Check(bool(employer.logo_id), "Logo hochladen", "profil"),
        Check(bool(employer.pitch), "Kurzvorstellung in ein, zwei Sätzen schreiben", "profil"),
        Check(
            bool(employer.philosophy), "Beschreiben, was Ihr Unternehmen besonders macht", "profil"
        ),
        Check(
            bool(employer.street and employer.postcode and employer.city),
            "Adresse vervollständigen (Straße, PLZ, Ort)",
            "adresse",
        ),
        Check(
            bool(employer.occupational_fields.all()), "Berufsfelder auswählen", "berufe-vorteile"
        ),
        Check(bool(employer.occupations.all()), "Ausbildungsberufe angeben", "berufe-vorteile"),
        Check(
            bool(employer.benefits.all()),
            "Vorteile für Ihre Beschäftigten nennen",
            "berufe-vorteile",
        ),
        Check(bool(employer.email or employer.phone), "E-Mail oder Telefon angeben", "kontakt"),
        Check(bool(employer.contacts.all()), "Eine Ansprechperson eintragen", "kontakt"),
        Check(bool(employer.photos.all()), "Fotos aus Ihrem Betrieb zeigen", "medien"),
    ]


@dataclass
class Row:
    title: str
    status: str
    reason: str
    url: str
    detail: str = ""


@dataclass
class CompanyDashboard:
    employer: Employer
    profile_url: str
    checks: list[Check]
    offers: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    urls: dict = field(default_factory=dict)

    @property
    def percent(self) -> int:
        return round(100 * sum(c.done for c in self.checks) / len(self.checks))

    @property
    def missing(self) -> list[Check]:
        return [c for c in self.checks if not c.done]


def _url(name: str, *args) -> str:
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return ""


def _row(obj, url_name: str, detail: str = "") -> Row:
    label, reason = plain_status(obj)
    return Row(str(obj), label, reason, _url(url_name, obj.pk), detail)


def current_profile(employer):
    """The profile as the company last saved it (their draft, if any)."""
    if employer.has_unpublished_changes:
        return employer.get_latest_revision_as_object()
    return employer


def company_dashboard(user) -> CompanyDashboard | None:
    """The dashboard for a company login, or None for editors and administrators."""
    employer_id = company_employer_id(user)
    if employer_id is None:
        return None
    employer = Employer.objects.filter(pk=employer_id).first()
    if employer is None:
        return None
    offers = with_review_states(Offer.objects.filter(employer=employer)).select_related(
        "offer_type"
    )
    events = Event.objects.filter(employers=employer).order_by("-start")
    profile_url = _url("wagtailsnippets_employers_employer:edit", employer.pk)
    return CompanyDashboard(
        employer=employer,
        profile_url=profile_url,
        checks=profile_checks(current_profile(employer)),
        offers=[
            _row(o, "wagtailsnippets_offers_offer:edit", str(o.offer_type))
            for o in offers.order_by("-updated_at")[:LIST_LIMIT]
        ],
        events=[
            _row(
                e,
                "wagtailsnippets_events_event:edit" if user.has_perm("events.change_event") else "",
            )
            for e in events[:LIST_LIMIT]
        ],
        urls={
            "profile": profile_url,
            "offers": _url("wagtailsnippets_offers_offer:list"),
            "new_offer": _url("wagtailsnippets_offers_offer:add"),
            "events": _url("wagtailsnippets_events_event:list")
            if user.has_perm("events.change_event")
            else "",
        },
    )
