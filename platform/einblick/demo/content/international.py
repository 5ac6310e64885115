"""Demo content of the international section (issue 20), deterministic and idempotent.

Jena: the guide (starter text, ten steps), twelve contacts on its directory page (ten of
its own and two platform-wide ones it includes), two best-practice stories linked to demo
employers. Weimar: the guide with a few contacts of its own. Every name, number and address
of a person or office is invented (demo/data/README.md).
"""

import io

from django.core.files.images import ImageFile
from django.db import connection
from django_tenants.utils import get_public_schema_name, schema_context
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Page

from einblick.employers.models import Employer
from einblick.international.models import BestPracticeStoryPage, Contact
from einblick.international.shared.models import SharedContact
from einblick.international.starter import DIRECTORY_SLUG, build_international_pages

from .international_data import CONTACTS, SHARED_CONTACTS, STORIES


def _shared_contacts() -> list[int]:
    """The platform-wide demo contacts (public schema), created once; returns their ids."""
    current = connection.tenant
    with schema_context(get_public_schema_name()):
        ids = []
        for values in SHARED_CONTACTS:
            contact, _ = SharedContact.objects.update_or_create(
                name=values["name"], defaults=values
            )
            ids.append(contact.pk)
    connection.set_tenant(current)
    return ids


def _contacts(region_slug: str) -> None:
    for values in CONTACTS.get(region_slug, []):
        Contact.objects.update_or_create(name=values["name"], defaults=values)


def _photo(title: str, colour: str):
    """A calm placeholder picture drawn with Pillow (no downloads), stored once."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    picture = PILImage.new("RGB", (1200, 800), colour)
    draw = ImageDraw.Draw(picture)
    draw.ellipse((420, 180, 780, 540), fill="white")
    draw.rectangle((300, 560, 900, 800), fill="white")
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    name = title.lower().replace(" ", "-") + ".png"
    return image_model.objects.create(title=title, file=ImageFile(buffer, name=name))


def _story_employer(prefix: str, field: str):
    employers = Employer.objects.filter(external_id__startswith=prefix, live=True)
    small = employers.filter(size_class__in=("micro", "small"))
    for queryset in (small.filter(occupational_fields__slug=field), small, employers):
        employer = queryset.order_by("external_id").first()
        if employer is not None:
            return employer
    return None


def _stories(guide: Page, region_slug: str) -> None:
    for spec in STORIES.get(region_slug, []):
        if Page.objects.child_of(guide).filter(slug=spec["slug"]).exists():
            continue
        employer = _story_employer(f"demo:{region_slug}:", spec["field"])
        name = employer.name if employer else "ein Betrieb aus der Region"
        page = BestPracticeStoryPage(
            title=spec["title"],
            slug=spec["slug"],
            employer=employer,
            intro=spec["intro"].format(employer=name),
            quote=spec["quote"],
            quote_author=spec["quote_author"],
            photo=_photo(spec["photo_title"], spec["colour"]),
            photo_alt=spec["photo_alt"],
            body=spec["body"].format(employer=name),
            company_size=spec["company_size"],
            origin_country=spec["origin_country"],
            time_to_hire=spec["time_to_hire"],
        )
        guide.add_child(instance=page)
        page.save_revision().publish()


def load_demo_international(region, home) -> dict:
    """Guide, contacts directory, contacts and stories of `region` (current schema)."""
    pages = build_international_pages(home, region.name)
    _contacts(region.slug)
    directory = pages[DIRECTORY_SLUG]
    if region.slug == "jena" and not directory.shared_contacts.exists():
        directory.shared_contacts.set(_shared_contacts())
        directory.save_revision().publish()
    _stories(pages["fachkraefte-international"], region.slug)
    return pages
