"""Content-Security-Policy: a strict policy for public pages, a looser one for the admin.

django-csp sends settings.CONTENT_SECURITY_POLICY. The Wagtail admin (/cms/) runs inline
scripts and styles of its own, so it gets settings.EINBLICK_ADMIN_CSP instead of no policy.
"""

from __future__ import annotations

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings

ADMIN_PREFIX = "/cms/"


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and request.path_info.startswith(ADMIN_PREFIX):
            parts.config = default_config(settings.EINBLICK_ADMIN_CSP)
        return parts
