"""Admin URLs of the organiser views (below /cms/)."""

from django.urls import path

from . import views

urlpatterns = [
    path(
        "veranstaltungen/<int:pk>/anmeldungen/",
        views.ParticipantsView.as_view(),
        name="events_participants",
    ),
    path(
        "veranstaltungen/<int:pk>/anmeldungen/export.<str:export_format>",
        views.ExportView.as_view(),
        name="events_participants_export",
    ),
    path(
        "veranstaltungen/<int:pk>/anmeldungen/nachricht/",
        views.MessageView.as_view(),
        name="events_participants_message",
    ),
]
