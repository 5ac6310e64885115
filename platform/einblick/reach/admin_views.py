"""The embed builder in the CMS: live preview and the copy-paste code of one embed."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from themes.branding import RequestBrand

from .codes import embed_codes
from .models import Embed
from .stats import DAYS, hosts_of


class EmbedCodeView(WagtailAdminTemplateMixin, TemplateView):
    """Builder page of a region embed; the portal's (reach.portal) subclasses it."""

    model = Embed  # region only: answers 404 in the platform admin (tenants.middleware)
    url_namespace = "wagtailsnippets_reach_embed"
    posters = True  # A4 posters are served by region hosts only
    template_name = "reach/admin/embed_code.html"
    page_title = "Code und Vorschau"
    header_icon = "code"

    def dispatch(self, request, *args, **kwargs):
        meta = self.model._meta
        if not request.user.has_perm(f"{meta.app_label}.view_{meta.model_name}"):
            raise PermissionDenied
        self.embed = get_object_or_404(self.model, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.embed.name

    def get_breadcrumbs_items(self):
        listing = reverse(f"{self.url_namespace}:list")
        return [
            *self.breadcrumbs_items,
            {"url": listing, "label": self.model._meta.verbose_name_plural},
            {"url": "", "label": self.embed.name},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        brand = RequestBrand(self.request)
        context.update(
            embed=self.embed,
            codes=embed_codes(self.request, self.embed, brand.portal_name),
            frame_url=reverse("embed_frame", args=[self.embed.key]),
            edit_url=reverse(f"{self.url_namespace}:edit", args=[self.embed.pk]),
            posters=self.posters,
            hosts=hosts_of(self.embed),
            days=DAYS,
        )
        return context
