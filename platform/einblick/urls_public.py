"""URLs of the public host: the cross-region portal and the platform admin.

The public schema has no region page tree, so Wagtail's page serving is not routed here
(see docs/adr/0001-tenancy.md); /cms/ maintains the shared taxonomies. The portal pages
are also served in English under /en/ (docs/i18n.md), and so are the alert form and its links.
"""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from einblick.portal import views as portal_views
from einblick.portal.outlook import outlook_comparison
from einblick.reach.api import portal_api
from tenants.views import region_media

urlpatterns = [
    path("cms/", include(wagtailadmin_urls)),
    path("dokumente/", include(wagtaildocs_urls)),
    path("media/<str:schema>/<path:path>", region_media, name="region_media"),
    path("marken/", include("themes.urls")),  # region logos on every host
    path("api/v1/", portal_api.urls),  # open API (einblick.reach.api, docs/api.md)
    path("", include("einblick.reach.urls_public")),
] + i18n_patterns(
    # the portal's search alerts (public schema, docs/adr/0012-portal-alerts.md)
    path("", include("einblick.engagement.portal_alerts.urls")),
    path("", include("search.urls")),
    path("", include("einblick.favourites.urls")),  # Merkliste page and its JSON API
    path("berufe-mit-zukunft/", outlook_comparison, name="portal_outlook"),
    path("impressum/", portal_views.legal_page, {"kind": "imprint"}, name="portal_imprint"),
    path("datenschutz/", portal_views.legal_page, {"kind": "privacy"}, name="portal_privacy"),
    path(
        "barrierefreiheit/",
        portal_views.legal_page,
        {"kind": "accessibility"},
        name="portal_accessibility",
    ),
    path("", portal_views.home, name="portal_home"),
    prefix_default_language=False,
)
