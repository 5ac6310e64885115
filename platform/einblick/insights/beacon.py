"""Clicks on "apply"/contact links, sent by insights/count.js with navigator.sendBeacon.

Only the kind of link and the object id arrive (`subject=offer:12`); nothing is written to
the database here, and unknown or non-public ids are dropped by the flush.
"""

import re

from django.conf import settings
from django.db import connection
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseNotAllowed
from django.views.decorators.csrf import csrf_exempt

from . import spool

SUBJECT = re.compile(r"^(offer|employer|event):([1-9][0-9]{0,17})$")


@csrf_exempt  # anonymous visitors carry no CSRF cookie; the beacon changes nothing
def count_click(request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    match = SUBJECT.match(request.POST.get("subject", ""))
    if match is None:
        return HttpResponseBadRequest("Unbekanntes Ziel.")
    if (
        connection.schema_name != "public"
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not spool.is_bot(request.headers.get("User-Agent", ""))
    ):
        try:
            spool.record(connection.schema_name, "click", match[1], int(match[2]))
        except OSError:
            pass
    return HttpResponse(status=204)
