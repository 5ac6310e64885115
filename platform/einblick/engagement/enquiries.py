"""Enquiries ("Ich habe Interesse"): who gets them, sending them, the response time.

The enquiry goes by e-mail to the offer's application address, else to the employer's
first contact person with an address, else to the employer's address; Reply-To is the
pupil, so the company answers from its own mail program. The pupil gets a receipt in the
language of the page they wrote from (`Enquiry.language`); the company's mail is German and
says when the pupil wrote in English.
"""

from __future__ import annotations

import math
import statistics

from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext_lazy

from einblick.core.mail import send_mail
from tenants.language import supported

from .links import absolute, brand_context
from .models import Enquiry, EnquirySettings

TEMPLATE_DIR = "engagement/mail/"
MIN_ANSWERED = 3  # answered enquiries before the profile names a response time


EVENT_TEAM = gettext_lazy("das Veranstaltungsteam")  # who gets enquiries about a region's own event


def recipient_for(employer, offer=None, event=None) -> str:
    """The address an enquiry about `offer`, `event` (or the employer) goes to; "" if none.
    An event's own organiser address comes first, else the organising company's."""
    if event is not None and event.organiser_email:
        return event.organiser_email
    if offer is not None and offer.apply_email:
        return offer.apply_email
    if employer is None:
        return ""
    for contact in employer.contacts.all():
        if contact.email:
            return contact.email
    return employer.email or ""


def recipient_name(employer) -> str:
    return employer.name if employer is not None else str(EVENT_TEAM)


def create(data: dict, employer, offer=None, event=None) -> Enquiry:
    """Store the enquiry and send both mails after the transaction commits."""
    recipient = recipient_for(employer, offer, event)
    enquiry = Enquiry.objects.create(
        employer=employer, offer=offer, event=event, recipient=recipient, **data
    )
    transaction.on_commit(lambda: send(enquiry))
    return enquiry


def _context(enquiry: Enquiry) -> dict:
    """Built in the language of the mail (the subject's link is the /en/ page in English)."""
    subject = enquiry.subject
    return {
        **brand_context(),
        "enquiry": enquiry,
        "subject": subject,
        "recipient_name": recipient_name(enquiry.employer),
        "subject_url": absolute(subject.get_url() or "/"),
        "retention_days": EnquirySettings.current().retention_days,
    }


def send(enquiry: Enquiry) -> None:
    with translation.override("de"):
        send_mail(
            TEMPLATE_DIR + "enquiry_company",
            _context(enquiry),
            [enquiry.recipient],
            reply_to=[enquiry.email],
        )
    with translation.override(supported(enquiry.language)):
        send_mail(TEMPLATE_DIR + "enquiry_receipt", _context(enquiry), [enquiry.email])


def response_days(employer) -> int | None:
    """Median days to an answer over the stored answered enquiries (rounded up), or None
    while there are fewer than MIN_ANSWERED."""
    answered = Enquiry.objects.filter(employer=employer, answered_at__isnull=False)
    spans = [
        (done - created).total_seconds() / 86400
        for created, done in answered.values_list("created_at", "answered_at")
    ]
    if len(spans) < MIN_ANSWERED:
        return None
    return max(1, math.ceil(statistics.median(spans)))
