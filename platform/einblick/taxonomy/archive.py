"""Archive instead of delete in the public admin.

Regions reference shared taxonomy entries from their own schemas, which the public
schema cannot see; deleting an entry would break old offers in every region. The admin's
"Löschen" therefore archives (single and bulk), and says so.
"""

from django.shortcuts import redirect
from django.urls import reverse
from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.snippets.views.snippets import DeleteView

from .models import TaxonomyEntry

ARCHIVE_EXPLANATION = (
    "Einträge der gemeinsamen Taxonomien werden nicht gelöscht, sondern archiviert: "
    "Regionen verweisen noch darauf. Archivierte Einträge sind für neue Inhalte nicht mehr "
    "wählbar, bleiben an bestehenden Angeboten aber sichtbar und lassen sich jederzeit "
    "reaktivieren (Haken „archiviert“ entfernen)."
)


class ArchiveView(DeleteView):
    template_name = "adminkit/confirm_archive.html"
    page_title = "Archivieren"

    @property
    def confirmation_message(self):
        return f"„{self.object.name}“ archivieren? {ARCHIVE_EXPLANATION}"

    def get_usage_url(self):
        return None

    def delete_action(self):
        self.object.delete()  # TaxonomyEntry.delete archives

    def get_success_message(self):
        return f"„{self.object.name}“ wurde archiviert (nicht gelöscht)."


def archive_on_bulk_delete(request, action_type, objects, action_class_instance):
    """before_bulk_action hook: bulk "Löschen" of taxonomy entries archives them."""
    model = getattr(action_class_instance, "model", None)
    if action_type != "delete" or model is None or not issubclass(model, TaxonomyEntry):
        return None
    for obj in objects:
        obj.delete()
    messages.success(
        request,
        f"{len(objects)} {model._meta.verbose_name_plural} archiviert (nicht gelöscht). "
        + ARCHIVE_EXPLANATION,
    )
    next_url = get_valid_next_url_from_request(request)
    return redirect(next_url or reverse(model.snippet_viewset.get_url_name("list")))
