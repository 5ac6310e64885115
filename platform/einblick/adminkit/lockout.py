"""The page django-axes shows instead of the admin login while a login is locked out."""

from django.conf import settings
from django.shortcuts import render

TEMPLATE = "adminkit/login_locked.html"


def lockout_response(request, original_response=None, credentials=None):
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    username = (credentials or {}).get("username") or request.POST.get("username", "")
    context = {"username": username, "minutes": minutes}
    return render(request, TEMPLATE, context, status=429)
