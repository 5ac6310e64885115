"""Embed routes of the portal host, named like the region hosts' (reach.urls) so that the
frame template, the click links and the code builder work on both."""

from django.urls import path

from einblick.reach import embeds

from . import views

urlpatterns = [
    path("einbetten/skript.js", embeds.script, name="embed_script"),
    path("einbetten/<uuid:key>/", embeds.frame, name="embed_frame"),
    path("einbetten/<uuid:key>/link/", embeds.link, name="embed_link"),
    path(
        "einbetten/<uuid:key>/angebot/<str:ref>/",
        views.hit,
        {"kind": "offer"},
        name="embed_offer",
    ),
    path(
        "einbetten/<uuid:key>/veranstaltung/<str:ref>/",
        views.hit,
        {"kind": "event"},
        name="embed_event",
    ),
]
