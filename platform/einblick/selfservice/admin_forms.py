"""The editors' invitation form (CMS "Einladungen")."""

from django import forms

from einblick.employers.models import Employer

from .invitations import TAKEN, username_taken
from .models import Invitation

NEW_EMPLOYER_HELP = (
    "Gibt es den Arbeitgeber noch nicht, hier seinen Namen eintragen (und oben nichts "
    "wählen): er wird als Entwurf angelegt, das Unternehmen füllt sein Profil selbst aus und "
    "sendet es zur Prüfung."
)
ONE_EMPLOYER = "Bitte einen Arbeitgeber wählen oder den Namen eines neuen eintragen – nicht beides."
EXISTS = "Diesen Arbeitgeber gibt es schon: bitte oben auswählen."


class InvitationForm(forms.ModelForm):
    """Whom to invite for which employer (an existing one or a new draft named here).

    An address with a login already is refused.
    """

    field_order = ["employer", "new_employer", "name", "email"]
    new_employer = forms.CharField(
        label="Oder neuer Arbeitgeber", max_length=200, required=False, help_text=NEW_EMPLOYER_HELP
    )

    class Meta:
        model = Invitation
        fields = ["employer", "new_employer", "name", "email"]
        help_texts = {
            "email": "An diese Adresse geht der Link zum Festlegen des Passworts. Sie ist "
            "zugleich der Benutzername.",
        }

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["employer"].queryset = Employer.objects.order_by("name")
        self.fields["employer"].empty_label = "Bitte wählen"
        self.fields["employer"].required = False

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        if username_taken(email):
            raise forms.ValidationError(TAKEN)
        return email

    def clean_new_employer(self):
        name = " ".join(self.cleaned_data["new_employer"].split())
        if name and Employer.objects.filter(name__iexact=name).exists():
            raise forms.ValidationError(EXISTS)
        return name

    def clean(self):
        cleaned = super().clean()
        if "new_employer" in cleaned and bool(cleaned.get("employer")) == bool(
            cleaned["new_employer"]
        ):
            self.add_error("employer", ONE_EMPLOYER)
        return cleaned
