"""Registration URLs on region hosts (before Wagtail's page routes, see urls_tenants.py).

They sit below the fixed slug of the event calendar page ("veranstaltungen"), like the
iCalendar routes; POST targets cannot be Wagtail routes because those pass through the
CSRF check, which would need a cookie.
"""

from django.urls import path

from . import registration_views

urlpatterns = [
    path(
        "veranstaltungen/<slug:slug>/anmelden/",
        registration_views.register,
        name="event_register",
    ),
    path(
        "veranstaltungen/<slug:slug>/plaetze.json",
        registration_views.seats_json,
        name="event_seats",
    ),
    path(
        "veranstaltungen/meine-anmeldung/<str:token>/",
        registration_views.manage,
        name="event_registration",
    ),
]
