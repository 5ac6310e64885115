"""`export_region`: write a region's content and media into a bundle (directory or .zip)."""

import json
import shutil
import tempfile
import zipfile
from pathlib import Path

from django.db import connection
from django.utils import timezone
from django.utils.text import get_valid_filename
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Site

from einblick.employers.models import Employer
from einblick.events.models import Event
from einblick.offers.models import Offer
from einblick.taxonomy.regional.models import TaxonomyVisibility
from themes.models import BrandSettings
from transfer_kit.models import RegionProfile

from . import FORMAT, FORMAT_VERSION
from .fields import dump, dump_all


def _media(objects, folder: str, out: Path) -> list[dict]:
    rows = []
    for obj in objects:
        row = dump(obj)
        name = f"{obj.pk}-{get_valid_filename(Path(obj.file.name).name)}"
        target = out / "media" / folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        with obj.file.open("rb") as source, target.open("wb") as handle:
            shutil.copyfileobj(source, handle)
        row["file"] = f"media/{folder}/{name}"
        rows.append(row)
    return rows


def _pages() -> list[dict]:
    site = Site.objects.get(is_default_site=True)
    root = site.root_page
    rows = []
    for page in root.get_descendants(inclusive=True).order_by("path").specific():
        data = dump(page, skip={"has_unpublished_changes", "expired"})
        parent = page.get_parent()
        data["type"] = page.specific_class._meta.label_lower
        data["parent"] = None if page.pk == root.pk else parent.pk
        rows.append(data)
    return rows


def collect(region) -> dict:
    """The region's content as bundle data (current schema must be the region)."""
    profile = RegionProfile.objects.filter(region=region).first()
    visibility = TaxonomyVisibility.load()
    return {
        "region": {
            "name": region.name,
            "slug": region.slug,
            "state": region.state,
            "regional_key": region.regional_key,
            "domains": list(region.domains.values_list("domain", flat=True)),
            "profile": {
                "agency": profile.agency if profile else {},
                "legal": profile.legal if profile else {},
                "towns": profile.towns if profile else [],
                "brand": profile.brand if profile else {},
            },
        },
        "settings": {
            "taxonomy_visibility": dump(visibility, children=False),
            "brand": dump(BrandSettings.load(), children=False),
        },
        "employers": dump_all(Employer.objects.order_by("pk")),
        "offers": dump_all(Offer.objects.order_by("pk")),
        "events": dump_all(Event.objects.order_by("pk")),
        "pages": _pages(),
    }


def export_region(region, out: str | Path) -> dict:
    """Write the bundle for `region` to `out` (a directory, or a .zip file). Returns manifest."""
    out = Path(out)
    zipped = out.suffix.lower() == ".zip"
    work = Path(tempfile.mkdtemp(prefix="einblick-export-")) if zipped else out
    work.mkdir(parents=True, exist_ok=True)
    if any(work.iterdir()):
        raise FileExistsError(f"Das Zielverzeichnis {work} ist nicht leer.")
    connection.set_tenant(region)
    try:
        content = collect(region)
        content["images"] = _media(get_image_model().objects.order_by("pk"), "images", work)
        content["documents"] = _media(
            get_document_model().objects.order_by("pk"), "documents", work
        )
    finally:
        connection.set_schema_to_public()
    (work / "content.json").write_text(json.dumps(content, ensure_ascii=False, indent=1), "utf-8")
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": timezone.now().isoformat(),
        "source": {"name": region.name, "slug": region.slug, "schema": region.schema_name},
        "counts": {
            k: len(content[k])
            for k in ("pages", "employers", "offers", "events", "images", "documents")
        },
        "files": ["content.json"]
        + [row["file"] for k in ("images", "documents") for row in content[k]],
    }
    (work / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), "utf-8")
    if zipped:
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(work.rglob("*")):
                if path.is_file():
                    archive.write(path, path.relative_to(work).as_posix())
        shutil.rmtree(work)
    return manifest
