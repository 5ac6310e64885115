"""Search URLs, included by both URL confs (region hosts and the portal) before Wagtail."""

from django.urls import path

from . import api, views

urlpatterns = [
    path("suche/", views.search_page, name="search"),
    path("api/v1/search/", api.search_api, name="search_api"),
    path("api/v1/search/suggest/", api.suggest_api, name="search_suggest_api"),
]
