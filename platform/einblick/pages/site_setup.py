"""Give every region schema a HomePage as its Wagtail Site root."""

from django.db import transaction
from wagtail.models import Page, Site

from .models import HomePage


@transaction.atomic
def ensure_home_page(title: str = "Startseite") -> HomePage:
    """Idempotent: replace Wagtail's default welcome page with a HomePage as site root."""
    root = Page.get_first_root_node()
    home = HomePage.objects.child_of(root).first() if root else None
    if home is None:
        home = HomePage(title=title, slug="home", live=True)
        # Wagtail's initial data uses slug "home" for its welcome page: free the slug first.
        for page in Page.objects.child_of(root).exclude(content_type__model="homepage"):
            if page.slug == "home":
                page.slug = f"home-default-{page.pk}"
                page.save(update_fields=["slug"])
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True
        )
    elif site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.save()
        if old_root.specific_class is Page and old_root.pk != home.pk:
            old_root.delete()
    if title and home.title != title:
        home.title = title
        home.draft_title = title
        home.save_revision().publish()
    Site.clear_site_root_paths_cache()
    return home


def on_template_ready(sender, schema_name, **kwargs):
    ensure_home_page("Startseite")


def on_region_provisioned(sender, region, **kwargs):
    ensure_home_page(region.name)
