""" "Is it public?" – answered once, here, for every publishable snippet.

Views, the admin status column and filter, search adapters, feeds and iCal all ask
`Model.objects.public()` (or `.expired()`, `.drafts()`, `obj.status`). Expiry is evaluated at
query time, so an entry disappears on its expiry date without a scheduled job. A model adds
its own conditions by overriding `public_q`/`expired_q` on its queryset and `has_run_out` on
the model (an offer also ends with its end date and with its employer).
"""

from django.db import models
from django.db.models import Q
from django.utils import timezone

STATUS_LABELS = {"draft": "Entwurf", "published": "Veröffentlicht", "expired": "Abgelaufen"}


class PublishableQuerySet(models.QuerySet):
    def public_q(self, now) -> Q:
        return Q(live=True) & (Q(expire_at__isnull=True) | Q(expire_at__gt=now))

    def expired_q(self, now) -> Q:
        """Rows whose publication has run out (unpublished by expiry, or past `expire_at`)."""
        return Q(expired=True) | Q(expire_at__lte=now)

    def public(self, now=None):
        return self.filter(self.public_q(now or timezone.now()))

    def expired(self, now=None):
        return self.filter(self.expired_q(now or timezone.now()))

    def drafts(self):
        return self.filter(live=False, expired=False)


class Publishable(models.Model):
    """Model side of the same answer: `status` is draft, published or expired."""

    class Meta:
        abstract = True

    def has_run_out(self, now) -> bool:
        return bool(self.expire_at and self.expire_at <= now)

    @property
    def status(self) -> str:
        if not self.live:
            return "expired" if self.expired else "draft"
        return "expired" if self.has_run_out(timezone.now()) else "published"
