"""Languages spoken at work or by a contact, and the German level an offer requires.

One fixed choice list (ISO 639-1 codes), shared by offers ("Sprachen am Arbeitsplatz") and
the contacts directory ("Sprachen in der Beratung"), so the filter values are the same codes
everywhere (ADR 0008: `arbeitssprache=en`).
"""

from django import forms
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.utils.translation import gettext_lazy as _

LANGUAGES = [
    ("de", _("Deutsch")),
    ("en", _("Englisch")),
    ("fr", _("Französisch")),
    ("es", _("Spanisch")),
    ("it", _("Italienisch")),
    ("pl", _("Polnisch")),
    ("cs", _("Tschechisch")),
    ("ro", _("Rumänisch")),
    ("uk", _("Ukrainisch")),
    ("ru", _("Russisch")),
    ("tr", _("Türkisch")),
    ("ar", _("Arabisch")),
    ("fa", _("Persisch (Farsi/Dari)")),
    ("vi", _("Vietnamesisch")),
    ("hi", _("Hindi")),
]
LANGUAGE_NAMES = dict(LANGUAGES)

# Required German (Common European Framework levels), "" = not stated.
GERMAN_LEVELS = [
    ("", _("keine Angabe")),
    ("none", _("Keine Deutschkenntnisse nötig")),
    ("a2", _("Grundkenntnisse (A2)")),
    ("b1", _("Gute Grundkenntnisse (B1)")),
    ("b2", _("Gute Kenntnisse (B2)")),
    ("c1", _("Sehr gute Kenntnisse (C1)")),
]


class ChoiceArrayField(ArrayField):
    """An ArrayField of choices, edited as checkboxes (not as comma-separated text)."""

    def formfield(self, **kwargs):
        defaults = {
            "form_class": forms.TypedMultipleChoiceField,
            "choices": self.base_field.choices,
            "coerce": self.base_field.to_python,
            "widget": forms.CheckboxSelectMultiple,
            "required": not self.blank,
        }
        defaults.update(kwargs)
        # Skip ArrayField.formfield (it would force SimpleArrayField).
        return models.Field.formfield(self, **defaults)


def language_list_field(verbose_name: str, help_text: str = "") -> ChoiceArrayField:
    return ChoiceArrayField(
        models.CharField(max_length=5, choices=LANGUAGES),
        verbose_name=verbose_name,
        default=list,
        blank=True,
        help_text=help_text,
    )


def language_names(codes) -> list[str]:
    """Display names in the order of LANGUAGES (German first, then English …)."""
    order = [code for code, _label in LANGUAGES]
    return [str(LANGUAGE_NAMES[c]) for c in sorted(codes, key=order.index) if c in LANGUAGE_NAMES]


def visitor_language_field() -> models.CharField:
    """The portal language a visitor used on a public form ("de" or "en", from the URL):
    every mail about the record is written in it (issue 20, docs/i18n.md)."""
    return models.CharField(
        "Sprache",
        max_length=8,
        choices=[("de", "Deutsch"), ("en", "English")],
        default="de",
        help_text="Sprache der Seite, auf der das Formular abgeschickt wurde; "
        "E-Mails dazu gehen in dieser Sprache hinaus.",
    )
