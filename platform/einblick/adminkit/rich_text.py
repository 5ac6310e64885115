"""Draftail widget that turns unreadable input into a form error instead of a 500.

Draftail posts its content as JSON (contentstate). Wagtail's widget parses it while the
form reads its data, so a hand-made POST with anything else raised an uncaught error.
"""

from django.core.exceptions import ValidationError
from wagtail.admin.rich_text import DraftailRichTextArea

MESSAGE = "Der Text konnte nicht gelesen werden. Bitte laden Sie die Seite neu und versuchen Sie es erneut."


class UnreadableRichText:
    """Stands for rejected input until the field cleans it (then: a validation error)."""

    def __str__(self):
        raise ValidationError(MESSAGE, code="invalid_rich_text")


class CheckedDraftailRichTextArea(DraftailRichTextArea):
    def value_from_datadict(self, data, files, name):
        try:
            return super().value_from_datadict(data, files, name)
        except (ValueError, TypeError, KeyError, AttributeError):
            return UnreadableRichText()

    def format_value(self, value):
        if isinstance(value, UnreadableRichText):
            value = ""
        return super().format_value(value)
