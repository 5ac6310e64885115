from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    label = "einblick_search"
    verbose_name = "Suche"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from tenants.models import Domain, Region
        from tenants.pagecache import register_schedule

        from . import regions, synonyms
        from .backends import forget_hosts
        from .models import Synonym

        post_save.connect(synonyms.invalidate, sender=Synonym, dispatch_uid="search_syn_save")
        post_delete.connect(synonyms.invalidate, sender=Synonym, dispatch_uid="search_syn_del")
        post_save.connect(regions.forget, sender=Region, dispatch_uid="search_region_save")
        post_delete.connect(_region_deleted, sender=Region, dispatch_uid="search_region_del")
        post_save.connect(forget_hosts, sender=Domain, dispatch_uid="search_domain_save")
        post_delete.connect(forget_hosts, sender=Domain, dispatch_uid="search_domain_del")
        register_schedule(next_document_expiry)


def next_document_expiry(now):
    """The portal's next change by itself: the earliest expiry of an indexed document."""
    from django.db.models import Min

    from tenants.utils import is_public_schema

    from .models import IndexedDocument

    if not is_public_schema():
        return None
    return IndexedDocument.objects.filter(expires_at__gt=now).aggregate(m=Min("expires_at"))["m"]


def _region_deleted(sender, instance, **kwargs):
    """A deleted region's documents leave the index with it."""
    from .backends import write_targets
    from .regions import forget

    forget()
    for target in write_targets():
        try:
            target.delete_region(instance.slug)
        except Exception:  # Elasticsearch down: a later rebuild removes the leftovers
            pass
