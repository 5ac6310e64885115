"""Reach URLs of a region host: robots.txt, sitemap.xml and feeds (included before Wagtail).

Feeds live under `feeds/`; their paths carry a dot, which no Wagtail page route serves.
"""

from django.urls import path

from . import embeds, feeds, partners, poster_views, views

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

# Embeds (reach.embeds): the only routes any website may frame; docs/embeds.md.
urlpatterns += [
    path("einbetten/skript.js", embeds.script, name="embed_script"),
    path("einbetten/<uuid:key>/", embeds.frame, name="embed_frame"),
    path("einbetten/<uuid:key>/link/", embeds.link, name="embed_link"),
    path("einbetten/<uuid:key>/angebot/<int:pk>/", embeds.offer, name="embed_offer"),
    path("einbetten/<uuid:key>/veranstaltung/<int:pk>/", embeds.event, name="embed_event"),
]

# Partner pages (reach.partners): a school's or chamber's page with its own filters.
urlpatterns += [path("partner/<slug:slug>/", partners.partner_page, name="partner_page")]

# Printable A4 posters with QR code (reach.posters); docs/embeds.md.
urlpatterns += [
    path("aushang.pdf", poster_views.region_poster, name="poster_region"),
    path("aushang/angebot/<int:pk>.pdf", poster_views.offer_poster, name="poster_offer"),
    path("aushang/veranstaltung/<int:pk>.pdf", poster_views.event_poster, name="poster_event"),
    path("einbetten/<uuid:key>/aushang.pdf", poster_views.embed_poster, name="poster_embed"),
    path("einbetten/<uuid:key>/qr.svg", poster_views.embed_qr, name="embed_qr"),
]
