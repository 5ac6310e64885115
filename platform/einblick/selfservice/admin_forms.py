"""The editors' invitation form (CMS "Einladungen")."""

from django import forms

from einblick.employers.models import Employer

from .invitations import TAKEN, username_taken
from .models import Invitation


class InvitationForm(forms.ModelForm):
    """Whom to invite for which employer; an address with a login already is refused."""

    class Meta:
        model = Invitation
        fields = ["employer", "name", "email"]
        help_texts = {
            "email": "An diese Adresse geht der Link zum Festlegen des Passworts. Sie ist "
            "zugleich der Benutzername.",
        }

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["employer"].queryset = Employer.objects.order_by("name")
        self.fields["employer"].empty_label = "Bitte wählen"

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        if username_taken(email):
            raise forms.ValidationError(TAKEN)
        return email
