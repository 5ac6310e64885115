"""How long invitations and registration requests are kept (core retention registry).

After an invitation is accepted, the name and address live on in the login itself; the
invitation row is only needed to answer "who invited whom" for a while. Requests are kept
while an editor may still need them.
"""

import datetime as dt

from django.db.models import Q
from django.utils.translation import gettext_lazy

from einblick.core import retention

from .models import Invitation, RegistrationRequest

ACCEPTED_KEEP = dt.timedelta(days=30)
EXPIRED_KEEP = dt.timedelta(days=90)
DECIDED_KEEP = dt.timedelta(days=90)
UNANSWERED_KEEP = dt.timedelta(days=180)


@retention.register(
    "selfservice.invitations",
    label=gettext_lazy(
        "Einladungen für Firmenzugänge (Name und E-Mail-Adresse der Ansprechperson)"
    ),
    retention=gettext_lazy(
        "30 Tage nach Annahme der Einladung; nicht angenommene Einladungen 90 Tage "
        "nach Ablauf des Links."
    ),
)
def purge_invitations(now) -> int:
    due = Q(accepted_at__lt=now - ACCEPTED_KEEP) | Q(
        accepted_at__isnull=True, expires_at__lt=now - EXPIRED_KEEP
    )
    return Invitation.objects.filter(due).delete()[0]


@retention.register(
    "selfservice.requests",
    label=gettext_lazy(
        "Registrierungsanfragen von Unternehmen (Unternehmen, Ansprechperson, "
        "E-Mail-Adresse, Nachricht)"
    ),
    retention=gettext_lazy(
        "90 Tage nach der Entscheidung der Redaktion; unbearbeitete Anfragen nach 180 Tagen."
    ),
)
def purge_requests(now) -> int:
    due = Q(decided_at__lt=now - DECIDED_KEEP) | Q(
        status=RegistrationRequest.Status.NEW, created_at__lt=now - UNANSWERED_KEEP
    )
    return RegistrationRequest.objects.filter(due).delete()[0]
