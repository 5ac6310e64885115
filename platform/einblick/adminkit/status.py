"""Editorial status (Entwurf / Veröffentlicht / Abgelaufen) for listings and filters."""

import django_filters
from django.db.models import Q
from django.utils import timezone
from wagtail.admin.ui.tables import StatusTagColumn

STATUS_LABELS = {
    "draft": "Entwurf",
    "published": "Veröffentlicht",
    "expired": "Abgelaufen",
}
STATUS_CHOICES = [
    ("draft", "Entwurf"),
    ("published", "Veröffentlicht"),
    ("expired", "Abgelaufen"),
    ("changed", "Ungeprüfte Änderungen"),
]


def expired_q(model, now=None) -> Q:
    """Rows whose publication has run out (expiry date, or an offer's end date, passed)."""
    now = now or timezone.now()
    q = Q(expired=True) | Q(expire_at__lte=now)
    if any(f.name == "end_date" for f in model._meta.get_fields()):
        q |= Q(end_date__lt=timezone.localdate(now))
    return q


def status_of(obj, now=None) -> str:
    if hasattr(obj, "status"):
        return obj.status
    now = now or timezone.now()
    if not obj.live:
        return "expired" if obj.expired else "draft"
    if obj.expire_at and obj.expire_at <= now:
        return "expired"
    return "published"


def status_label(obj) -> str:
    status = status_of(obj)
    if status == "draft" and getattr(obj, "expired", False):
        status = "expired"
    label = STATUS_LABELS[status]
    if obj.live and obj.has_unpublished_changes:
        label += " + Entwurf"
    return label


def status_column() -> StatusTagColumn:
    return StatusTagColumn(
        "status_label",
        label="Status",
        accessor=status_label,
        sort_key="live",
        primary=lambda obj: status_of(obj) == "published",
    )


class StatusFilter(django_filters.ChoiceFilter):
    """Filter by editorial status, evaluated at query time like the public pages."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label", "Status")
        kwargs.setdefault("choices", STATUS_CHOICES)
        kwargs.setdefault("empty_label", "Alle")
        super().__init__(*args, method=self.filter_status, **kwargs)

    def filter_status(self, queryset, name, value):
        expired = expired_q(queryset.model)
        if value == "draft":
            return queryset.filter(live=False, expired=False)
        if value == "published":
            return queryset.filter(live=True).exclude(expired)
        if value == "expired":
            return queryset.filter(expired)
        if value == "changed":
            return queryset.filter(has_unpublished_changes=True)
        return queryset
