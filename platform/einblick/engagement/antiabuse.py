"""Anti-abuse for the cookie-less public forms: honeypot, minimum fill time, Origin check
and a rate limit per e-mail address.

The per-client limit is the "forms" group of `einblick.security.ratelimits` (every POST).
The form token is signed and carries the time the form was shown and what it belongs to,
so no session (and no cookie) is needed.
"""

from __future__ import annotations

import hashlib
import time
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy
from django_ratelimit.core import get_usage

TOKEN_SALT = "einblick.engagement.form"
TOKEN_MAX_AGE = 7 * 24 * 3600
TOO_FAST = gettext_lazy(
    "Das ging sehr schnell. Bitte prüfe deine Angaben und sende das Formular noch einmal ab."
)
STALE = gettext_lazy(
    "Das Formular ist abgelaufen. Bitte lade die Seite neu und sende es noch einmal ab."
)
TOO_MANY = gettext_lazy(
    "An diese E-Mail-Adresse haben wir heute schon mehrere Nachrichten geschickt. "
    "Bitte versuche es morgen wieder."
)


def form_token(purpose: str, now: float | None = None) -> str:
    """Signed (purpose, time shown); checked by `check_form_token`."""
    shown = int(now if now is not None else time.time())
    return signing.dumps({"p": purpose, "t": shown}, salt=TOKEN_SALT)


def check_form_token(token: str, purpose: str) -> int:
    """The time the form was shown; ValidationError if forged, stale or filled too fast."""
    try:
        data = signing.loads(token, salt=TOKEN_SALT)
        shown, what = int(data["t"]), data["p"]
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        raise forms.ValidationError(STALE) from None
    age = time.time() - shown
    if what != purpose or age > TOKEN_MAX_AGE:
        raise forms.ValidationError(STALE)
    if age < settings.ENGAGEMENT_FORM_MIN_SECONDS:
        raise forms.ValidationError(TOO_FAST)
    return shown


class ProtectedForm(forms.Form):
    """A public form with a honeypot (`website`) and the signed `started` token.

    Subclasses set `purpose`; a filled honeypot leaves the form valid with `spam = True`
    (the view then answers as if all went well and stores nothing).
    """

    purpose = ""
    website = forms.CharField(label=gettext_lazy("Bitte leer lassen"), required=False)  # honeypot
    started = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.spam = False
        self.fields["website"].widget.attrs.update(
            {"autocomplete": "off", "tabindex": "-1", "class": "hp-field"}
        )
        self.initial.setdefault("started", form_token(self.purpose))

    def clean_started(self):
        return check_form_token(self.cleaned_data["started"], self.purpose)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("website"):
            self.spam = True
        return cleaned


def same_origin(request) -> bool:
    """Refuse cross-site posts where the browser names its origin (CSRF without a cookie)."""
    origin = request.headers.get("Origin")
    if not origin or origin == "null":
        return origin is None
    return urlsplit(origin).netloc == request.get_host()


def address_allowed(request, email: str, group: str) -> bool:
    """Count one mail to `email` in `group`; False once settings.ENGAGEMENT_ADDRESS_RATE is used up.

    The address is hashed before it becomes a cache key.
    """
    digest = hashlib.sha256(email.strip().lower().encode()).hexdigest()
    usage = get_usage(
        request,
        group=f"einblick:{group}:address",
        key=lambda _group, _request: digest,
        rate=settings.ENGAGEMENT_ADDRESS_RATE,
        increment=True,
    )
    return usage is None or not usage["should_limit"]
