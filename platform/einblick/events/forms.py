"""The public registration form and the change form behind the personal link.

Anti-abuse without cookies: a honeypot field, and a signed form token carrying the time the
form was shown (too fast = a bot; older than a week = please reload). The per-client rate
limit is the "forms" group of `einblick.security.ratelimits`.
"""

from __future__ import annotations

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

TOKEN_SALT = "einblick.events.form"
TOKEN_MAX_AGE = 7 * 24 * 3600
TOO_FAST = gettext_lazy(
    "Das ging sehr schnell. Bitte prüfen Sie Ihre Angaben und senden Sie das Formular "
    "noch einmal ab."
)
STALE = gettext_lazy("Das Formular ist abgelaufen. Bitte senden Sie es noch einmal ab.")


def form_token(event, now: float | None = None) -> str:
    return signing.dumps({"e": event.pk, "t": int(now if now is not None else time.time())},
                         salt=TOKEN_SALT)  # fmt: skip


def min_fill_seconds() -> int:
    return getattr(settings, "EVENT_FORM_MIN_SECONDS", 3)


class SlotChoiceField(forms.ModelChoiceField):
    def __init__(self, *args, seats_left: dict, **kwargs):
        self.seats_left = seats_left
        super().__init__(*args, **kwargs)

    def label_from_instance(self, obj):
        left = self.seats_left.get(obj.pk, 0)
        state = _("ausgebucht, Warteliste") if left <= 0 else _("%(left)s frei") % {"left": left}
        return f"{obj.label} – {state}"


class RegistrationForm(forms.Form):
    """Name, e-mail, optional school/class/note; slot, class size, age and consent as the
    event asks for them."""

    name = forms.CharField(label=gettext_lazy("Vor- und Nachname"), max_length=120)
    email = forms.EmailField(
        label=gettext_lazy("E-Mail-Adresse"),
        help_text=gettext_lazy("Hierhin schicken wir den Bestätigungslink."),
        max_length=254,
    )
    school = forms.CharField(
        label=gettext_lazy("Schule (freiwillig)"), max_length=160, required=False
    )
    school_class = forms.CharField(
        label=gettext_lazy("Klasse (freiwillig)"), max_length=40, required=False
    )
    note = forms.CharField(
        label=gettext_lazy("Hinweis an den Veranstalter (freiwillig)"),
        help_text=gettext_lazy("z. B. Rollstuhl, Gebärdensprache, Allergien"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    website = forms.CharField(label=gettext_lazy("Bitte leer lassen"), required=False)  # honeypot
    started = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, event, seats_left=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        self.spam = False
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["website"].widget.attrs.update(
            {"autocomplete": "off", "tabindex": "-1", "class": "hp-field"}
        )
        self.initial.setdefault("started", form_token(event))
        slots = list(event.slots.all())
        if slots:
            self.fields["slot"] = SlotChoiceField(
                queryset=event.slots.all(),
                label=_("Zeitfenster"),
                empty_label=None,
                widget=forms.RadioSelect,
                seats_left=seats_left or {},
            )
            self.order_fields(["slot"])
        if event.allow_groups:
            self.fields["is_group"] = forms.BooleanField(
                label=_("Ich melde eine Klasse oder Gruppe an (als Lehrkraft oder Begleitperson)"),
                required=False,
            )
            self.fields["group_size"] = forms.IntegerField(
                label=_("Anzahl Personen (mit Begleitpersonen)"),
                min_value=1,
                max_value=event.max_group_size,
                initial=1,
                help_text=_("Höchstens %(count)s.") % {"count": event.max_group_size},
            )
        if event.min_age:
            self.fields["age_confirmed"] = forms.BooleanField(
                label=_("Alle Angemeldeten sind mindestens %(age)s Jahre alt.")
                % {"age": event.min_age},
                error_messages={
                    "required": _("Die Veranstaltung ist ab %(age)s Jahren.")
                    % {"age": event.min_age}
                },
            )
        if event.guardian_consent:
            self.fields["guardian_consent"] = forms.BooleanField(
                label=_(
                    "Ich bin 16 Jahre oder älter – oder meine Eltern bzw. Erziehungsberechtigten "
                    "sind mit der Anmeldung einverstanden."
                ),
                error_messages={
                    "required": _(
                        "Unter 16 Jahren brauchen wir das Einverständnis der "
                        "Erziehungsberechtigten."
                    )
                },
            )

    def clean_started(self):
        try:
            data = signing.loads(self.cleaned_data["started"], salt=TOKEN_SALT)
            shown, event_id = int(data["t"]), data["e"]
        except (signing.BadSignature, KeyError, TypeError, ValueError):
            raise forms.ValidationError(STALE) from None
        age = time.time() - shown
        if event_id != self.event.pk or age > TOKEN_MAX_AGE:
            raise forms.ValidationError(STALE)
        if age < min_fill_seconds():
            raise forms.ValidationError(TOO_FAST)
        return shown

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("website"):
            self.spam = True
        if self.event.allow_groups and not cleaned.get("is_group"):
            cleaned["group_size"] = 1
        return cleaned

    def booking_data(self) -> dict:
        """The cleaned fields as `booking.register` takes them."""
        data = self.cleaned_data
        return {
            "name": data["name"].strip(),
            "email": data["email"].strip(),
            "school": data.get("school", "").strip(),
            "school_class": data.get("school_class", "").strip(),
            "note": data.get("note", "").strip(),
            "slot": data.get("slot"),
            "is_group": bool(data.get("is_group")),
            "group_size": data.get("group_size") or 1,
            "guardian_consent": bool(data.get("guardian_consent")),
        }


class ChangeForm(forms.Form):
    """Behind the personal link: another slot, another group size, another note."""

    note = forms.CharField(
        label=gettext_lazy("Hinweis an den Veranstalter"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, registration, **kwargs):
        super().__init__(*args, **kwargs)
        event = registration.event
        self.initial.setdefault("note", registration.note)
        if list(event.slots.all()):
            self.fields["slot"] = forms.ModelChoiceField(
                queryset=event.slots.all(),
                label=gettext_lazy("Zeitfenster"),
                empty_label=None,
                widget=forms.RadioSelect,
                initial=registration.slot_id,
            )
        if registration.is_group:
            self.fields["group_size"] = forms.IntegerField(
                label=gettext_lazy("Anzahl Personen"),
                min_value=1,
                max_value=event.max_group_size,
                initial=registration.group_size,
            )
        self.order_fields(["slot", "group_size", "note"])
