"""Snippet choosers that list and return only what the user may choose.

Wagtail's generic chooser views query `model.objects.all()` and answer any id: a company
login could browse other companies' drafts and every company login through them. Here the
model's permission policy decides, as in the listings: company-scoped models are narrowed
to the company's own objects, models the user has no permission on are refused (403).
Shared taxonomies (public-schema models) stay choosable by everyone.
"""

from django.core.exceptions import PermissionDenied
from wagtail.permissions import policy_registry
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)

from tenants.permissions import PUBLIC

from .company_access import CompanyScopedPolicy

_ANY_ACTION = ["add", "change", "delete", "publish", "view"]


def may_choose(user, model) -> bool:
    policy = policy_registry.get_by_type(model)
    if getattr(policy, "scope", None) == PUBLIC:
        return True
    return policy.user_has_any_permission(user, _ANY_ACTION)


def choosable(user, model, queryset):
    """`queryset` narrowed to what `user` may choose."""
    if not may_choose(user, model):
        return queryset.none()
    policy = policy_registry.get_by_type(model)
    if isinstance(policy, CompanyScopedPolicy):
        return policy.restrict(user, queryset)
    return queryset


class _GuardedListMixin:
    def dispatch(self, request, *args, **kwargs):
        if not may_choose(request.user, self.model_class):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_object_list(self):
        return choosable(self.request.user, self.model_class, super().get_object_list())


class ScopedChooseView(_GuardedListMixin, ChooseView):
    pass


class ScopedChooseResultsView(_GuardedListMixin, ChooseResultsView):
    pass


class ScopedChosenView(SnippetChosenView):
    def get_object(self, pk):
        model = self.model_class
        return choosable(self.request.user, model, model.objects.filter(pk=pk)).get()


class ScopedChosenMultipleView(SnippetChosenMultipleView):
    def get_objects(self, pks):
        return choosable(self.request.user, self.model_class, super().get_objects(pks))


class ScopedSnippetChooserViewSet(SnippetChooserViewSet):
    choose_view_class = ScopedChooseView
    choose_results_view_class = ScopedChooseResultsView
    chosen_view_class = ScopedChosenView
    chosen_multiple_view_class = ScopedChosenMultipleView
