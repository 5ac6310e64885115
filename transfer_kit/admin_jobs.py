"""Platform admin (public schema /cms/): the progress page of a background job and its small
JSON status, polled by the page's script; without JavaScript the page reloads itself (meta
refresh) until the job is finished. Only superusers; on region hosts these URLs answer 404.
"""

from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from transfer_kit import jobs
from transfer_kit.admin_lifecycle import _platform_admin

REFRESH_SECONDS = 2


def _job(request, job_id: str) -> jobs.Job:
    _platform_admin(request)
    job = jobs.load(job_id)
    if job is None:
        raise Http404("Unbekannter oder abgelaufener Auftrag.")
    return job


@never_cache
def job_page(request, job_id: str):
    job = _job(request, job_id)
    context = {"job": job, "refresh": REFRESH_SECONDS if job.state == jobs.RUNNING else 0}
    return render(request, "transfer_kit/job.html", context)


@never_cache
def job_status(request, job_id: str):
    return JsonResponse(_job(request, job_id).as_status())
