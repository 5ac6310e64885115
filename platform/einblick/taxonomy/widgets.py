"""Form widgets for choices of taxonomy entries on public pages.

Option labels are the entries' `label` (their `__str__`): English on English pages where the
English name is filled. An option still in German there is marked `lang="de"` (WCAG 3.1.2).
"""

from django import forms
from django.utils import translation

from .models import GERMAN


class LabelledSelect(forms.Select):
    """A select of taxonomy entries that marks options with a German label as German."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if german_label(getattr(value, "instance", None)):
            option["attrs"]["lang"] = GERMAN
        return option


def german_label(entry) -> bool:
    """True when `entry` is shown with its German name on a page in another language."""
    language = getattr(entry, "content_language", None)
    active = (translation.get_language() or GERMAN).split("-")[0]
    return callable(language) and active != GERMAN and language() == GERMAN
