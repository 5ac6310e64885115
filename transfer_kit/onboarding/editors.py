"""First editors: accounts without a password and an invitation with a set-password link."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from einblick.core.mail import build_mail
from tenants.utils import region_url

ROLE_GROUPS = {"editor": "Editors", "moderator": "Moderators", "admin": None}
ROLE_LABELS = {"editor": "Redakteur:in", "moderator": "Moderator:in", "admin": "Administrator:in"}


def set_password_link(user, host: str) -> str:
    """Absolute set-password link (Django's password-reset token) on the region host."""
    path = reverse(
        "wagtailadmin_password_reset_confirm",
        urlconf=settings.ROOT_URLCONF,
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return region_url(host, path)


def create_editors(rf, host: str, editors: list[dict] | None = None) -> list:
    """Create the users (current schema = the region) and queue their invitations.

    The e-mails go out only after the surrounding transaction commits: a failed onboarding
    must not invite anybody to a portal that does not exist.
    """
    users = []
    for editor in rf.editors if editors is None else editors:
        first, _, last = editor["name"].strip().rpartition(" ")
        user = get_user_model()(
            username=editor["email"].strip().lower(),
            email=editor["email"].strip(),
            first_name=first or last,
            last_name=last if first else "",
            is_staff=False,
            is_superuser=editor["role"] == "admin",
        )
        user.set_unusable_password()
        user.save()
        group = ROLE_GROUPS[editor["role"]]
        if group:
            user.groups.add(Group.objects.get(name=group))
        message = build_mail(
            "transfer_kit/mail/editor_invitation",
            {
                "name": editor["name"],
                "agency": rf["agency"]["name"],
                "agency_email": rf["agency"]["email"],
                "role": ROLE_LABELS[editor["role"]],
                "region": rf["name"],
                "portal_name": rf["name"],
                "link": set_password_link(user, host),
                "login": region_url(host, "/cms/"),
                "email": user.username,
            },
            to=[user.email],
            reply_to=[rf["agency"]["email"]],
        )
        transaction.on_commit(message.send)
        users.append(user)
    return users
