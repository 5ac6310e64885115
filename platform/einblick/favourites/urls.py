"""Merkliste URLs, included by both URL confs (region hosts and the portal) before Wagtail."""

from django.urls import path

from . import views

urlpatterns = [
    path("merkliste/", views.merkliste, name="merkliste"),
    path("api/v1/merkliste/", views.merkliste_api, name="merkliste_api"),
]
