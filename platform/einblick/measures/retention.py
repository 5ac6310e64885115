"""Contact details of measures are personal data: removed two years after the last change."""

import datetime as dt

from django.db import connection
from django.utils.translation import gettext_lazy

from einblick.core import retention

from .models import CONTACT_RETENTION_DAYS, Measure


@retention.register(
    "measures.contacts",
    label=gettext_lazy("Ansprechpersonen im Maßnahmenkatalog (Name, E-Mail)"),
    retention=gettext_lazy(
        "2 Jahre nach der letzten Änderung der Maßnahme; die Maßnahme selbst bleibt."
    ),
)
def purge_measure_contacts(now) -> int:
    """Blank the contacts of the current region's measures not changed for two years."""
    tenant = getattr(connection, "tenant", None)
    region_id = getattr(tenant, "pk", None)
    if region_id is None:
        return 0
    cutoff = now - dt.timedelta(days=CONTACT_RETENTION_DAYS)
    due = Measure.objects.filter(region_id=region_id, updated_at__lt=cutoff).exclude(
        contact_name="", contact_email=""
    )
    # .update() keeps updated_at: the measure did not change, only its contact went
    return due.update(contact_name="", contact_email="")
