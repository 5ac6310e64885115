"""Reach URLs of the portal host: robots.txt and sitemap.xml."""

from django.urls import path

from . import views

urlpatterns = [
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", views.portal_sitemap, name="sitemap"),
]
