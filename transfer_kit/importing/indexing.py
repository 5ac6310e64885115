"""Search indexing for records written in bulk (bulk_create sends no post_save).

INTEGRATION SEAM (search): the Wagtail search backends are updated here; the project's own
search index (search/) is updated through its registry once that lands on main.
"""

from wagtail.search.backends import get_search_backends


def index_created(model, objects) -> None:
    if not objects:
        return
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(model, objects)
