"""Company-area URLs on region hosts (before Wagtail's page routes, see urls_tenants.py)."""

from django.urls import path

from . import views

urlpatterns = [
    path("unternehmen/einladung/<str:token>/", views.accept_invitation, name="company_invitation"),
    path("unternehmen/zugang-anfragen/", views.request_access, name="company_registration"),
]
