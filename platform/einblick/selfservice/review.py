"""What the editors review: companies' changes waiting in the workflow, shown side by side.

The comparison is Wagtail's own revision compare view of the snippet (live version against
the submitted revision); this module only makes it reachable from the editors' dashboard
panel and from the moderation mail.
"""

from dataclasses import dataclass

from django.contrib.admin.utils import quote
from django.urls import NoReverseMatch, reverse
from wagtail.models import TaskState

from einblick.employers.company_access import company_employer_id, moderated_models


def _url_name(obj, view: str) -> str:
    return f"wagtailsnippets_{obj._meta.app_label}_{obj._meta.model_name}:{view}"


def compare_url(obj, revision_id=None) -> str:
    """Wagtail's side-by-side comparison: the live version against the submitted revision."""
    try:
        return reverse(
            _url_name(obj, "revisions_compare"),
            args=[quote(obj.pk), "live", revision_id or "latest"],
        )
    except NoReverseMatch:
        return ""


@dataclass
class Review:
    title: str
    kind: str
    company: str
    submitted_at: object
    compare_url: str
    edit_url: str


def _company_name(obj) -> str:
    employer = obj if obj._meta.model_name == "employer" else getattr(obj, "employer", None)
    employer = employer or getattr(obj, "organiser", None)
    return str(employer) if employer is not None else ""


def waiting_reviews(user, limit: int = 20) -> list[Review]:
    """Changes of moderated snippets this editor may approve, newest first."""
    if company_employer_id(user) is not None:
        return []
    models = {m._meta.label_lower for m in moderated_models()}
    states = (
        TaskState.objects.reviewable_by(user)
        .select_related("revision", "revision__content_type")
        .order_by("-started_at")
    )
    reviews = []
    for state in states[: limit * 2]:
        ct = state.revision.content_type
        if f"{ct.app_label}.{ct.model}" not in models:
            continue
        obj = state.revision.content_object
        if obj is None:
            continue
        reviews.append(
            Review(
                title=str(state.revision.as_object()),
                kind=str(obj._meta.verbose_name),
                company=_company_name(obj),
                submitted_at=state.started_at,
                compare_url=compare_url(obj, state.revision.pk),
                edit_url=reverse(_url_name(obj, "edit"), args=[quote(obj.pk)]),
            )
        )
    return reviews[:limit]
