"""Click-throughs of portal embeds: a widget's link names a search document by its key
("jena:offer:12"); only a current document of an active region leads anywhere (to its page
on the region host), so the route can never redirect elsewhere."""

from django.db.models import Q
from django.http import Http404
from django.utils import timezone

from einblick.reach.embeds import click, embed_or_404, embeddable
from search.backends import region_hosts
from search.models import IndexedDocument
from search.regions import active_region_names
from tenants.utils import region_url


def document_url(ref: str, kind: str) -> str | None:
    region, _, rest = ref.partition(":")
    if region not in active_region_names() or not rest.startswith(f"{kind}:"):
        return None
    current = Q(expires_at__isnull=True) | Q(expires_at__gt=timezone.now())
    path = (
        IndexedDocument.objects.filter(current, region=region, key=ref, kind=kind)
        .values_list("url", flat=True)
        .first()
    )
    host = region_hosts().get(region)
    return region_url(host, path) if path and host else None


@embeddable
def hit(request, key, ref, kind):
    embed = embed_or_404(key)
    url = document_url(ref, kind)
    if url is None:
        raise Http404("Diesen Eintrag gibt es nicht (mehr).")
    return click(request, embed, url)
