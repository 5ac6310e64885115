"""schema.org JobPosting for offers whose type is a job, internship or apprenticeship.

Required by search engines: title, description, datePosted, hiringOrganization, jobLocation;
validThrough, employmentType and baseSalary are added where known.
"""

import datetime
import json

from django.utils import timezone
from django.utils.html import escape, linebreaks
from django.utils.safestring import SafeString, mark_safe

PAY_UNITS = {"hour": "HOUR", "month": "MONTH"}


def job_posting(offer, request=None) -> dict:
    employer = offer.employer
    street, postcode, city, lat, lon = offer.effective_location()
    posted = offer.first_published_at or offer.created_at or timezone.now()
    data = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": offer.title,
        "description": _description_html(offer),
        "datePosted": timezone.localdate(posted).isoformat(),
        "hiringOrganization": _organization(employer, request),
        "jobLocation": {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "streetAddress": street,
                "postalCode": postcode,
                # Search engines require a locality: fall back to the region's name.
                "addressLocality": city or _region_name(request),
                "addressCountry": "DE",
            },
        },
        "directApply": bool(offer.apply_url or offer.apply_email),
    }
    if lat is not None and lon is not None:
        data["jobLocation"]["geo"] = {"@type": "GeoCoordinates", "latitude": lat, "longitude": lon}
    if until := offer.valid_through():
        end_of_day = datetime.datetime.combine(until, datetime.time(23, 59))
        data["validThrough"] = timezone.make_aware(end_of_day).isoformat()
    if offer.offer_type.employment_type:
        data["employmentType"] = offer.offer_type.employment_type
    if request is not None:
        data["url"] = request.build_absolute_uri(offer.get_url())
    if offer.pay_kind in ("paid", "allowance") and offer.pay_amount is not None:
        value = {"@type": "QuantitativeValue", "value": float(offer.pay_amount)}
        if offer.pay_unit in PAY_UNITS:
            value["unitText"] = PAY_UNITS[offer.pay_unit]
        data["baseSalary"] = {"@type": "MonetaryAmount", "currency": "EUR", "value": value}
    if offer.start_date:
        data["jobStartDate"] = offer.start_date.isoformat()
    return data


def _region_name(request) -> str:
    region = getattr(request, "tenant", None)
    return getattr(region, "name", "") or ""


def _organization(employer, request) -> dict:
    org = {"@type": "Organization", "name": employer.name}
    if employer.website:
        org["sameAs"] = employer.website
    if request is not None and employer.logo_id:
        org["logo"] = request.build_absolute_uri(employer.logo.file.url)
    return org


def _description_html(offer) -> str:
    parts = [offer.description or ""]
    for heading, text in (
        ("Was du machst", offer.tasks),
        ("Wen du triffst", offer.people),
        ("So bewirbst du dich", offer.how_to_apply),
    ):
        if text:
            parts.append(f"<h3>{escape(heading)}</h3>{linebreaks(text, autoescape=True)}")
    html = "".join(parts).strip()
    return html or f"<p>{escape(offer.title)} bei {escape(offer.employer.name)}</p>"


def dumps_for_script(data: dict) -> SafeString:
    """JSON safe inside <script>: '<', '>' and '&' are escaped, so '</script>' cannot end it."""
    text = json.dumps(data, ensure_ascii=False, indent=None)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(text)  # noqa: S308 - escaped above


def job_posting_json(offer, request=None) -> SafeString:
    return dumps_for_script(job_posting(offer, request))
