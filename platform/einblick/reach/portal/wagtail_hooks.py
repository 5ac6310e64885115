"""The portal's embeds in the platform admin (portal host /cms/ only): the snippet
"Einbettungen des Portals" and its builder page, both the region embeds' views."""

from django import forms
from django.http import Http404
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel, ObjectList
from wagtail.admin.widgets.button import ListingButton
from wagtail.snippets.models import register_snippet

from einblick.reach.admin_views import EmbedCodeView
from einblick.reach.wagtail_hooks import EmbedViewSet, look_panels
from tenants.permissions import PUBLIC, scope_model
from tenants.utils import is_public_schema

from .models import PortalEmbed

FILTER_HELP = (
    "Die Filter wirken wie in der Suche über alle Regionen (/suche/). Ohne Auswahl zeigt "
    "das Widget die neuesten Angebote aller Regionen. Die Vorschau rechts zeigt das "
    "Ergebnis sofort."
)


class PortalEmbedViewSet(EmbedViewSet):
    model = PortalEmbed
    menu_label = "Einbettungen des Portals"
    edit_handler = ObjectList([
        *look_panels(),
        MultiFieldPanel(
            [
                HelpPanel(FILTER_HELP),
                FieldRowPanel([FieldPanel("content"), FieldPanel("count"), FieldPanel("sort")]),
                FieldPanel("regions", widget=forms.CheckboxSelectMultiple),
                FieldPanel("offer_types"),
                FieldPanel("occupational_fields"),
                FieldPanel("target_groups"),
                FieldRowPanel([FieldPanel("town"), FieldPanel("radius")]),
            ],
            heading="Widget: Inhalt und Filter",
        ),
    ])  # fmt: skip


class PortalEmbedCodeView(EmbedCodeView):
    model = PortalEmbed
    url_namespace = "wagtailsnippets_reach_portal_portalembed"
    posters = False

    def dispatch(self, request, *args, **kwargs):
        if not is_public_schema():  # the portal's embeds belong to the platform admin
            raise Http404("Nur im Plattform-Admin verfügbar.")
        return super().dispatch(request, *args, **kwargs)


# Platform admin only: hidden in the region CMS, its URLs refused there.
scope_model(PortalEmbed, PUBLIC)
register_snippet(PortalEmbedViewSet)


@hooks.register("register_admin_urls")
def register_portal_embed_code_url():
    view = PortalEmbedCodeView.as_view()
    return [path("portal-einbettungen/<int:pk>/code/", view, name="portal_embed_code")]


@hooks.register("register_snippet_listing_buttons")
def portal_embed_code_button(snippet, user, next_url=None):
    if isinstance(snippet, PortalEmbed):
        url = reverse("portal_embed_code", args=[snippet.pk])
        return [ListingButton("Code und Vorschau", url=url, icon_name="code", priority=5)]
    return []
