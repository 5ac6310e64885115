"""Company area in the Wagtail admin: own styles, a menu in the company's words."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets.button import Button
from wagtail.snippets.action_menu import ActionMenuItem, SubmitForModerationMenuItem

from einblick.employers.company_access import company_employer_id
from einblick.employers.models import Employer
from tenants.permissions import REGION, scope_model

from . import handbook, menus
from .models import Invitation, RegistrationRequest
from .review import waiting_reviews
from .viewsets import InvitationViewSet, RegistrationRequestViewSet

scope_model(Invitation, REGION)
scope_model(RegistrationRequest, REGION)

# Menu entries of a company login, by Wagtail menu name: (label, icon).
COMPANY_MENU = {
    "arbeitgeber": ("Ihr Profil", "site"),
    "angebote": ("Ihre Angebote", "doc-full"),
    "veranstaltungen": ("Ihre Veranstaltungen", "date"),
    "bilder": ("Ihre Bilder", "image"),
    "anfragen": ("Anfragen an Sie", "mail"),
}


@hooks.register("insert_global_admin_css")
def selfservice_css():
    return format_html('<link rel="stylesheet" href="{}">', static("selfservice/admin.css"))


@hooks.register("construct_main_menu")
def company_menu(request, menu_items):
    """Company logins see their own things under their own words, nothing else."""
    employer_id = company_employer_id(request.user)
    if employer_id is None:
        return
    kept = []
    for item in menu_items:
        if item.name not in COMPANY_MENU:
            continue
        label, icon = COMPANY_MENU[item.name]
        url = item.url
        if item.name == "arbeitgeber":
            url = reverse("wagtailsnippets_employers_employer:edit", args=[employer_id])
        kept.append(MenuItem(label, url, name=item.name, icon_name=icon, order=item.order))
    help_url = reverse("einblick_handbook", args=[handbook.COMPANY_HANDBOOK])
    kept.append(MenuItem("Hilfe", help_url, name="hilfe", icon_name="help", order=11000))
    menu_items[:] = kept


@hooks.register("construct_main_menu")
def hide_unused_menus(request, menu_items):
    hidden = menus.hidden_main(request.user)
    menu_items[:] = [item for item in menu_items if item.name not in hidden]


@hooks.register("construct_settings_menu")
def hide_unused_settings(request, menu_items):
    hidden = menus.hidden_settings(request.user)
    menu_items[:] = [item for item in menu_items if item.name not in hidden]


@hooks.register("construct_homepage_summary_items")
def no_page_count_without_pages(request, items):
    if not menus.shows_page_count(request.user):
        items[:] = [item for item in items if not isinstance(item, PagesSummaryItem)]


class SendForReviewMenuItem(SubmitForModerationMenuItem):
    """ "Zur Prüfung senden": the company's main button (the workflow's name stays inside)."""

    label = "Zur Prüfung senden"
    icon_name = "resubmit"

    def get_context_data(self, parent_context):
        context = ActionMenuItem.get_context_data(self, parent_context)
        instance = parent_context.get("instance")
        state = instance.current_workflow_state if instance else None
        if state is not None and state.status == state.STATUS_NEEDS_CHANGES:
            context["label"] = "Überarbeitet erneut zur Prüfung senden"
        return context


@hooks.register("construct_snippet_action_menu")
def send_for_review_first(menu_items, request, context):
    """For company logins the primary action submits to the editors; saving a draft is second."""
    if company_employer_id(request.user) is None:
        return
    for index, item in enumerate(menu_items):
        if isinstance(item, SubmitForModerationMenuItem):
            menu_items.pop(index)
            menu_items.insert(0, SendForReviewMenuItem(order=item.order))
            return


@hooks.register("register_admin_viewset")
def register_invitations():
    return InvitationViewSet()


@hooks.register("register_admin_viewset")
def register_requests():
    return RegistrationRequestViewSet()


@hooks.register("register_snippet_listing_buttons")
def invite_button(snippet, user, next_url=None):
    """'Zugang einladen' next to each employer for those who may invite."""
    if not isinstance(snippet, Employer) or not user.has_perm("selfservice.add_invitation"):
        return []
    url = reverse("einladungen:add") + f"?arbeitgeber={snippet.pk}"
    return [Button("Zugang einladen", url=url, icon_name="mail", priority=30)]


class ReviewPanel(Component):
    """Editors' dashboard: companies' changes waiting, each with 'Änderungen vergleichen'."""

    name = "firmen_pruefen"
    order = 90  # above Wagtail's own "Awaiting your review"
    template_name = "selfservice/review_panel.html"

    def __init__(self, reviews):
        self.reviews = reviews

    def get_context_data(self, parent_context):
        return {"reviews": self.reviews}


@hooks.register("construct_homepage_panels")
def review_panel(request, panels):
    # Wagtail's "What's new" panel links English guides on the internet: our help is German.
    panels[:] = [p for p in panels if getattr(p, "name", "") != "whats_new_in_wagtail_version"]
    reviews = waiting_reviews(request.user)
    if reviews:
        panels.append(ReviewPanel(reviews))


@hooks.register("register_admin_urls")
def handbook_urls():
    return [
        path("hilfe/<slug:slug>/", handbook.handbook_view, name="einblick_handbook"),
        path(
            "hilfe/<slug:slug>/img/<str:name>",
            handbook.handbook_image,
            name="einblick_handbook_image",
        ),
    ]


@hooks.register("construct_help_menu")
def german_help_menu(request, menu_items):
    """Our handbooks instead of Wagtail's English guides; the shortcuts stay."""
    kept = [item for item in menu_items if item.name == "keyboard-shortcuts-trigger"]
    books = [
        MenuItem(
            book.title,
            reverse("einblick_handbook", args=[book.slug]),
            name=f"handbuch-{book.slug}",
            icon_name="help",
            order=100 + index,
        )
        for index, book in enumerate(handbook.readable(request.user))
    ]
    menu_items[:] = books + kept
