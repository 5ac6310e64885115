"""Events in the region admin."""

from wagtail.snippets.models import register_snippet

from tenants.permissions import REGION, scope_model

from .models import Event
from .viewsets import EventViewSet

scope_model(Event, REGION)

register_snippet(EventViewSet)
