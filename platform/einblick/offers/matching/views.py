"""The matching desk in the region CMS (/cms/matching/): profile in, ranked offers out.

GET carries the profile (nothing is stored); `?druck=1` is the print view; a POST with an
e-mail address sends the list as text and HTML mail to that address, which is not kept.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from einblick.core.mail import send_mail
from einblick.employers.company_access import company_employer_id
from tenants.utils import is_public_schema

from ..views import region_towns
from .form import MailForm, MatchingForm
from .ranking import rank_offers

PERMISSION = "offers.change_offer"
PROFILE_KEYS = ("berufsfeld", "schulstufe", "ort", "nahe", "umkreis", "von", "bis", "typ")


def may_use_matching_desk(user) -> bool:
    """Region editors (and superusers) of a region host; company logins never."""
    return (
        not is_public_schema()
        and user.is_authenticated
        and (user.is_superuser or user.has_perm(PERMISSION))
        and company_employer_id(user) is None
    )


class MatchingDeskView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "offers/matching/desk.html"
    page_title = "Matching"
    header_icon = "resubmit"

    def dispatch(self, request, *args, **kwargs):
        if not may_use_matching_desk(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def profile_form(self) -> MatchingForm:
        data = self.request.GET if any(k in self.request.GET for k in PROFILE_KEYS) else None
        return MatchingForm(data, towns=region_towns(self.request))

    def get(self, request, *args, **kwargs):
        form = self.profile_form()
        return self.respond(form, MailForm())

    def post(self, request, *args, **kwargs):
        form, mail_form = self.profile_form(), MailForm(request.POST)
        if not (form.is_bound and form.is_valid() and mail_form.is_valid()):
            return self.respond(form, mail_form, status=400)
        context = self.results_context(form)
        send_mail("offers/matching/mail", context, [mail_form.cleaned_data["email"]])
        messages.success(request, "Die Liste wurde per E-Mail versendet.")
        return redirect(f"{reverse('offers_matching')}?{context['query']}")

    def results_context(self, form: MatchingForm) -> dict:
        criteria = form.criteria()
        query = self.request.GET.copy()
        query.pop("druck", None)
        return {
            "matches": rank_offers(**criteria),
            "criteria": criteria,
            "region": getattr(connection, "tenant", None),
            "query": query.urlencode(),
            "base_url": self.request.build_absolute_uri("/"),
        }

    def respond(self, form, mail_form, status=200):
        context = self.get_context_data(form=form, mail_form=mail_form, matches=None)
        if form.is_bound and form.is_valid():
            context.update(self.results_context(form))
            if self.request.GET.get("druck") == "1":
                return TemplateResponse(self.request, "offers/matching/print.html", context)
        elif form.is_bound:
            status = 400
        return self.render_to_response(context, status=status)
