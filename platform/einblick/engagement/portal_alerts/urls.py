"""The portal's alert routes: the region hosts' views and names (einblick.engagement.urls),
working on PortalAlert in the public schema."""

from django.urls import path

from einblick.engagement import alert_views

from .models import PortalAlert

portal = {"model": PortalAlert}

urlpatterns = [
    path("benachrichtigungen/", alert_views.subscribe, portal, name="alert_subscribe"),
    path("benachrichtigungen/<str:token>/", alert_views.manage, portal, name="alert_manage"),
    path(
        "benachrichtigungen/<str:token>/abmelden/",
        alert_views.unsubscribe,
        portal,
        name="alert_unsubscribe",
    ),
]
