"""The open API /api/v1/ (django-ninja): one instance for region hosts, one for the portal.

Both share the routers; the portal has no offers, employers or events of its own (they live
in the region schemas), so its API is search, suggestions, taxonomies and the region list.
The OpenAPI 3.1 schema is generated from the code at /api/v1/openapi.json, the docs page
(/api/v1/docs/) is Swagger UI from ninja's own static files.
"""

from __future__ import annotations

from ninja import NinjaAPI, Swagger

from . import catalog, employers, errors, events, offers, search

DESCRIPTION = (
    "Offene, lesende Schnittstelle von Einblick: öffentliche Angebote, Arbeitgeber und "
    "Veranstaltungen einer Region, Suche, Vorschläge und Filterwerte. Filter heißen wie auf "
    "den Listenseiten (ADR 0008). Ohne Anmeldung, ohne Cookies; CORS für GET von jeder "
    "Herkunft, ETag/Last-Modified, Ratenbegrenzung je IP (429 mit Retry-After). "
    "`sprache=en` liefert Taxonomie-Namen und Veranstaltungsarten auf Englisch, wo es sie gibt."
)


def build(namespace: str, *, region: bool) -> NinjaAPI:
    api = NinjaAPI(
        title="Einblick – offene Schnittstelle" + ("" if region else " (Landesportal)"),
        version="1",
        description=DESCRIPTION,
        urls_namespace=namespace,
        docs=Swagger(settings={"defaultModelsExpandDepth": 0}),
        docs_url="/docs/",
        openapi_url="/openapi.json",
    )
    errors.register(api)
    if region:
        api.add_router("", offers.router)
        api.add_router("", employers.router)
        api.add_router("", events.router)
    api.add_router("", search.router)
    api.add_router("", catalog.router)
    return api


region_api = build("api_v1", region=True)
portal_api = build("api_v1_portal", region=False)
