"""Admin URLs that Wagtail offers no hook to narrow: refused per request.

- Site history (`/cms/reports/site-history/`) lists every change in the region; company
  logins do not get it (the menu item is hidden too, see wagtail_hooks).
- The image chooser's "chosen" endpoint answers any image id; only images the user may
  choose (own collection for company logins) are returned, otherwise 404.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry

from .company_access import company_employer_id

COMPANY_DENIED_VIEWS = {
    "wagtailadmin_reports:site_history",
    "wagtailadmin_reports:site_history_results",
}
IMAGE_CHOSEN_VIEW = "wagtailimages_chooser:chosen"


def _may_choose_image(user, pk) -> bool:
    model = get_image_model()
    image = model.objects.filter(pk=pk).first() if str(pk).isdigit() else None
    policy = policy_registry.get_by_type(model)
    return image is not None and policy.user_has_permission_for_instance(user, "choose", image)


class CompanyLoginGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = getattr(request, "resolver_match", None)
        if match is None or not match.view_name:
            return None
        if match.view_name in COMPANY_DENIED_VIEWS and company_employer_id(request.user):
            raise PermissionDenied
        if match.view_name == IMAGE_CHOSEN_VIEW and request.user.is_authenticated:
            if not _may_choose_image(request.user, view_kwargs.get("pk")):
                raise Http404
        return None
