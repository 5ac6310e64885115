"""CMS "Anfragen": company logins see their own company's enquiries, editors the region's."""

from wagtail import hooks

from einblick.employers.company_access import scope_to_company

from .models import Enquiry
from .viewsets import EnquiryViewSet

scope_to_company(Enquiry, "employer_id")


@hooks.register("register_admin_viewset")
def register_enquiries():
    return EnquiryViewSet()
