"""Employers and offers as they stood in a period (published, not drafts)."""

from collections import Counter

from django.db.models import Q

from einblick.employers.models import Employer
from einblick.offers.models import Offer
from einblick.taxonomy.models import OccupationalField, OfferType

from ..period import Period

SMALL = ("micro", "small")  # fewer than 50 employees


def employers(period: Period):
    """Employers with a published profile that existed by the end of the period."""
    return Employer.objects.filter(live=True, created_at__date__lte=period.end)


def offers(period: Period):
    """Offers published (now live, or since expired) that were online during the period."""
    return (
        Offer.objects.filter(Q(live=True) | Q(expired=True), employer__live=True)
        .filter(created_at__date__lte=period.end)
        .exclude(end_date__lt=period.start)
        .exclude(expire_at__date__lt=period.start)
    )


def employers_with_offers(period: Period) -> int:
    return employers(period).filter(offers__in=offers(period)).distinct().count()


def small_share(period: Period) -> float:
    sizes = Counter(employers(period).values_list("size_class", flat=True))
    total = sum(sizes.values())
    return 100 * sum(sizes[s] for s in SMALL) / total if total else 0.0


def size_classes(period: Period) -> list[tuple[str, int]]:
    sizes = Counter(employers(period).values_list("size_class", flat=True))
    return [(label, sizes[key]) for key, label in Employer._meta.get_field("size_class").choices]


def offers_by_type(period: Period) -> list[tuple[str, int]]:
    counts = Counter(offers(period).values_list("offer_type_id", flat=True))
    names = dict(OfferType.objects.filter(pk__in=counts).values_list("pk", "name"))
    return sorted(((names[pk], n) for pk, n in counts.items()), key=lambda p: (-p[1], p[0]))


def _field_ids(queryset) -> Counter:
    through = queryset.model.occupational_fields.through
    owner = f"{queryset.model._meta.model_name}_id"
    ids = through.objects.filter(**{f"{owner}__in": queryset.values("pk")})
    return Counter(ids.values_list("occupationalfield_id", flat=True))


def _named(counts: Counter) -> list[tuple[str, int]]:
    names = dict(OccupationalField.objects.filter(pk__in=counts).values_list("pk", "name"))
    return sorted(((names[pk], n) for pk, n in counts.items()), key=lambda p: (-p[1], p[0]))


def offers_by_field(period: Period) -> list[tuple[str, int]]:
    return _named(_field_ids(offers(period)))


def fields_without_offers(period: Period) -> list[tuple[str, int]]:
    """Berufsfelder named by employers (number of employers) with no offer in the period."""
    with_employers = _field_ids(employers(period))
    with_offers = _field_ids(offers(period))
    return _named(Counter({pk: n for pk, n in with_employers.items() if pk not in with_offers}))
