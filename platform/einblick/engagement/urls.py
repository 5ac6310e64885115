"""Cookie-less POST targets and signed links of alerts and enquiries (region hosts)."""

from django.urls import path

from . import alert_views, enquiry_views

urlpatterns = [
    path("benachrichtigungen/", alert_views.subscribe, name="alert_subscribe"),
    path("benachrichtigungen/<str:token>/", alert_views.manage, name="alert_manage"),
    path(
        "benachrichtigungen/<str:token>/abmelden/",
        alert_views.unsubscribe,
        name="alert_unsubscribe",
    ),
    path(
        "anfragen/angebot/<slug:slug>/",
        enquiry_views.enquire,
        {"kind": "angebot"},
        name="enquiry_offer",
    ),
    path(
        "anfragen/veranstaltung/<slug:slug>/",
        enquiry_views.enquire,
        {"kind": "veranstaltung"},
        name="enquiry_event",
    ),
    path(
        "anfragen/arbeitgeber/<slug:slug>/",
        enquiry_views.enquire,
        {"kind": "arbeitgeber"},
        name="enquiry_employer",
    ),
]
