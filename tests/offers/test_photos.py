"""Photos of offers and employers (issue 19): alternative text required, responsive
renditions (srcset/sizes), lazy loading, on cards and detail pages; demo photos drawn locally."""

import io
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from wagtail.images.models import Image

from einblick.demo.content.photos import create_offer_photos, draw_photo
from einblick.employers.models import EmployerPhoto
from tests import factories


def _image(title="Foto"):
    image = Image(title=title)
    image.file = ImageFile(io.BytesIO(draw_photo(title, "werkstatt")), name="foto.jpg")
    image.save()
    return image


def _img_tags(html: str) -> list[str]:
    return re.findall(r"<img [^>]*>", html)


def test_offer_photo_without_alternative_text_is_a_form_error(jena):
    offer = factories.offer("Praktikum Elektronik", image=_image())

    with pytest.raises(ValidationError) as error:
        offer.full_clean()

    assert error.value.message_dict["image_alt"] == [
        "Bitte beschreiben, was auf dem Foto zu sehen ist (Alternativtext)."
    ]


def test_offer_without_photo_needs_no_alternative_text(jena):
    factories.offer("Praktikum Elektronik").full_clean()


def test_offer_card_and_detail_show_a_responsive_lazy_photo(jena, jena_client):
    # given an offer with a photo and its alternative text
    offer = factories.offer(
        "Praktikum Elektronik", image=_image(), image_alt="Praktikantin lötet eine Platine"
    )
    # when the list and the detail page are opened
    card = [t for t in _img_tags(jena_client.get("/angebote/").content.decode()) if "löt" in t]
    detail = [t for t in _img_tags(jena_client.get(offer.get_url()).content.decode()) if "löt" in t]
    # then each shows it with srcset, sizes, lazy loading and the alternative text
    for tags, widths in ((card, ("400w", "800w")), (detail, ("480w", "800w", "1200w"))):
        assert len(tags) == 1
        tag = tags[0]
        assert 'alt="Praktikantin lötet eine Platine"' in tag
        assert 'loading="lazy"' in tag
        assert "sizes=" in tag
        assert [w for w in widths if w in re.search(r'srcset="([^"]+)"', tag).group(1)] == list(
            widths
        )


def test_employer_gallery_photos_need_alternative_text(jena):
    employer = factories.employer("Tischlerei Holz")
    photo = EmployerPhoto(employer=employer, image=_image(), alt_text="")

    with pytest.raises(ValidationError) as error:
        photo.full_clean()

    assert list(error.value.message_dict) == ["alt_text"]


def test_employer_gallery_is_responsive_and_lazy(jena, jena_client):
    employer = factories.employer("Tischlerei Holz")
    for n, alt in enumerate(["Azubi an der Hobelbank", "Meisterin prüft ein Werkstück"]):
        EmployerPhoto.objects.create(
            employer=employer, image=_image(alt), alt_text=alt, sort_order=n
        )

    html = jena_client.get(employer.get_url()).content.decode()

    gallery = [t for t in _img_tags(html) if "srcset" in t and "640w" in t]
    assert [re.search(r'alt="([^"]+)"', t).group(1) for t in gallery] == [
        "Azubi an der Hobelbank",
        "Meisterin prüft ein Werkstück",
    ]
    assert all('loading="lazy"' in t for t in gallery)


def test_weimar_never_shows_jenas_offer_photo(jena_region, weimar_region, weimar_client):
    from django_tenants.utils import tenant_context

    with tenant_context(jena_region):
        factories.offer("Praktikum Optik", image=_image(), image_alt="Linse im Prüfstand")

    assert "Linse im Prüfstand" not in weimar_client.get("/angebote/").content.decode()


def test_demo_photos_are_drawn_the_same_every_time():
    assert draw_photo("zeiss:buero", "buero") == draw_photo("zeiss:buero", "buero")
    assert draw_photo("zeiss:buero", "buero") != draw_photo("schott:buero", "buero")


def test_demo_offer_photos_are_added_once(jena):
    offers = [factories.offer(f"Ferienjob Nummer {n}", external_id=f"demo:{n}") for n in range(12)]

    first = create_offer_photos(offers)
    second = create_offer_photos(offers)

    assert 1 <= len(first) < 12
    assert second == set()
    assert all(o.image_alt.startswith("Zeichnung: ") for o in offers if o.pk in first)
