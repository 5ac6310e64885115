from django import template

from ..dashboard import company_dashboard as build_dashboard
from ..notifications import absolute
from ..review import compare_url

register = template.Library()


@register.simple_tag(takes_context=True)
def company_dashboard(context):
    """The company login's dashboard (None for editors), built once per request."""
    request = context.get("request")
    if request is None:
        return None
    if not hasattr(request, "_einblick_company_dashboard"):
        request._einblick_company_dashboard = build_dashboard(request.user)
    return request._einblick_company_dashboard


@register.simple_tag
def review_compare_link(obj):
    """Absolute link to Wagtail's side-by-side comparison of `obj` (moderation mails)."""
    url = compare_url(obj) if obj is not None else ""
    return absolute(url) if url else ""
