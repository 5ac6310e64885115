"""Who may see an event's participants: whoever may change the event.

The event's permission policy is region-scoped (users live in each region's schema, so a
Weimar event does not exist for a Jena login) and narrows company logins to the events of
their own employer.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from wagtail.permissions import policy_registry

from tenants.utils import is_public_schema

from ..models import Event


def may_organise(user, event) -> bool:
    policy = policy_registry.get_by_type(Event)
    return policy.user_has_permission_for_instance(user, "change", event)


def organiser_event(user, pk) -> Event:
    """The event `pk` of the current region if `user` organises it; else 404/403."""
    if is_public_schema():  # the platform admin has no events (no table in the public schema)
        raise Http404("Diese Veranstaltung gibt es nicht.")
    event = Event.objects.filter(pk=pk).prefetch_related("slots").first()
    if event is None:
        raise Http404("Diese Veranstaltung gibt es nicht.")
    if not may_organise(user, event):
        raise PermissionDenied
    return event
