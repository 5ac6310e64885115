"""Editorial page types: home, standard, target-group landing, news and guide pages."""

from django.db import models
from django.db.models import Count
from django.http import Http404
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Orderable, Page
from wagtail.search import index

from einblick.core.images import alt_text_field, image_field
from einblick.events.queries import event_cards
from einblick.offers.models import Offer
from einblick.offers.queries import offer_cards
from einblick.offers.views import region_towns
from einblick.taxonomy.models import OccupationalField, OfferType
from einblick.taxonomy.regional.visibility import visible

from ..blocks import body_blocks

INTRO_FEATURES = ["bold", "italic", "link"]
EDITORIAL_PAGES = [
    "pages.StandardPage",
    "pages.LandingPage",
    "pages.NewsIndexPage",
    "pages.GuidePage",
]


def body_field():
    return StreamField(body_blocks(), blank=True, verbose_name="Inhalt")


class HomePage(Page):
    """The root page of a region portal: hero, featured offers, events, Berufsfelder tiles."""

    hero_title = models.CharField("Überschrift im Kopfbereich", max_length=150, blank=True)
    hero_text = models.TextField("Einleitung im Kopfbereich", max_length=500, blank=True)
    hero_image = image_field()
    hero_image_alt = alt_text_field()
    featured_count = models.PositiveSmallIntegerField(
        "Anzahl hervorgehobener Angebote",
        default=6,
        help_text="Ohne eigene Auswahl erscheinen die neuesten Angebote.",
    )
    show_field_tiles = models.BooleanField("Berufsfelder als Kacheln zeigen", default=True)
    body = body_field()

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_image_alt"),
            ],
            heading="Kopfbereich",
        ),
        MultiFieldPanel(
            [
                FieldPanel("featured_count"),
                InlinePanel("featured_offers", label="Hervorgehobenes Angebot"),
                FieldPanel("show_field_tiles"),
            ],
            heading="Angebote und Berufsfelder",
        ),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("hero_text"), index.SearchField("body")]
    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = "Startseite"

    def route(self, request, path_components):
        """An English home routes to its own pages first, then to the German ones: every
        German page is reachable under /en/ with English UI until it is translated."""
        try:
            return super().route(request, path_components)
        except Http404:
            german = self.get_translation_or_none(Locale.get_default())
            if german is None or german.pk == self.pk or not path_components:
                raise
            return german.specific.route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        count = self.featured_count or 6
        chosen = [item.offer_id for item in self.featured_offers.all()]
        featured = []
        if chosen:
            by_id = {o.pk: o for o in offer_cards().filter(pk__in=chosen)}
            featured = [by_id[pk] for pk in chosen if pk in by_id][:count]
        if len(featured) < count:
            featured += list(offer_cards().exclude(pk__in=chosen)[: count - len(featured)])
        context["featured_offers"] = featured
        context["upcoming_events"] = list(event_cards()[:3])
        # quick search: the offer list's own parameters (typ, berufsfeld, ort/nahe)
        context["quick_types"] = list(visible(OfferType))
        context["quick_fields"] = list(visible(OccupationalField))
        context["towns"] = region_towns(request)
        if self.show_field_tiles:
            counts = dict(
                Offer.objects.public()
                .filter(occupational_fields__isnull=False)
                .order_by()
                .values_list("occupational_fields")
                .annotate(n=Count("pk"))
            )
            context["field_tiles"] = [
                {"field": field, "count": counts.get(field.pk, 0)}
                for field in visible(OccupationalField)
            ]
        return context


class HomePageFeaturedOffer(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_offers")
    offer = models.ForeignKey(
        "offers.Offer", verbose_name="Angebot", on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("offer")]

    class Meta(Orderable.Meta):
        verbose_name = "Hervorgehobenes Angebot"
        verbose_name_plural = "Hervorgehobene Angebote"


class StandardPage(Page):
    """A general editorial page (Impressum, Datenschutz, Barrierefreiheit, Über uns, ...)."""

    intro = RichTextField("Einleitung", blank=True, features=INTRO_FEATURES)
    body = body_field()

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = "Inhaltsseite"


class LandingPage(Page):
    """A landing page for one audience ("Für Schüler:innen", "Für Eltern", ...)."""

    intro = RichTextField("Einleitung", blank=True, features=INTRO_FEATURES)
    hero_image = image_field()
    hero_image_alt = alt_text_field()
    target_group = models.ForeignKey(
        "taxonomy.TargetGroup",
        verbose_name="Zielgruppe",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Zeigt passende Angebote und Veranstaltungen unter dem Inhalt.",
    )
    body = body_field()

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        FieldPanel("hero_image_alt"),
        FieldPanel("target_group"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["pages.HomePage", "pages.StandardPage", "pages.LandingPage"]

    class Meta:
        verbose_name = "Zielgruppen-Seite"
        verbose_name_plural = "Zielgruppen-Seiten"

    def get_context(self, request, *args, **kwargs):
        """The target group's offers and events under the content – each only when the
        content has no list of its own of that kind (no section twice, no contradiction
        between an empty list and a full one)."""
        context = super().get_context(request, *args, **kwargs)
        in_body = {block.block_type for block in self.body}
        context["show_group_offers"] = bool(self.target_group_id) and "offers" not in in_body
        if context["show_group_offers"]:
            context["group_offers"] = list(
                offer_cards().filter(target_groups=self.target_group_id)[:6]
            )
        if self.target_group_id and "events" not in in_body:
            context["group_events"] = list(
                event_cards().filter(target_groups=self.target_group_id)[:3]
            )
        return context


class NewsIndexPage(Page):
    """ "Aktuelles": lists its news pages, newest first."""

    intro = RichTextField("Einleitung", blank=True, features=INTRO_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["pages.NewsPage"]

    class Meta:
        verbose_name = "Nachrichten-Übersicht"

    def get_context(self, request, *args, **kwargs):
        from django.core.paginator import Paginator

        context = super().get_context(request, *args, **kwargs)
        news = (
            NewsPage.objects.child_of(self)
            .live()
            .public()
            .select_related("image")
            .prefetch_related("image__renditions")
            .order_by("-date", "-pk")
        )
        context["page_obj"] = Paginator(news, 12).get_page(request.GET.get("seite"))
        return context


class NewsPage(Page):
    date = models.DateField("Datum", default=timezone.localdate)
    intro = models.TextField("Kurzfassung", max_length=400, blank=True)
    image = image_field()
    image_alt = alt_text_field()
    body = body_field()

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("image_alt"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["pages.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Nachricht"
        verbose_name_plural = "Nachrichten"


class GuidePage(Page):
    """A guide article ("Ratgeber": Bewerbung, Praktikum finden, ...)."""

    intro = models.TextField("Kurzfassung", max_length=400, blank=True)
    body = body_field()

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = "Ratgeber-Seite"
        verbose_name_plural = "Ratgeber-Seiten"
