"""Inviting a company login: the signed one-time link, its mail and accepting it.

The link carries a token naming the region schema, the invitation and its nonce, signed
with the SECRET_KEY. Re-inviting draws a new nonce (older links stop working) and a new
expiry. Accepting creates the login (user name = e-mail address), links it to the employer
(`EmployerMembership`, which puts it into the company groups) and uses the invitation up.
"""

import datetime as dt

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.db import connection, transaction
from django.urls import reverse
from django.utils import timezone

from einblick.core.mail import send_mail
from einblick.employers.models import Employer, EmployerMembership

from .models import Invitation, new_nonce
from .notifications import absolute, portal_name

SALT = "einblick.selfservice.invitation"


class InvitationProblem(Exception):
    """Why a link cannot be used, in German, with the HTTP status of its page."""

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


FORGED = (
    "Dieser Einladungslink ist ungültig. Bitte prüfen Sie, ob Sie ihn vollständig kopiert haben."
)
USED = "Dieser Einladungslink wurde bereits verwendet. Melden Sie sich mit Ihrem Passwort an."
EXPIRED = "Dieser Einladungslink ist abgelaufen. Bitten Sie die Redaktion um eine neue Einladung."
TAKEN = "Für diese E-Mail-Adresse gibt es bereits einen Zugang."


def validity() -> dt.timedelta:
    return dt.timedelta(days=settings.SELFSERVICE_INVITATION_DAYS)


def username_taken(email: str) -> bool:
    return get_user_model().objects.filter(username__iexact=email.strip()).exists()


def make_token(invitation: Invitation) -> str:
    return signing.dumps([connection.schema_name, invitation.pk, invitation.nonce], salt=SALT)


def link(invitation: Invitation) -> str:
    return absolute(reverse("company_invitation", args=[make_token(invitation)]))


def send_invitation(invitation: Invitation) -> None:
    context = {
        "invitation": invitation,
        "employer": invitation.employer,
        "link": link(invitation),
        "portal_name": portal_name(),
        "login_url": absolute(reverse("wagtailadmin_login")),
        "days": settings.SELFSERVICE_INVITATION_DAYS,
    }
    send_mail("selfservice/mail/invitation", context, [invitation.email])


def invite(employer, email: str, name: str, invited_by=None) -> Invitation:
    """Create an invitation and send its mail."""
    invitation = Invitation.objects.create(
        employer=employer,
        email=email.strip(),
        name=name.strip(),
        invited_by=invited_by,
        expires_at=timezone.now() + validity(),
    )
    send_invitation(invitation)
    return invitation


def reinvite(invitation: Invitation) -> Invitation:
    """A fresh link and expiry for an open invitation; the old link stops working."""
    if invitation.accepted_at is not None:
        raise InvitationProblem(USED, 409)
    invitation.nonce = new_nonce()
    invitation.sent_at = timezone.now()
    invitation.expires_at = invitation.sent_at + validity()
    invitation.save(update_fields=["nonce", "sent_at", "expires_at"])
    send_invitation(invitation)
    return invitation


def read_token(token: str) -> Invitation:
    """The open invitation `token` names in this region, or InvitationProblem."""
    try:
        schema, pk, nonce = signing.loads(token, salt=SALT)
    except (signing.BadSignature, ValueError, TypeError):
        raise InvitationProblem(FORGED, 404) from None
    if schema != connection.schema_name or not isinstance(pk, int):
        raise InvitationProblem(FORGED, 404)
    invitation = Invitation.objects.filter(pk=pk).select_related("employer").first()
    if invitation is None or invitation.nonce != nonce:
        raise InvitationProblem(FORGED, 404)
    if invitation.accepted_at is not None:
        raise InvitationProblem(USED, 410)
    if invitation.expired:
        raise InvitationProblem(EXPIRED, 410)
    return invitation


def new_user(invitation: Invitation):
    """The login the invitation will create (unsaved), for the password validators."""
    first, _, last = invitation.name.partition(" ")
    return get_user_model()(
        username=invitation.email.lower(),
        email=invitation.email,
        first_name=first[:150],
        last_name=last[:150],
    )


def accept(invitation: Invitation, user) -> None:
    """Save the login `user` (password set), link it to the employer, use the link up."""
    with transaction.atomic():
        locked = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if locked.accepted_at is not None:
            raise InvitationProblem(USED, 410)
        if username_taken(user.username):
            raise InvitationProblem(TAKEN, 409)
        user.save()
        EmployerMembership.objects.create(user=user, employer=locked.employer)
        locked.accepted_at = timezone.now()
        locked.user = user
        locked.save(update_fields=["accepted_at", "user"])


def draft_employer(name: str, user=None) -> Employer:
    """A new employer with only its name, as a draft (not public): the invited company fills
    in its profile and sends it for review like any change."""
    employer = Employer(name=name, live=False, has_unpublished_changes=True)
    employer.save()
    employer.save_revision(user=user)
    return employer
