"""CMS views of the editors: invitations of company logins and registration requests.

"Einladungen": invite a contact person of an employer (the mail goes out on saving), see
whether the link was used, invite again (new link, new expiry). "Registrierungsanfragen":
requests from the public page "Für Unternehmen"; "Einladen" opens the invitation form
filled in from the request, "Ablehnen" closes it.
"""

from django.contrib.admin.utils import quote
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import CreateView, IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet

from einblick.employers.models import Employer

from . import invitations
from .admin_forms import InvitationForm
from .models import Invitation, RegistrationRequest


class InvitationIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("employer")

    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        if instance.accepted_at is None and self.user_has_permission("add"):
            url = reverse("einladungen:resend", args=[quote(instance.pk)])
            buttons.append(MenuItem("Erneut einladen", url=url, icon_name="mail", priority=5))
        return buttons


class InvitationCreateView(CreateView):
    """Saving sends the mail; prefilled from ?arbeitgeber= or ?anfrage= (a request)."""

    success_message = "Einladung an %(object)s verschickt."
    submit_button_label = "Einladung senden"
    submit_button_active_label = "Wird gesendet …"

    def registration_request(self):
        pk = self.request.GET.get("anfrage") or self.request.POST.get("anfrage") or ""
        if not pk.isdigit():
            return None
        return RegistrationRequest.objects.filter(pk=pk, status="new").first()

    def get_initial(self):
        initial = super().get_initial()
        employer = self.request.GET.get("arbeitgeber", "")
        if employer.isdigit() and Employer.objects.filter(pk=employer).exists():
            initial["employer"] = int(employer)
        if (request := self.registration_request()) is not None:
            initial["name"], initial["email"] = request.contact_name, request.email
            match = Employer.objects.filter(name__iexact=request.company).first()
            if match is not None:
                initial["employer"] = match.pk
            else:
                initial["new_employer"] = request.company
        return initial

    def get_add_url(self):
        url = super().get_add_url()
        request = self.registration_request()
        return f"{url}?{urlencode({'anfrage': request.pk})}" if request else url

    def save_instance(self):
        data = self.form.cleaned_data
        employer = data["employer"] or invitations.draft_employer(
            data["new_employer"], self.request.user
        )
        invitation = invitations.invite(employer, data["email"], data["name"], self.request.user)
        if (request := self.registration_request()) is not None:
            request.status = RegistrationRequest.Status.INVITED
            request.decided_at = timezone.now()
            request.invitation = invitation
            request.save(update_fields=["status", "decided_at", "invitation"])
        return invitation


class ConfirmView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """A yes/no page for one object; POST does it (invite again, decline a request)."""

    permission_required = "add"
    template_name = "selfservice/admin/confirm.html"
    model = None
    question = ""
    button = ""
    index_url_name = ""

    def setup(self, request, *args, pk=None, **kwargs):
        super().setup(request, *args, **kwargs)
        self.object = get_object_or_404(self.model, pk=pk)

    def get_page_title(self):
        return self.button

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(object=self.object, question=self.question, button=self.button)
        context["cancel_url"] = reverse(self.index_url_name)
        return context

    def post(self, request, *args, **kwargs):
        self.act()
        return redirect(self.index_url_name)


class ResendView(ConfirmView):
    model = Invitation
    question = "Eine neue Einladung an diese Adresse senden? Der bisherige Link wird ungültig."
    button = "Erneut einladen"
    index_url_name = "einladungen:index"

    def act(self):
        try:
            invitations.reinvite(self.object)
        except invitations.InvitationProblem as problem:
            messages.error(self.request, str(problem))
        else:
            messages.success(self.request, f"Neue Einladung an {self.object.email} verschickt.")


def status_of(invitation) -> str:
    if invitation.accepted_at is not None:
        return "angenommen"
    return "abgelaufen" if invitation.expired else "offen"


class InvitationViewSet(ModelViewSet):
    model = Invitation
    name = "einladungen"
    icon = "mail"
    menu_label = "Einladungen"
    menu_order = 131
    add_to_admin_menu = True
    form_class = InvitationForm
    index_view_class = InvitationIndexView
    add_view_class = InvitationCreateView
    copy_view_enabled = False
    list_display = [
        "name",
        "email",
        "employer",
        Column("status", label="Stand", accessor=status_of),
        DateColumn("sent_at", label="Versendet am"),
        DateColumn("expires_at", label="Gültig bis"),
    ]
    search_fields = ["name", "email", "employer__name"]
    search_backend_name = None

    def get_form_class(self, for_update=False):
        return InvitationForm

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path(
                "<int:pk>/erneut/",
                ResendView.as_view(permission_policy=self.permission_policy),
                name="resend",
            ),
        ]


class DeclineView(ConfirmView):
    model = RegistrationRequest
    question = "Diese Anfrage ablehnen? Das Unternehmen bekommt keine E-Mail von uns."
    button = "Ablehnen"
    index_url_name = "registrierungsanfragen:index"
    permission_required = "change"

    def act(self):
        self.object.status = RegistrationRequest.Status.DECLINED
        self.object.decided_at = timezone.now()
        self.object.save(update_fields=["status", "decided_at"])
        messages.success(self.request, f"Anfrage von {self.object.company} abgelehnt.")


class RequestIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        user = self.request.user
        if instance.status == RegistrationRequest.Status.NEW:
            if user.has_perm("selfservice.add_invitation"):
                url = reverse("einladungen:add") + "?" + urlencode({"anfrage": instance.pk})
                buttons.append(MenuItem("Einladen", url=url, icon_name="mail", priority=1))
            if self.user_has_permission("change"):
                url = reverse("registrierungsanfragen:decline", args=[quote(instance.pk)])
                buttons.append(MenuItem("Ablehnen", url=url, icon_name="cross", priority=2))
        return buttons


class RegistrationRequestViewSet(ModelViewSet):
    model = RegistrationRequest
    name = "registrierungsanfragen"
    icon = "help"
    menu_label = "Registrierungsanfragen"
    menu_order = 132
    add_to_admin_menu = True
    index_view_class = RequestIndexView
    copy_view_enabled = False
    inspect_view_enabled = True
    form_fields = ["company", "contact_name", "email", "message"]
    list_display = [
        "company",
        "contact_name",
        "email",
        Column("status", label="Stand", accessor="get_status_display"),
        DateColumn("created_at", label="Eingegangen am"),
    ]
    list_filter = ["status"]
    search_fields = ["company", "contact_name", "email"]
    search_backend_name = None

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path(
                "<int:pk>/ablehnen/",
                DeclineView.as_view(permission_policy=self.permission_policy),
                name="decline",
            ),
        ]
