"""Search alerts and enquiries without an account (issue 14, einblick.engagement).

A region (tenant) app; the lists of base.py are extended in place (base.py imports this
module last), as in selfservice.py. Its sub-app `portal_alerts` keeps the cross-region
portal's alerts in the public schema (SHARED_APPS only, docs/adr/0012-portal-alerts.md).
"""

import os

from .base import INSTALLED_APPS, SCHEDULED_COMMANDS, SHARED_APPS, TENANT_APPS

for _apps in (TENANT_APPS, INSTALLED_APPS):
    if "einblick.engagement" not in _apps:
        _apps.append("einblick.engagement")
for _apps in (SHARED_APPS, INSTALLED_APPS):
    if "einblick.engagement.portal_alerts" not in _apps:
        _apps.append("einblick.engagement.portal_alerts")

# The digests of every region's alerts and of the portal's (public schema).
if "send_alert_digests" not in SCHEDULED_COMMANDS:
    SCHEDULED_COMMANDS.append("send_alert_digests")

# A search alert not confirmed within this many days is deleted (purge_personal_data).
ALERT_CONFIRM_DAYS = int(os.environ.get("ALERT_CONFIRM_DAYS", "7"))
# A confirmed alert is deleted this many days after the last click on its confirm/manage link.
ALERT_KEEP_DAYS = int(os.environ.get("ALERT_KEEP_DAYS", "365"))
# At most this many new offers are listed in one digest (the rest: a link to the list).
ALERT_DIGEST_MAX_OFFERS = int(os.environ.get("ALERT_DIGEST_MAX_OFFERS", "20"))
# Mails that one e-mail address may be sent from the public forms (confirmation mails of
# alerts, enquiry receipts), django-ratelimit rate per address; the per-client limit is the
# "forms" group of EINBLICK_RATELIMITS.
ENGAGEMENT_ADDRESS_RATE = os.environ.get("ENGAGEMENT_ADDRESS_RATE", "5/d")
# Seconds a person needs at least to fill in a public form (faster: a bot).
ENGAGEMENT_FORM_MIN_SECONDS = int(os.environ.get("ENGAGEMENT_FORM_MIN_SECONDS", "3"))
