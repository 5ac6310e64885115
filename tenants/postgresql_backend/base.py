"""django-tenants' PostgreSQL backend, keeping the ContentType cache across schema switches.

django-tenants empties Django's ContentType cache on every `set_tenant`, because that cache
is keyed by database alias only and ids differ between schemas. Ours is keyed by schema
(tenants.contenttypes.PerSchemaCache), so the switch at the start of every request no longer
costs a query per content type a page touches (Wagtail's `specific`, generic relations).
"""

from django_tenants.postgresql_backend.base import DatabaseWrapper as TenantDatabaseWrapper

from tenants.contenttypes import keeping_content_types


class DatabaseWrapper(TenantDatabaseWrapper):
    def set_tenant(self, tenant, include_public=True):
        with keeping_content_types():
            super().set_tenant(tenant, include_public)
