"""Search URLs, included by both URL confs (region hosts and the portal) before Wagtail.

The JSON endpoints (`api.search_api`, `api.suggest_api`) are routed and described by the open
API (einblick.reach.api) at /api/v1/search/ and /api/v1/search/suggest/.
"""

from django.urls import path

from . import views

urlpatterns = [
    path("suche/", views.search_page, name="search"),
]
