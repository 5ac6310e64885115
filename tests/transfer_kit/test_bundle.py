"""export_region / import_region: a region moves with its pages, content and media.

"Another installation" is simulated by the same database and a new slug: a bundle refers to
taxonomies by slug and remaps every id, so a fresh installation behaves the same (operators
run `load_taxonomies` there first; see docs/transfer/operator-guide.md).
"""

import io
from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management import CommandError, call_command
from django.test import Client
from django_tenants.utils import schema_exists, tenant_context
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Site

from einblick.employers.models import Employer, EmployerContact, EmployerPhoto
from einblick.events.models import Event
from einblick.offers.models import Offer
from einblick.pages.models import StandardPage
from einblick.taxonomy.models import OccupationalField, OfferType, TargetGroup
from einblick.taxonomy.regional.models import TaxonomyVisibility
from tenants.models import Region
from tests import factories
from themes.models import BrandSettings


def png(color) -> ImageFile:
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), color).save(buffer, "PNG")
    return ImageFile(buffer, name="werkhalle.png")


@pytest.fixture
def jena_content(taxonomies, jena_region, settings, tmp_path):
    """Pages, employer with logo/contact/photo, offer, event, document and settings in Jena."""
    settings.MEDIA_ROOT = tmp_path / "media"
    with tenant_context(jena_region):
        root = Collection.get_first_root_node()
        image = get_image_model().objects.create(
            title="Werkhalle", file=png("orange"), collection=root
        )
        document = get_document_model().objects.create(
            title="Flyer", file=ContentFile(b"%PDF-1.4 flyer", name="flyer.pdf"), collection=root
        )
        employer = Employer(
            name="Optik Schröder AG", external_id="K-2", city="Jena", live=True, logo=image
        )
        employer.occupational_fields = [
            OccupationalField.objects.get(slug="technik-technologiefelder")
        ]
        employer.contacts = [EmployerContact(name="Özlem Krüger", email="oe@schroeder.example")]
        employer.photos = [EmployerPhoto(image=image, caption="Unsere Halle")]
        employer.save()
        offer = factories.offer(
            "Ferienjob in der Optikfertigung (m/w/d)",
            employer_obj=employer,
            type_obj=OfferType.objects.get(slug="ferienjob"),
        )
        offer.target_groups = [TargetGroup.objects.get(slug="schueler")]
        offer.save()
        event = factories.event("Ausbildungsmesse Jena")
        event.employers = [employer]
        event.save()
        home = Site.objects.get(is_default_site=True).root_page
        contact = home.add_child(instance=StandardPage(title="Kontakt", slug="kontakt", live=True))
        schools = StandardPage(title="Für Schulen", slug="fuer-schulen", live=True)
        schools.body = [
            ("heading", "Für Lehrkräfte"),
            (
                "text",
                f'<p>Fragen? <a linktype="page" id="{contact.pk}">Kontakt</a> und '
                f'<a linktype="document" id="{document.pk}">Flyer</a>.</p>'
                f'<embed embedtype="image" id="{image.pk}" format="fullwidth" alt="Blick in die Halle"/>',
            ),
        ]
        home.add_child(instance=schools)
        visibility = TaxonomyVisibility.load()
        visibility.hidden_offer_types.set([OfferType.objects.get(slug="feriencamp")])
        brand = BrandSettings.load()
        brand.theme, brand.primary_color, brand.logo, brand.imprint_page = (
            "jung",
            "#1d4f91",
            image,
            contact,
        )
        brand.save()
        image_bytes = image.file.open("rb").read()
    return {"image_bytes": image_bytes}


def snapshot(region) -> dict:
    with tenant_context(region):
        brand = BrandSettings.load()
        employer = Employer.objects.public().get()
        data = {
            "employers": list(Employer.objects.public().values_list("name", "external_id", "city")),
            "logo": (employer.logo.title, employer.logo.file.open("rb").read()),
            "contacts": list(employer.contacts.values_list("name", "email")),
            "photos": [(p.caption, p.image.title) for p in employer.photos.all()],
            "fields": [f.slug for f in employer.occupational_fields.all()],
            "offers": [
                (
                    o.title,
                    o.employer.name,
                    o.offer_type.slug,
                    [g.slug for g in o.target_groups.all()],
                )
                for o in Offer.objects.public()
            ],
            "events": [
                (e.title, [x.name for x in e.employers.all()]) for e in Event.objects.public()
            ],
            "pages": [
                (p.title, p.url_path.split("/", 2)[-1], p.live)
                for p in Site.objects.get(is_default_site=True).root_page.get_descendants()
            ],
            "hidden": [t.slug for t in TaxonomyVisibility.load().hidden_offer_types.all()],
            "brand": (brand.theme, brand.primary_color, brand.logo.title, brand.imprint_page.title),
        }
    return data


@pytest.mark.parametrize("target", ["bundle.zip", "bundle-dir"])
def test_round_trip_shows_the_same_content(jena_content, jena_region, tmp_path, target):
    # when Jena is exported and loaded as a new region
    out = tmp_path / target
    call_command("export_region", "jena", str(out), stdout=StringIO())
    call_command("import_region", str(out), "--slug", "jena-kopie",
                 "--domain", "jena-kopie.localhost", stdout=StringIO())  # fmt: skip
    copy = Region.objects.get(slug="jena-kopie")
    # then the copy has the same content, media and settings
    original = snapshot(jena_region)
    assert snapshot(copy) == original
    assert original["logo"][1] == jena_content["image_bytes"]
    assert ("Für Schulen", "fuer-schulen/", True) in original["pages"]
    # and its public pages show the same text, with links and images remapped
    pages = [
        Client(HTTP_HOST=h).get("/fuer-schulen/")
        for h in ("jena.localhost", "jena-kopie.localhost")
    ]
    assert [p.status_code for p in pages] == [200, 200]
    html = pages[1].content.decode()
    assert 'href="/kontakt/"' in html
    assert 'alt="Blick in die Halle"' in html and "<img" in html
    assert "/dokumente/" in html
    # and the employer and offer pages answer on the new host with the same content
    copy_client = Client(HTTP_HOST="jena-kopie.localhost")
    employer_page = copy_client.get("/arbeitgeber/optik-schroder-ag/")
    assert employer_page.status_code == 200
    assert "Özlem Krüger" in employer_page.content.decode()
    offers = copy_client.get("/angebote/").content.decode()
    assert "Ferienjob in der Optikfertigung (m/w/d)" in offers
    # and the portal search of the copy finds its employer
    found = Client(HTTP_HOST="jena-kopie.localhost").get("/suche/", {"q": "Optik"})
    assert "Optik Schröder AG" in found.content.decode()


def test_import_refuses_a_taken_slug_and_leaves_nothing(jena_content, tmp_path):
    out = tmp_path / "b"
    call_command("export_region", "jena", str(out), stdout=StringIO())
    with pytest.raises(CommandError, match="Das Kürzel „weimar“ ist bereits vergeben"):
        call_command("import_region", str(out), "--slug", "weimar", "--domain", "neu.localhost")
    assert not Region.objects.filter(domains__domain="neu.localhost").exists()


def test_failed_load_rolls_back_the_new_region(jena_content, tmp_path, monkeypatch):
    out = tmp_path / "b"
    call_command("export_region", "jena", str(out), stdout=StringIO())

    def explode(self):
        raise RuntimeError("Seitenbaum kaputt")

    monkeypatch.setattr("transfer_kit.bundle.load._Loader.pages", explode)
    with pytest.raises(RuntimeError):
        call_command("import_region", str(out), "--slug", "kaputt", "--domain", "kaputt.localhost")
    assert not schema_exists("kaputt")
    assert not Region.objects.filter(slug="kaputt").exists()


def _more_employers(start: int, count: int) -> None:
    fields = list(OccupationalField.objects.order_by("slug")[:2])
    for number in range(start, start + count):
        employer = Employer(name=f"Betrieb {number}", external_id=f"B-{number}", live=True)
        employer.occupational_fields = fields
        employer.contacts = [EmployerContact(name=f"Kontakt {number}", email=f"k{number}@x.de")]
        employer.save()


def test_batch_dump_equals_row_dump_with_queries_per_table(jena_content, jena_region):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from transfer_kit.bundle.fields import dump, dump_all

    with tenant_context(jena_region):
        # given the Jena employer plus 3, then 30 more with fields, contacts and photos
        _more_employers(0, 3)
        with CaptureQueriesContext(connection) as few:
            few_rows = dump_all(Employer.objects.order_by("pk"))
        _more_employers(3, 30)
        # when all employers, offers and events are dumped in one batch
        with CaptureQueriesContext(connection) as many:
            rows = dump_all(Employer.objects.order_by("pk"))
        offers, events = dump_all(Offer.objects.order_by("pk")), dump_all(Event.objects.all())
        # then each row is what the single-row dump gives
        assert rows == [dump(e) for e in Employer.objects.order_by("pk")]
        assert offers == [dump(o) for o in Offer.objects.order_by("pk")]
        assert events == [dump(e) for e in Event.objects.all()]
        assert rows[0]["contacts"][0]["name"] == "Özlem Krüger"
        assert rows[0]["photos"][0]["caption"] == "Unsere Halle"
        assert events[0]["employers"] == [rows[0]["id"]]
        # and ten times the rows cost no extra query
        assert (len(few_rows), len(rows)) == (4, 34)
        assert len(many.captured_queries) == len(few.captured_queries)
