"""Base snippet viewset for region content (employers, offers, events).

It lives in employers because it scopes every object view to the company login's employer.
"""

from django.http import JsonResponse
from wagtail.models import WorkflowMixin
from wagtail.snippets.views.snippets import CreateView, IndexView, SnippetViewSet

from einblick.adminkit.status import with_review_states
from einblick.security.spreadsheets import SafeSpreadsheetExportMixin

from .choosers import ScopedSnippetChooserViewSet
from .company_access import OwnObjectsIndexMixin, OwnObjectsOnlyMixin

# Views without a single object to guard (listing, creating, ordering).
_UNGUARDED = {
    "index_view_class",
    "add_view_class",
    "reorder_view_class",
    "preview_on_add_view_class",
}


class RegionContentIndexView(SafeSpreadsheetExportMixin, OwnObjectsIndexMixin, IndexView):
    select_related = ()
    prefetch_related = ()

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        if self.select_related:
            queryset = queryset.select_related(*self.select_related)
        if self.prefetch_related:
            queryset = queryset.prefetch_related(*self.prefetch_related)
        if issubclass(self.model, WorkflowMixin):
            queryset = with_review_states(queryset)  # "In Prüfung" without a query per row
        return queryset


class RegionContentCreateView(CreateView):
    """Nothing is saved before the person presses a button.

    Wagtail's autosave would create the object in the background with relaxed (draft)
    validation; a later submit with a validation error then left that half-filled draft
    behind, and the corrected resubmit created a second offer (issue 15). The edit view
    keeps autosave: there it only adds revisions to the one existing object.
    """

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.autosave_enabled = False

    def post(self, request, *args, **kwargs):
        if self.expects_json_response:
            return JsonResponse(
                {"success": False, "error_code": "autosave_disabled", "error_message": ""},
                status=400,
            )
        return super().post(request, *args, **kwargs)


class RegionContentViewSet(SnippetViewSet):
    """Snippet viewset whose object views refuse other employers' objects to company logins."""

    index_view_class = RegionContentIndexView
    add_view_class = RegionContentCreateView
    chooser_viewset_class = ScopedSnippetChooserViewSet
    list_select_related = ()
    copy_view_enabled = False
    # Plain database search (icontains) inside the region schema: independent of any
    # search index, and able to search related names (employer__name).
    search_backend_name = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        for attr in dir(SnippetViewSet):
            if not attr.endswith("_view_class") or attr in _UNGUARDED:
                continue
            view = getattr(cls, attr, None)
            if isinstance(view, type) and hasattr(view, "get_object"):
                if not issubclass(view, OwnObjectsOnlyMixin):
                    setattr(cls, attr, type(view.__name__, (OwnObjectsOnlyMixin, view), {}))

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(select_related=self.list_select_related, **kwargs)
