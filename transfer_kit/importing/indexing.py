"""Search indexing for records written in bulk (bulk_create sends no post_save signals).

- Portal search (search/): the current region's documents are rebuilt once per import run,
  inside the import transaction, so the index never shows rows that were rolled back.
- Wagtail's admin search: the new objects are added in one bulk call after the commit (the
  portal is live by then; a failure here only delays finding them in the CMS search).
"""

import logging

from django.db import connection, transaction
from wagtail.search.backends import get_search_backends

from tenants import versions

logger = logging.getLogger("einblick.transfer_kit")


def index_created(model, objects) -> None:
    """Admin search: add the new objects in bulk once the transaction has committed."""
    if not objects:
        return
    schema = connection.schema_name

    def add():
        from django_tenants.utils import schema_context

        try:
            with schema_context(schema):
                for backend in get_search_backends(with_auto_update=True):
                    backend.add_bulk(model, objects)
        except Exception:
            logger.exception("admin search index for %d imported objects failed", len(objects))

    transaction.on_commit(add)


def rebuild_region_index() -> str:
    """Portal search: rebuild the current region's documents. Returns a German note when the
    index could not be updated (the import itself stays valid). Bulk writes send no signals,
    so the region's content version moves here too: cached pages are rebuilt."""
    from search.rebuild import rebuild

    versions.bump_schema()
    region = connection.tenant.slug
    try:
        with transaction.atomic():
            rebuild(region)
    except Exception as exc:
        logger.exception("search rebuild for %s failed", region)
        return (
            f"Suchindex nicht aktualisiert ({exc.__class__.__name__}); bitte "
            f"`manage.py rebuild_search_index --region {region}` ausführen."
        )
    return ""
