"""The public forms: subscribe to a search alert, manage it, send an enquiry."""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .antiabuse import ProtectedForm
from .models import EnquirySettings, Frequency

PRIVACY_ALERT = gettext_lazy(
    "Wir speichern nur deine E-Mail-Adresse und die gewählten Filter – bis du dich abmeldest. "
    "Jede E-Mail hat einen Link zum Abmelden."
)


class AlertForm(ProtectedForm):
    """E-mail and frequency; the filter comes from the list's parameters in the same POST."""

    purpose = "alert"
    email = forms.EmailField(
        label=gettext_lazy("Deine E-Mail-Adresse"),
        max_length=254,
        help_text=gettext_lazy("Wir schicken dir zuerst einen Link zum Bestätigen."),
    )
    frequency = forms.ChoiceField(
        label=gettext_lazy("Wie oft?"),
        choices=Frequency.choices,
        initial=Frequency.WEEKLY,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.order_fields(["email", "frequency"])


class FrequencyForm(forms.Form):
    frequency = forms.ChoiceField(
        label=gettext_lazy("Wie oft?"), choices=Frequency.choices, widget=forms.RadioSelect
    )


class EnquiryForm(ProtectedForm):
    """Name, e-mail, message, optional phone and school/class, and the consent."""

    purpose = "enquiry"
    name = forms.CharField(label=gettext_lazy("Dein Name"), max_length=120)
    email = forms.EmailField(
        label=gettext_lazy("Deine E-Mail-Adresse"),
        max_length=254,
        help_text=gettext_lazy("Das Unternehmen antwortet dir an diese Adresse."),
    )
    phone = forms.CharField(
        label=gettext_lazy("Telefon (freiwillig)"), max_length=50, required=False
    )
    school = forms.CharField(
        label=gettext_lazy("Schule und Klasse (freiwillig)"), max_length=160, required=False
    )
    message = forms.CharField(
        label=gettext_lazy("Deine Nachricht"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=gettext_lazy("Was möchtest du wissen? Höchstens 2000 Zeichen."),
    )
    consent = forms.BooleanField(
        error_messages={
            "required": gettext_lazy("Ohne dein Einverständnis können wir nichts weitergeben.")
        }
    )

    def __init__(self, *args, recipient_name, retention_days=None, **kwargs):
        super().__init__(*args, **kwargs)
        days = retention_days or EnquirySettings.current().retention_days
        self.fields["consent"].label = _(
            "Ich bin einverstanden, dass %(name)s meine Angaben per E-Mail bekommt, "
            "um mir zu antworten. Das Portal löscht sie nach %(days)s Tagen."
        ) % {"name": recipient_name, "days": days}
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"
        self.order_fields(["name", "email", "message", "phone", "school", "consent"])

    def enquiry_data(self) -> dict:
        data = self.cleaned_data
        return {
            name: data.get(name, "").strip()
            for name in ("name", "email", "phone", "school", "message")
        }
