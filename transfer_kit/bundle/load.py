"""`import_region`: load a bundle into this installation as a new region (atomically)."""

import json
import tempfile
import zipfile
from contextlib import contextmanager
from pathlib import Path

from django.apps import apps
from django.core.files import File
from django.db import connection, transaction
from modelcluster.models import get_all_child_relations
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site

from einblick.employers.models import Employer
from einblick.events.models import Event
from einblick.offers.models import Offer
from einblick.taxonomy.regional.models import TaxonomyVisibility
from tenants.provisioning import RegionSpec, create_region
from themes.models import BrandSettings
from transfer_kit.importing.indexing import index_created
from transfer_kit.models import RegionProfile

from . import FORMAT, FORMAT_VERSION
from .copy import copy_create
from .fields import assign, missing_slugs
from .refs import IdMap


class BundleError(Exception):
    """The bundle cannot be loaded (German message)."""


@contextmanager
def opened(path: str | Path):
    """The bundle as a directory (a .zip is unpacked to a temporary directory)."""
    path = Path(path)
    if path.is_dir():
        yield path
        return
    if not zipfile.is_zipfile(path):
        raise BundleError(f"{path} ist weder ein Bundle-Verzeichnis noch eine .zip-Datei.")
    with tempfile.TemporaryDirectory(prefix="einblick-import-") as tmp, zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            target = (Path(tmp) / name).resolve()
            if not str(target).startswith(str(Path(tmp).resolve())):
                raise BundleError(f"Unzulässiger Pfad im Archiv: {name}")
        zf.extractall(tmp)
        yield Path(tmp)


def read_bundle(root: Path) -> tuple[dict, dict]:
    try:
        manifest = json.loads((root / "manifest.json").read_text("utf-8"))
        content = json.loads((root / "content.json").read_text("utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise BundleError(f"manifest.json/content.json fehlen oder sind fehlerhaft: {exc}")
    if manifest.get("format") != FORMAT:
        raise BundleError("Das ist kein Einblick-Regions-Bundle (manifest.json: format).")
    if manifest.get("format_version", 0) > FORMAT_VERSION:
        raise BundleError(
            f"Bundle-Format {manifest['format_version']} ist neuer als diese Installation "
            f"(kann {FORMAT_VERSION}); bitte Einblick aktualisieren."
        )
    return manifest, content


def import_region(
    bundle: str | Path, *, slug: str, domains: list[str], name: str = "", write=print
):
    """Create region `slug` from `bundle`; everything or nothing. Returns the Region."""
    with opened(bundle) as root:
        manifest, content = read_bundle(root)
        cache: dict = {}
        missing = [m for kind, model in (("employers", Employer), ("offers", Offer), ("events", Event))
                   for m in missing_slugs(content[kind], model, cache)]  # fmt: skip
        if missing:
            raise BundleError(
                "Diese Installation kennt folgende Taxonomie-Einträge nicht: "
                + ", ".join(sorted(set(missing)))
                + ". Bitte zuerst `manage.py load_taxonomies` mit denselben Daten ausführen."
            )
        meta = content["region"]
        try:
            with transaction.atomic():
                region = create_region(
                    RegionSpec(
                        name=name or meta["name"],
                        slug=slug,
                        domains=domains,
                        state=meta.get("state", "TH"),
                        regional_key=meta.get("regional_key", ""),
                    )
                )
                RegionProfile.objects.create(region=region, **meta.get("profile", {}))
                connection.set_tenant(region)
                _Loader(root, content, cache, write).run()
        finally:
            connection.set_schema_to_public()
    return region


class _Loader:
    def __init__(self, root: Path, content: dict, cache: dict, write):
        self.root, self.content, self.cache, self.write = root, content, cache, write
        self.ids = IdMap()

    def run(self) -> None:
        self.media("images", get_image_model())
        self.media("documents", get_document_model())
        self.snippets("employers", Employer)
        self.snippets("offers", Offer)
        self.snippets("events", Event)
        self.pages()
        visibility = TaxonomyVisibility.load()
        later = assign(visibility, self.content["settings"]["taxonomy_visibility"], self.ids,
                       taxonomy_cache=self.cache)  # fmt: skip
        for field, targets in later.items():
            getattr(visibility, field).set(targets)
        if "brand" in self.content["settings"]:  # logo, colours, legal pages (ids remapped)
            brand = BrandSettings.load()
            assign(brand, self.content["settings"]["brand"], self.ids, taxonomy_cache=self.cache)
            brand.save()
        from search.rebuild import rebuild

        rebuild(connection.tenant.slug)

    def media(self, kind: str, model) -> None:
        collection = Collection.get_first_root_node()
        for row in self.content.get(kind, []):
            obj = model(collection=collection)
            assign(obj, row, self.ids, taxonomy_cache=self.cache)
            path = self.root / row["file"]
            with path.open("rb") as handle:
                obj.file.save(path.name.split("-", 1)[-1], File(handle), save=False)
            obj.save()
            self.ids.add(kind[:-1], row["id"], obj.pk)
        self.write(f"  {len(self.content.get(kind, []))} {kind}")

    def snippets(self, kind: str, model) -> None:
        """One COPY per table (rows, many-to-many links, child rows), not one save() per row:
        the portal search is rebuilt at the end, the admin search gets the rows after commit."""
        rows = self.content.get(kind, [])
        built = [self._snippet(model, row) for row in rows]
        objects = [obj for obj, _, _ in built]
        copy_create(model, objects)
        for row, obj in zip(rows, objects, strict=True):
            self.ids.add(model._meta.label_lower, row["id"], obj.pk)
        for name in {name for _, later, _ in built for name in later}:
            field = model._meta.get_field(name)
            through = field.remote_field.through
            source, other = field.m2m_field_name(), field.m2m_reverse_field_name()
            links = [through(**{f"{source}_id": obj.pk, f"{other}_id": target.pk})
                     for obj, later, _ in built for target in later.get(name, [])]  # fmt: skip
            copy_create(through, links)
        children: dict = {}
        for obj, _, kids in built:
            for attname, child in kids:
                setattr(child, attname, obj.pk)
                children.setdefault(type(child), []).append(child)
        for child_model, kids in children.items():
            copy_create(child_model, kids)
        index_created(model, objects)
        self.write(f"  {len(rows)} {kind}")

    def _snippet(self, model, row: dict):
        """An unsaved record with its many-to-many targets and (parent key, child) rows."""
        obj = model()
        later = assign(obj, row, self.ids, taxonomy_cache=self.cache)
        obj.has_unpublished_changes = False  # revisions do not travel; the live row does
        kids = []
        for relation in get_all_child_relations(obj):
            for child_row in row.get(relation.get_accessor_name(), []):
                child = relation.related_model()
                assign(child, child_row, self.ids, taxonomy_cache=self.cache)
                kids.append((relation.field.attname, child))
        return obj, later, kids

    def pages(self) -> None:
        rows = self.content.get("pages", [])
        site = Site.objects.get(is_default_site=True)
        home = site.root_page.specific
        created = []
        for row in rows:
            if row["parent"] is None:
                page = home
                if page._meta.label_lower != row["type"]:
                    raise BundleError(
                        f"Startseite ist {row['type']}, erwartet {page._meta.label_lower}."
                    )
            else:
                model = apps.get_model(row["type"])
                parent = Page.objects.get(pk=self.ids.get("page", row["parent"])).specific
                # Structural pages (e.g. /angebote/) already exist in a new region: reuse them.
                page = model.objects.child_of(parent).filter(slug=row["slug"]).first()
                if page is None:
                    page = model(title=row["title"], slug=row["slug"])
                    parent.add_child(instance=page)
            self.ids.add("page", row["id"], page.pk)
            created.append((page, row))
        # Second pass: content may link to any page, so fields are set once all pages exist.
        # Pages are re-read: adding children changed numchild, which a stale copy would undo.
        for page, row in created:
            page = type(page).objects.get(pk=page.pk)
            fields = {k: v for k, v in row.items() if not (k == "slug" and row["parent"] is None)}
            assign(page, fields, self.ids, taxonomy_cache=self.cache)
            page.has_unpublished_changes = False
            page.save()
        Site.clear_site_root_paths_cache()
        self.write(f"  {len(rows)} pages")
