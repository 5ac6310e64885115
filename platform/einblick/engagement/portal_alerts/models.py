"""The portal's search alerts: a pupil on the portal's search page (all regions or the
chosen ones) is mailed new matching offers, events and companies of every region."""

from django.db import models

from einblick.engagement.models import AlertBase, AlertSource


class PortalAlert(AlertBase):
    """Only the search page's source ("search"): the portal has no region lists."""

    source = models.CharField(
        "Liste", max_length=20, choices=AlertSource.choices, default=AlertSource.SEARCH
    )

    class Meta(AlertBase.Meta):
        verbose_name = "Suchbenachrichtigung des Landesportals"
        verbose_name_plural = "Suchbenachrichtigungen des Landesportals"
        indexes = [models.Index(fields=["confirmed_at", "last_sent_at"])]
