"""Image uploads: pixel floods, truncated files and odd rendition specs never reach a 500."""

import io
import zlib

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from PIL import Image as PILImage
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from tests.adminkit.helpers import login


def _png_header_only(width: int, height: int) -> bytes:
    """A tiny PNG that claims width × height pixels (a decompression bomb needs no more)."""
    import struct

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit greyscale
    row = b"\x00" + b"\x00" * ((width + 7) // 8)
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def _png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    PILImage.effect_noise((width, height), 40).save(buffer, "PNG")
    return buffer.getvalue()


def _post_image(client, name: str, content: bytes):
    upload = SimpleUploadedFile(name, content, content_type="image/png")
    return client.post("/cms/images/add/", {"title": "Probe", "file": upload})


def _editor(client, region):
    return login(client, region, "bild-redaktion", superuser=False, groups=["Editors"])


def test_pixel_flood_png_is_rejected_with_a_form_error(jena_region, jena_client):
    # given an editor and an 11,000 × 11,000 px PNG of a few kilobytes
    _editor(jena_client, jena_region)
    bomb = _png_header_only(11_000, 11_000)
    assert len(bomb) < 40_000
    connection.set_schema_to_public()
    # when it is uploaded
    response = _post_image(jena_client, "flut.png", bomb)
    # then the form says why and nothing is stored
    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    connection.set_tenant(jena_region)
    assert not Image.objects.filter(title="Probe").exists()


def test_truncated_png_is_a_form_error(jena_region, jena_client):
    _editor(jena_client, jena_region)
    whole = _png(400, 300)
    truncated = whole[: len(whole) // 2]
    connection.set_schema_to_public()
    response = _post_image(jena_client, "kaputt.png", truncated)
    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    connection.set_tenant(jena_region)
    assert not Image.objects.filter(title="Probe").exists()


def test_normal_png_is_still_accepted(jena_region, jena_client):
    _editor(jena_client, jena_region)
    connection.set_schema_to_public()
    response = _post_image(jena_client, "ok.png", _png(640, 480))
    assert response.status_code == 302
    connection.set_tenant(jena_region)
    image = Image.objects.get(title="Probe")
    image.file.delete(save=False)


def test_upload_limits_are_set_for_everyone(settings):
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE <= 10 * 1024 * 1024
    assert settings.FILE_UPLOAD_MAX_MEMORY_SIZE <= 10 * 1024 * 1024


def test_zero_size_preview_spec_is_a_client_error(jena_region, jena_client):
    # given an image and an editor
    _editor(jena_client, jena_region)
    image = Image.objects.create(title="Vorschau", file=get_test_image_file("vorschau.png"))
    connection.set_schema_to_public()
    try:
        # when the preview is asked for with a zero-size fill
        response = jena_client.get(f"/cms/images/{image.pk}/preview/fill-0x0/")
        ok = jena_client.get(f"/cms/images/{image.pk}/preview/fill-20x20/")
        # then it is a 4xx, while a sane spec still works
        assert 400 <= response.status_code < 500
        assert ok.status_code == 200
    finally:
        connection.set_tenant(jena_region)
        image.file.delete(save=False)
