"""Routable index pages: offers, employers and events with their detail routes.

Offers, employers and events are snippets, not pages; their public URLs
(`Offer.get_url()` = /angebote/<slug>/, ...) are served by these pages, so each page must
sit directly under the home page with its fixed slug (enforced in `clean`).
"""

from django.core.exceptions import ValidationError
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

INTRO_FEATURES = ["bold", "italic", "link"]


class FixedSlugIndexPage(RoutablePageMixin, Page):
    fixed_slug = ""

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


class OfferIndexPage(FixedSlugIndexPage):
    """ "Angebote": filterable list at /angebote/, details at /angebote/<slug>/."""

    fixed_slug = "angebote"

    class Meta:
        verbose_name = "Angebots-Übersicht"

    @path("")
    def offer_list(self, request):
        from einblick.offers.views import list_context

        return self.render(request, context_overrides=list_context(request))

    @path("<slug:slug>/")
    def offer_detail(self, request, slug):
        from einblick.offers.views import detail_context

        return self.render(
            request,
            template="offers/offer_detail.html",
            context_overrides=detail_context(request, slug),
        )


class EmployerIndexPage(FixedSlugIndexPage):
    """ "Arbeitgeber": A–Z directory (or daily shuffle) and employer profiles."""

    fixed_slug = "arbeitgeber"

    class Meta:
        verbose_name = "Arbeitgeber-Verzeichnis"

    @path("")
    def employer_list(self, request):
        from einblick.employers.views import list_context

        return self.render(request, context_overrides=list_context(request))

    @path("<slug:slug>/")
    def employer_detail(self, request, slug):
        from einblick.employers.views import detail_context

        return self.render(
            request,
            template="employers/employer_detail.html",
            context_overrides=detail_context(request, slug),
        )


class EventIndexPage(FixedSlugIndexPage):
    """ "Veranstaltungen": calendar by month, details and iCalendar export."""

    fixed_slug = "veranstaltungen"

    class Meta:
        verbose_name = "Veranstaltungskalender"

    @path("")
    def event_list(self, request):
        from einblick.events.views import list_context

        return self.render(request, context_overrides=list_context(request))

    @path("<slug:slug>/")
    def event_detail(self, request, slug):
        from einblick.events.views import detail_context

        return self.render(
            request,
            template="events/event_detail.html",
            context_overrides=detail_context(request, slug),
        )
