"""Included on the public and the region hosts under /marken/."""

from django.urls import path

from . import views

urlpatterns = [
    path("<slug:slug>/logo/", views.region_logo, name="themes_region_logo"),
]
