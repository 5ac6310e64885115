"""Tests never write into the repository's media/ folder: MEDIA_ROOT is a temporary directory."""

import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django_tenants.utils import tenant_context

ROOT = Path(__file__).resolve().parents[1]


def test_media_root_is_a_temporary_directory_outside_the_repository():
    media_root = Path(settings.MEDIA_ROOT).resolve()

    assert not media_root.is_relative_to(ROOT)
    assert media_root.is_relative_to(Path(tempfile.gettempdir()).resolve())
    assert media_root.is_dir()


def test_region_uploads_land_below_the_temporary_media_root(jena_region):
    with tenant_context(jena_region):
        name = default_storage.save("probe/media-root.txt", ContentFile(b"probe"))
        path = Path(default_storage.path(name)).resolve()
        default_storage.delete(name)

    assert path.is_relative_to(Path(settings.MEDIA_ROOT).resolve() / "jena")
    assert not path.is_relative_to(ROOT)
