"""Reach URLs of the portal host: robots.txt, sitemap.xml, the cross-region feeds and embeds.

The feed routes carry the region hosts' names, so templates link them alike on both hosts.
"""

from django.urls import include, path

from . import portal_feeds, views
from .feeds import atom

urlpatterns = [
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", views.portal_sitemap, name="sitemap"),
    path("feeds/angebote.rss", portal_feeds.PortalOfferFeed(), name="offers_rss"),
    path("feeds/angebote.atom", atom(portal_feeds.PortalOfferFeed)(), name="offers_atom"),
    path("feeds/veranstaltungen.rss", portal_feeds.PortalEventFeed(), name="events_rss"),
    path("feeds/veranstaltungen.atom", atom(portal_feeds.PortalEventFeed)(), name="events_atom"),
    path("feeds/nachrichten.rss", portal_feeds.PortalNewsFeed(), name="news_rss"),
    path("feeds/nachrichten.atom", atom(portal_feeds.PortalNewsFeed)(), name="news_atom"),
    path("", include("einblick.reach.portal.urls")),  # the portal's own embeds
]
