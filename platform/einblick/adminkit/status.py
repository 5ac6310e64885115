"""Editorial status in plain words for listings, filters and the company dashboard.

Entwurf / In Prüfung / Veröffentlicht / Abgelaufen / Abgelehnt (with the editor's reason).
Whether it is public comes from the model (`einblick.core.publishing`): `obj.status` and the
queryset's `drafts()`, `expired_q()`; the review state from Wagtail's workflow.
"""

import django_filters
from django.db.models import Prefetch
from django.utils import timezone
from wagtail.admin.ui.tables import DateColumn, StatusTagColumn
from wagtail.models import TaskState, WorkflowState

from einblick.core.publishing import STATUS_LABELS

STATUS_CHOICES = [
    *STATUS_LABELS.items(),
    ("changed", "Ungeprüfte Änderungen"),
]


IN_REVIEW = "In Prüfung"
REJECTED = "Abgelehnt"


def with_review_states(queryset):
    """Prefetch the active review (workflow) state of each row: one query for a listing."""
    states = WorkflowState.objects.active().select_related("current_task_state__task")
    return queryset.prefetch_related(
        Prefetch("_workflow_states", queryset=states, to_attr="_current_workflow_states")
    )


def rejection_reason(workflow_state) -> str:
    """The editor's comment on the task that sent the change back ("" if none)."""
    task_state = (
        TaskState.objects.filter(workflow_state=workflow_state, status=TaskState.STATUS_REJECTED)
        .order_by("-finished_at")
        .first()
    )
    return (task_state.get_comment() if task_state else "") or ""


def plain_status(obj) -> tuple[str, str]:
    """(label, reason): the status in plain words; reason only for a rejected change."""
    state = getattr(obj, "current_workflow_state", None)
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        label = IN_REVIEW if not obj.live else f"{STATUS_LABELS[obj.status]}, Änderung in Prüfung"
        return label, ""
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return REJECTED, rejection_reason(state)
    label = STATUS_LABELS[obj.status]
    if obj.live and obj.has_unpublished_changes:
        label += " + Entwurf"
    return label, ""


def status_label(obj) -> str:
    label, reason = plain_status(obj)
    return f"{label}: {reason}" if reason else label


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


def changed_column() -> DateColumn:
    """ "Zuletzt geändert" instead of the field name "Updated at"."""
    return DateColumn("updated_at", label="Zuletzt geändert", sort_key="updated_at")


def created_column() -> DateColumn:
    return DateColumn("created_at", label="Angelegt", sort_key="created_at")
