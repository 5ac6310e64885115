"""Editorial status (Entwurf / Veröffentlicht / Abgelaufen) for listings and filters.

The answer itself comes from the model (`einblick.core.publishing`): `obj.status` and the
queryset's `drafts()`, `expired_q()`; this module only labels and filters.
"""

import django_filters
from django.utils import timezone
from wagtail.admin.ui.tables import StatusTagColumn

from einblick.core.publishing import STATUS_LABELS

STATUS_CHOICES = [
    *STATUS_LABELS.items(),
    ("changed", "Ungeprüfte Änderungen"),
]


def status_label(obj) -> str:
    label = STATUS_LABELS[obj.status]
    if obj.live and obj.has_unpublished_changes:
        label += " + Entwurf"
    return label


def status_column() -> StatusTagColumn:
    return StatusTagColumn(
        "status_label",
        label="Status",
        accessor=status_label,
        sort_key="live",
        primary=lambda obj: obj.status == "published",
    )


class StatusFilter(django_filters.ChoiceFilter):
    """Filter by editorial status, evaluated at query time like the public pages."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label", "Status")
        kwargs.setdefault("choices", STATUS_CHOICES)
        kwargs.setdefault("empty_label", "Alle")
        super().__init__(*args, method=self.filter_status, **kwargs)

    def filter_status(self, queryset, name, value):
        if value == "draft":
            return queryset.drafts()
        if value == "published":
            return queryset.filter(live=True).exclude(queryset.expired_q(timezone.now()))
        if value == "expired":
            return queryset.expired()
        if value == "changed":
            return queryset.filter(has_unpublished_changes=True)
        return queryset
