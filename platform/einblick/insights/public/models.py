"""Daily counts of the cross-region portal, kept in the public schema (same shape as a
region's `DailyCount`; no personal data)."""

from einblick.insights.models import DailyCountBase


class PublicDailyCount(DailyCountBase):
    class Meta(DailyCountBase.Meta):
        verbose_name = "Tageszählung des Portals"
        verbose_name_plural = "Tageszählungen des Portals"
