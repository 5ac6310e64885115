"""Forms of the company area (German labels): the admin login, "Passwort festlegen" and the
public registration request."""

from django import forms
from django.contrib.auth import forms as auth_forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm

from .models import RegistrationRequest


class RegionLoginForm(LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = "Benutzername"
        self.fields["username"].widget.attrs["placeholder"] = "Ihr Benutzername"
        self.fields["password"].label = "Passwort"
        self.fields["password"].widget.attrs["placeholder"] = "Ihr Passwort"
        self.fields["remember"].label = "Angemeldet bleiben"


class SetPasswordForm(auth_forms.SetPasswordForm):
    """'Passwort festlegen' for an invited company login (Django's password validators)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_password1"].label = "Passwort"
        self.fields["new_password2"].label = "Passwort wiederholen"
        self.fields["new_password1"].help_text = (
            "Mindestens 8 Zeichen, nicht zu ähnlich zu Ihrem Namen oder Ihrer E-Mail-Adresse "
            "und kein häufig verwendetes Passwort."
        )
        self.error_messages["password_mismatch"] = "Die beiden Passwörter stimmen nicht überein."


class RegistrationRequestForm(forms.ModelForm):
    """'Zugang anfragen' on the public page: who asks, for which company, with consent."""

    website = forms.CharField(label=_("Bitte leer lassen"), required=False)  # honeypot

    class Meta:
        model = RegistrationRequest
        fields = ["company", "contact_name", "email", "message", "consent"]
        labels = {
            "company": _("Name Ihres Unternehmens"),
            "contact_name": _("Ihr Name"),
            "email": _("Ihre E-Mail-Adresse"),
            "message": _("Kurz zu Ihrem Unternehmen (freiwillig)"),
            "consent": _(
                "Ich bin einverstanden, dass die Redaktion meine Angaben speichert, um "
                "mir einen Zugang einzurichten. Sie werden spätestens 180 Tage nach Eingang "
                "gelöscht."
            ),
        }
        help_texts = {
            "email": _("An diese Adresse schicken wir die Einladung zum Unternehmensbereich."),
            "message": _(
                "Zum Beispiel: Branche, Ort, welche Angebote Sie für Schüler:innen "
                "haben. Höchstens 1000 Zeichen."
            ),
        }
        widgets = {"message": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].required = True
        self.fields["consent"].error_messages["required"] = _(
            "Bitte stimmen Sie zu, damit wir Ihre Anfrage bearbeiten können."
        )
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    @property
    def spam(self) -> bool:
        return bool(self.cleaned_data.get("website"))
