"""Routable index pages: offers, employers and events with their list and detail routes.

Offers, employers and events are snippets, not pages; their public URLs come from these
pages' routes (`PublicSnippet.get_url()` → `<index page URL>` + route "detail"), and each
page sits directly under the home page with its fixed slug (enforced in `clean`).
"""

from django.core.exceptions import ValidationError
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from einblick.events import views as event_views
from einblick.offers import views as offer_views
from einblick.pages import directory

INTRO_FEATURES = ["bold", "italic", "link"]


class FixedSlugIndexPage(RoutablePageMixin, Page):
    """A list route ("list") and a detail route ("detail") filled by a context module."""

    fixed_slug = ""
    context = None  # module with list_context(request) and detail_context(request, slug)
    detail_template = ""

    intro = RichTextField("Einleitung", blank=True, features=INTRO_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.slug != self.fixed_slug:
            raise ValidationError(
                {
                    "slug": f"Diese Seite muss das URL-Kürzel „{self.fixed_slug}“ haben, "
                    f"weil alle Links auf Einträge mit /{self.fixed_slug}/ beginnen."
                }
            )

    @path("", name="list")
    def list_view(self, request):
        return self.render(request, context_overrides=self.context.list_context(request))

    @path("<slug:slug>/", name="detail")
    def detail_view(self, request, slug):
        return self.render(
            request,
            template=self.detail_template,
            context_overrides=self.context.detail_context(request, slug),
        )


class OfferIndexPage(FixedSlugIndexPage):
    """ "Angebote": filterable list and offer details."""

    fixed_slug = "angebote"
    context = offer_views
    detail_template = "offers/offer_detail.html"

    class Meta:
        verbose_name = "Angebots-Übersicht"


class EmployerIndexPage(FixedSlugIndexPage):
    """ "Arbeitgeber": A–Z directory (or daily shuffle) and employer profiles."""

    fixed_slug = "arbeitgeber"
    context = directory
    detail_template = "employers/employer_detail.html"

    class Meta:
        verbose_name = "Arbeitgeber-Verzeichnis"


class EventIndexPage(FixedSlugIndexPage):
    """ "Veranstaltungen": calendar by month, details and iCalendar export."""

    fixed_slug = "veranstaltungen"
    context = event_views
    detail_template = "events/event_detail.html"

    class Meta:
        verbose_name = "Veranstaltungskalender"
