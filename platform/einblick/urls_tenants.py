"""URLs of a region host (jena.localhost, ...). Wagtail's page tree comes last.

Public pages are also served in English under /en/ (`i18n_patterns`, German unprefixed;
docs/i18n.md), and so are the public forms and their links (registration, alerts, enquiries,
company access): `{% url %}` on an English page posts to /en/…, so the answer, its errors and
the mails come back in English. The admin, files, the API and feeds are not prefixed.
"""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from einblick.events import views as event_views
from einblick.reach.api import region_api
from tenants.preview import open_preview
from tenants.views import region_media

urlpatterns = [
    path("cms/", include(wagtailadmin_urls)),
    path("dokumente/", include(wagtaildocs_urls)),
    path("media/<str:schema>/<path:path>", region_media, name="region_media"),
    path("vorschau/<str:token>/", open_preview, name="region_preview"),
    path("marken/", include("themes.urls")),  # region logos on every host
    path("api/v1/", region_api.urls),  # open API (einblick.reach.api, docs/api.md)
    path("", include("einblick.reach.urls")),
    # iCalendar files need a dot in the path, which Wagtail's page routes do not serve.
    path("veranstaltungen/kalender.ics", event_views.ical_feed, name="events_ical_feed"),
    path("veranstaltungen/<slug:slug>/kalender.ics", event_views.ical_event, name="event_ical"),
    path("", include("einblick.insights.urls")),  # click beacon (no cookie)
] + i18n_patterns(
    path("", include("einblick.events.urls")),  # registration: cookie-less POST targets
    path("", include("einblick.selfservice.urls")),  # invitations, registration requests
    path("", include("einblick.engagement.urls")),  # alerts, enquiries: cookie-less forms
    path("", include("search.urls")),
    path("", include("einblick.favourites.urls")),  # Merkliste page and its JSON API
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
