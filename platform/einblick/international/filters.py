"""The contacts directory's filter (ADR 0008 style German parameters: thema, art, sprache)."""

import django_filters
from django.utils.translation import gettext_lazy as _

from einblick.core.languages import LANGUAGES

from .shared.models import CONTACT_KINDS, CONTACT_TOPICS


class ContactFilter(django_filters.FilterSet):
    """Works on region contacts and shared contacts alike (same fields)."""

    thema = django_filters.ChoiceFilter(
        choices=CONTACT_TOPICS,
        label=_("Thema"),
        empty_label=_("alle Themen"),
        method="filter_topic",
    )
    art = django_filters.ChoiceFilter(
        choices=CONTACT_KINDS, label=_("Art der Stelle"), empty_label=_("alle"), field_name="kind"
    )
    sprache = django_filters.ChoiceFilter(
        choices=LANGUAGES,
        label=_("Sprache"),
        empty_label=_("alle Sprachen"),
        method="filter_language",
    )

    class Meta:
        fields = []

    def filter_topic(self, qs, name, value):
        return qs.filter(topics__contains=[value])

    def filter_language(self, qs, name, value):
        return qs.filter(languages__contains=[value])
