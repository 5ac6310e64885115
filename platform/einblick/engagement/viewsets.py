"""CMS "Anfragen": a company login sees the enquiries to its own employer, region editors
see all of their region; nobody adds or deletes them here (they expire on schedule).

The model's permission policy is company-scoped (`scope_to_company`), like offers; the
views narrow the listing and refuse other companies' enquiries (403).
"""

from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views.generic import EditView, IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet

from einblick.employers.company_access import OwnObjectsIndexMixin, OwnObjectsOnlyMixin

from .models import Enquiry


class EnquiryIndexView(OwnObjectsIndexMixin, IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("offer", "event", "employer")


class EnquiryInspectView(OwnObjectsOnlyMixin, InspectView):
    pass


class EnquiryEditView(OwnObjectsOnlyMixin, EditView):
    success_message = "Gespeichert: %(object)s"


def subject_of(enquiry) -> str:
    return str(enquiry.subject)


class EnquiryViewSet(ModelViewSet):
    model = Enquiry
    name = "anfragen"
    icon = "mail"
    menu_label = "Anfragen"
    menu_order = 132
    add_to_admin_menu = True
    index_view_class = EnquiryIndexView
    inspect_view_class = EnquiryInspectView
    edit_view_class = EnquiryEditView
    inspect_view_enabled = True
    copy_view_enabled = False
    panels = [
        *(
            FieldPanel(name, read_only=True)
            for name in (
                "name",
                "email",
                "phone",
                "school",
                "message",
                "offer",
                "event",
                "created_at",
            )
        ),
        FieldPanel("answered"),
    ]
    list_filter = ["answered"]
    list_display = [
        "name",
        Column("subject", label="Zu", accessor=subject_of),
        DateColumn("created_at", label="Eingegangen am"),
        BooleanColumn("answered", label="Beantwortet"),
    ]
    inspect_view_fields = [
        "name",
        "email",
        "phone",
        "school",
        "message",
        "offer",
        "event",
        "employer",
        "recipient",
        "created_at",
        "answered_at",
    ]
