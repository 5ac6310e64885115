"""E-mails to the company when the editors approve or send back a change (German, text+HTML).

Wagtail's own approval/rejection mails (English-ish, text only) are switched off for company
logins in `employers.company_access.join_company_groups`; these replace them and carry the
editor's comment.
"""

from django.db import connection
from django.dispatch import receiver
from django.urls import reverse
from wagtail.models import TaskState
from wagtail.signals import workflow_approved, workflow_rejected

from einblick.adminkit.status import rejection_reason
from einblick.core.mail import send_mail
from einblick.employers.company_access import company_employer_id
from tenants.utils import region_url
from themes.branding import brand_for_region

TEMPLATE_DIR = "selfservice/mail/"


def absolute(path: str) -> str:
    tenant = getattr(connection, "tenant", None)
    host = tenant.primary_host() if tenant is not None and tenant.schema_name != "public" else ""
    return region_url(host or "localhost", path)


def portal_name() -> str:
    tenant = getattr(connection, "tenant", None)
    if tenant is None or tenant.schema_name == "public":
        return "Einblick"
    return brand_for_region(tenant).portal_name


def approval_comment(workflow_state) -> str:
    task_state = (
        TaskState.objects.filter(workflow_state=workflow_state, status=TaskState.STATUS_APPROVED)
        .order_by("-finished_at")
        .first()
    )
    return (task_state.get_comment() if task_state else "") or ""


def _context(workflow_state, comment: str) -> dict:
    obj = workflow_state.content_object
    public_url = obj.get_url() if hasattr(obj, "get_url") else ""
    edit_url = reverse(
        f"wagtailsnippets_{obj._meta.app_label}_{obj._meta.model_name}:edit", args=[obj.pk]
    )
    return {
        "object": obj,
        "kind": obj._meta.verbose_name,
        "comment": comment,
        "public_url": absolute(public_url) if public_url else "",
        "edit_url": absolute(edit_url),
        "portal_name": portal_name(),
        "user": workflow_state.requested_by,
    }


def _company_requester(workflow_state):
    user = workflow_state.requested_by
    if user is None or not user.email or company_employer_id(user) is None:
        return None
    return user


@receiver(workflow_approved)
def mail_approved(sender, instance, user=None, **kwargs):
    requester = _company_requester(instance)
    if requester is not None:
        context = _context(instance, approval_comment(instance))
        send_mail(TEMPLATE_DIR + "approved", context, [requester.email])


@receiver(workflow_rejected)
def mail_rejected(sender, instance, user=None, **kwargs):
    requester = _company_requester(instance)
    if requester is not None:
        context = _context(instance, rejection_reason(instance))
        send_mail(TEMPLATE_DIR + "rejected", context, [requester.email])
