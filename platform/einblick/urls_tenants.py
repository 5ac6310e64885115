"""URLs of a region host (jena.localhost, ...). Wagtail's page tree comes last."""

from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from tenants.views import region_media

urlpatterns = [
    path("cms/", include(wagtailadmin_urls)),
    path("dokumente/", include(wagtaildocs_urls)),
    path("media/<str:schema>/<path:path>", region_media, name="region_media"),
    path("", include("search.urls")),
    path("", include(wagtail_urls)),
]
