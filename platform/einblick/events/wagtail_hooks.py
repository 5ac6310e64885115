"""Events in the region admin; the organiser views for registrations."""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.widgets.button import ListingButton
from wagtail.snippets.models import register_snippet

from einblick.employers.company_access import scope_to_company

from .models import Event
from .organiser import urls as organiser_urls
from .organiser.access import may_organise
from .viewsets import EventViewSet

scope_to_company(Event, "organiser_id")

register_snippet(EventViewSet)


@hooks.register("register_admin_urls")
def organiser_admin_urls():
    return [path("", include(organiser_urls))]


@hooks.register("register_snippet_listing_buttons")
def participants_button(snippet, user, next_url=None):
    if isinstance(snippet, Event) and snippet.online_registration and may_organise(user, snippet):
        url = reverse("events_participants", args=[snippet.pk])
        return [ListingButton("Anmeldungen", url=url, icon_name="group", priority=5)]
    return []
