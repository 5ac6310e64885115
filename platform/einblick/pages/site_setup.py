"""Give every region schema a HomePage as its Wagtail Site root."""

from django.db import transaction
from wagtail.models import Page, Site

from einblick.taxonomy.regional.models import TaxonomyVisibility

from .models import EmployerIndexPage, EventIndexPage, HomePage, OfferIndexPage

INDEX_PAGES = [
    (OfferIndexPage, "Angebote"),
    (EmployerIndexPage, "Arbeitgeber"),
    (EventIndexPage, "Veranstaltungen"),
]


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


@transaction.atomic
def ensure_index_pages(home: HomePage) -> dict:
    """Idempotent: the routable pages that serve /angebote/, /arbeitgeber/, /veranstaltungen/.

    They are structural (offer, employer and event URLs point at them), so every region gets
    them with its home page, not only regions that were onboarded with starter content.
    """
    pages = {}
    for model, title in INDEX_PAGES:
        page = model.objects.child_of(home).first()
        if page is None:
            page = model(title=title, slug=model.fixed_slug, live=True, show_in_menus=True)
            home.add_child(instance=page)
            page.save_revision().publish()
        pages[model.fixed_slug] = page
    return pages


def on_template_ready(sender, schema_name, **kwargs):
    ensure_index_pages(ensure_home_page("Startseite"))
    # The settings row exists from the start: a first visit writes nothing (which would
    # move the content version and throw the page cache away); see also themes.apps.
    TaxonomyVisibility.load()


def on_region_provisioned(sender, region, **kwargs):
    ensure_index_pages(ensure_home_page(region.name))
