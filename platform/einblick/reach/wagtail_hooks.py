"""Embeds in the region CMS: the snippet "Einbettungen" and its builder page."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets.button import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from einblick.taxonomy.regional.forms import TaxonomyAwareForm

from .admin_views import EmbedCodeView
from .models import Embed, Partner
from .stats import DAYS, with_counts

FILTER_HELP = (
    "Die Filter wirken wie in der Angebotsliste der Region. Ohne Auswahl zeigt das Widget "
    "die neuesten Angebote. Veranstaltungen filtert es nach Art, Zielgruppe, Arbeitgeber "
    "sowie Ort und Umkreis. Die Vorschau rechts zeigt das Ergebnis sofort."
)


def preset_panels(*first) -> list:
    """The panels of `RegionPresets` (embeds and partner pages)."""
    return [
        *first,
        FieldRowPanel([FieldPanel("content"), FieldPanel("count"), FieldPanel("sort")]),
        FieldPanel("offer_types"),
        FieldPanel("event_kind"),
        FieldPanel("occupational_fields"),
        FieldPanel("target_groups"),
        FieldPanel("school_levels"),
        FieldPanel("employer"),
        FieldRowPanel([FieldPanel("town"), FieldPanel("radius")]),
    ]


def look_panels() -> list:
    """The panels of `EmbedLook` (region and portal embeds)."""
    return [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("style")]),
        FieldPanel("title"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("size"), FieldPanel("target")])],
            heading="Schulbutton und Link",
        ),
    ]


class EmbedForm(TaxonomyAwareForm):
    """Taxonomy choices: the entries this region shows (as on the offer form)."""


class EmbedViewSet(SnippetViewSet):
    model = Embed
    icon = "code"
    menu_label = "Einbettungen"
    menu_order = 850
    add_to_admin_menu = True
    list_display = [
        "name",
        "kind",
        "content",
        Column("views", label=f"Anzeigen ({DAYS} Tage)"),
        Column("clicks", label=f"Klicks ({DAYS} Tage)"),
        "updated_at",
    ]
    list_filter = ["kind"]
    copy_view_enabled = False
    edit_handler = ObjectList([
        *look_panels(),
        MultiFieldPanel(
            preset_panels(HelpPanel(FILTER_HELP)),
            heading="Widget: Inhalt und Filter",
        ),
    ], base_form_class=EmbedForm)  # fmt: skip

    def get_queryset(self, request):
        return with_counts(self.model.objects.all())


register_snippet(EmbedViewSet)

PARTNER_HELP = (
    "Eine eigene Seite unter /partner/<Adresse>/ für eine Schule, eine Kammer oder einen "
    "Verbund: Logo und kurzer Text, darunter die Angebote und Veranstaltungen der Region, "
    "die zu den Filtern passen."
)


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = "Partnerseiten"
    menu_order = 851
    add_to_admin_menu = True
    list_display = ["name", "slug", "content", "updated_at"]
    copy_view_enabled = False
    edit_handler = ObjectList([
        HelpPanel(PARTNER_HELP),
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("logo"), FieldPanel("logo_alt")]),
        MultiFieldPanel(
            preset_panels(),
            heading="Inhalt und Filter",
        ),
    ], base_form_class=EmbedForm)  # fmt: skip


register_snippet(PartnerViewSet)


@hooks.register("register_admin_urls")
def register_embed_code_url():
    return [path("einbettungen/<int:pk>/code/", EmbedCodeView.as_view(), name="embed_code")]


@hooks.register("register_snippet_listing_buttons")
def embed_code_button(snippet, user, next_url=None):
    if isinstance(snippet, Embed):
        url = reverse("embed_code", args=[snippet.pk])
        return [ListingButton("Code und Vorschau", url=url, icon_name="code", priority=5)]
    if isinstance(snippet, Partner):
        url = snippet.get_url()
        return [ListingButton("Seite ansehen", url=url, icon_name="view", priority=5)]
    return []
