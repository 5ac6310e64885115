"""Every write a visitor could see moves the content version of the schema it happened in.

Connected to all models (no sender): publish, unpublish, expiry changes, taxonomy, brand,
menu, page moves and many-to-many edits all end in one of these signals. Writes no visitor
sees (sessions, login throttling, renditions, revisions, logs, search bookkeeping) are left
out, so that rendering a page or logging in does not throw the cache away. A model that only
the public schema has (a region, its domains) moves the shared version even when a region's
schema is the current one.
"""

import functools

from django.apps import apps
from django.conf import settings
from django.db.models.signals import m2m_changed, post_delete, post_save
from django_tenants.utils import get_public_schema_name

from . import versions

IGNORED_MODELS = frozenset(
    {
        "sessions.session",
        "admin.logentry",
        "axes.accessattempt",
        "axes.accessfailurelog",
        "axes.accesslog",
        "wagtailcore.revision",
        "wagtailcore.pagelogentry",
        "wagtailcore.modellogentry",
        "wagtailcore.referenceindex",
        "wagtailcore.workflowstate",
        "wagtailcore.taskstate",
        "wagtailcore.pagesubscription",
        "wagtailadmin.editingsession",
        "wagtailsearch.indexentry",
        "wagtailusers.userprofile",
        # The index is written after the content it mirrors; search.indexing bumps the
        # region once its documents are written.
        "einblick_search.outboxentry",
        "einblick_search.indexeddocument",
        "einblick_search.searchterm",
        "einblick_search.backendstatus",
        # Figures counted ahead of time for the admin (transfer_kit.figures).
        "taxonomy.taxonomyusage",
        "transfer_kit.regionfigures",
    }
)


def _ignored(model) -> bool:
    if model._meta.label_lower in IGNORED_MODELS:
        return True
    # Renditions are created while pages render.
    return model._meta.model_name.endswith("rendition")


@functools.cache
def _public_only_labels() -> frozenset[str]:
    """Labels of the apps whose tables live in the public schema alone (regions, domains,
    shared taxonomies…)."""
    return frozenset(
        config.label
        for config in apps.get_app_configs()
        if config.name in settings.SHARED_APPS and config.name not in settings.TENANT_APPS
    )


def _bump_for(model) -> None:
    """A public-only model's change moves the shared version whichever schema is current."""
    public = model._meta.app_label in _public_only_labels()
    versions.bump_schema(get_public_schema_name() if public else None)


def content_changed(sender, **kwargs) -> None:
    if not _ignored(sender):
        _bump_for(sender)


def m2m_content_changed(sender, action, **kwargs) -> None:
    if action in ("post_add", "post_remove", "post_clear"):
        model = kwargs["model"]
        if not (_ignored(model) and _ignored(kwargs["instance"].__class__)):
            _bump_for(kwargs["instance"].__class__)


def connect() -> None:
    from wagtail.signals import page_unpublished, post_page_move, unpublished

    for signal in (post_save, post_delete):
        signal.connect(content_changed, dispatch_uid=f"tenants-content-{id(signal)}")
    m2m_changed.connect(m2m_content_changed, dispatch_uid="tenants-content-m2m")
    # Unpublishing may write with queryset.update(), which sends no post_save.
    for signal in (page_unpublished, unpublished, post_page_move):
        signal.connect(content_changed, dispatch_uid=f"tenants-content-{id(signal)}")
