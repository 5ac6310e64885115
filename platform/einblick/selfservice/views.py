"""Public pages of the company area on a region host: accepting an invitation, asking for
access.

The link from the invitation mail opens "Passwort festlegen". The token in the URL is the
secret, so the form needs no CSRF cookie (the visitor has none yet); cross-site posts are
refused by their Origin header as on the event registration form.
"""

from urllib.parse import urlsplit

from django.contrib.auth import get_user_model, login
from django.http import HttpResponseForbidden, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from einblick.core.mail import send_mail
from einblick.employers.company_access import EDITOR_GROUP
from tenants.language import request_language

from . import invitations
from .forms import RegistrationRequestForm, SetPasswordForm
from .notifications import absolute, portal_name

LOGIN_BACKEND = "django.contrib.auth.backends.ModelBackend"
FOREIGN_ORIGIN = gettext_lazy("Anfrage von einer fremden Website abgelehnt.")


def same_origin(request) -> bool:
    """Refuse cross-site posts where the browser names its origin (CSRF without a cookie)."""
    origin = request.headers.get("Origin")
    if not origin or origin == "null":
        return origin is None
    return urlsplit(origin).netloc == request.get_host()


def problem_page(request, problem: invitations.InvitationProblem):
    context = {"message": str(problem), "login_url": reverse("wagtailadmin_login")}
    return render(request, "selfservice/invitation_problem.html", context, status=problem.status)


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def accept_invitation(request, token):
    """'Passwort festlegen': the new login is created, linked and logged in."""
    with translation.override("de"):
        try:
            invitation = invitations.read_token(token)
        except invitations.InvitationProblem as problem:
            return problem_page(request, problem)
        if invitations.username_taken(invitation.email):
            return problem_page(request, invitations.InvitationProblem(invitations.TAKEN, 409))
        user = invitations.new_user(invitation)
        form = SetPasswordForm(user, request.POST if request.method == "POST" else None)
        if request.method == "POST":
            if not same_origin(request):
                return HttpResponseForbidden("Anfrage von einer fremden Website abgelehnt.")
            if form.is_valid():
                try:
                    invitations.accept(invitation, form.save(commit=False))
                except invitations.InvitationProblem as problem:
                    return problem_page(request, problem)
                login(request, user, backend=LOGIN_BACKEND)
                return HttpResponseRedirect(reverse("wagtailadmin_home"))
        context = {"form": form, "invitation": invitation, "username": user.username}
        return render(request, "selfservice/set_password.html", context)


def editor_addresses() -> list[str]:
    users = (
        get_user_model().objects.filter(is_active=True, groups__name=EDITOR_GROUP).exclude(email="")
    )
    return sorted(set(users.values_list("email", flat=True)))


def notify_editors(request_obj) -> None:
    """Tell the region's editors that a company asks for access (if they have addresses)."""
    to = editor_addresses()
    if to:
        context = {
            "request_obj": request_obj,
            "portal_name": portal_name(),
            "list_url": absolute(reverse("registrierungsanfragen:index")),
        }
        send_mail("selfservice/mail/registration_request", context, to)


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def request_access(request):
    """'Zugang anfragen' for companies; cookie-less like the event registration. In the
    page's language (/en/…: English); the request keeps it for the invitation mail, the
    editors' notice is German."""
    form = RegistrationRequestForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        if not same_origin(request):
            return HttpResponseForbidden(FOREIGN_ORIGIN)
        if form.is_valid():
            if not form.spam:
                form.instance.language = request_language(request)
                registration_request = form.save()
                with translation.override("de"):
                    notify_editors(registration_request)
            return render(request, "selfservice/registration_received.html", {})
    return render(request, "selfservice/registration.html", {"form": form})
