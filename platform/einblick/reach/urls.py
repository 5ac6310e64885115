"""Reach URLs of a region host: robots.txt, sitemap.xml and feeds (included before Wagtail).

Feeds live under `feeds/`; their paths carry a dot, which no Wagtail page route serves.
"""

from django.urls import path

from . import feeds, views

urlpatterns = [
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", views.region_sitemap, name="sitemap"),
    path("feeds/angebote.rss", feeds.OfferFeed(), name="offers_rss"),
    path("feeds/angebote.atom", feeds.atom(feeds.OfferFeed)(), name="offers_atom"),
    path("feeds/veranstaltungen.rss", feeds.EventFeed(), name="events_rss"),
    path("feeds/veranstaltungen.atom", feeds.atom(feeds.EventFeed)(), name="events_atom"),
    path("feeds/nachrichten.rss", feeds.NewsFeed(), name="news_rss"),
    path("feeds/nachrichten.atom", feeds.atom(feeds.NewsFeed)(), name="news_atom"),
]
