"""Public event querysets for lists, teasers and the calendar feed."""

from .models import Event


def event_cards(qs=None):
    qs = Event.objects.upcoming() if qs is None else qs
    return qs.prefetch_related("target_groups")
