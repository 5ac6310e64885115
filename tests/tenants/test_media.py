"""/media/ serves only images that have a database row; documents go through Wagtail's view."""

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, CollectionViewRestriction


def _restricted_document(title: str) -> Document:
    root = Collection.get_first_root_node()
    private = root.add_child(name="Nur für Angemeldete")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    return Document.objects.create(
        title=title, collection=private, file=ContentFile(b"%PDF geheim", name="intern.pdf")
    )


def test_restricted_document_is_not_served_by_media_url(jena, jena_client):
    # given a document in a login-restricted collection of Jena
    document = _restricted_document("Interne Liste")
    media_url = document.file.url
    connection.set_schema_to_public()
    try:
        # when an anonymous visitor asks /media/ for the file
        response = jena_client.get(media_url)
        # then /media/ hands over to Wagtail's document view, which asks for a login
        assert response.status_code == 302
        assert response["Location"] == document.url
        served = jena_client.get(document.url)
        assert served.status_code == 302
        assert "/login" in served["Location"]
        assert b"geheim" not in served.content
    finally:
        connection.set_tenant(jena)
        document.file.delete(save=False)


def test_public_document_is_served_through_wagtail_view(jena, jena_client):
    # given a document in the (public) root collection
    document = Document.objects.create(
        title="Flyer", file=ContentFile(b"%PDF oeffentlich", name="flyer.pdf")
    )
    media_url = document.file.url
    connection.set_schema_to_public()
    try:
        response = jena_client.get(media_url)
        assert (response.status_code, response["Location"]) == (302, document.url)
        served = jena_client.get(document.url)
        assert served.status_code == 200
        assert b"".join(served.streaming_content) == b"%PDF oeffentlich"
    finally:
        connection.set_tenant(jena)
        document.file.delete(save=False)


def test_file_without_database_row_is_not_served(jena, jena_client):
    # given a file that lies in Jena's media folder but belongs to no image or document
    name = default_storage.save("documents/verwaist.pdf", ContentFile(b"%PDF verwaist"))
    image_name = default_storage.save("original_images/verwaist.png", ContentFile(b"png"))
    connection.set_schema_to_public()
    try:
        # then neither is served
        assert jena_client.get(f"/media/jena/{name}").status_code == 404
        assert jena_client.get(f"/media/jena/{image_name}").status_code == 404
    finally:
        connection.set_tenant(jena)
        default_storage.delete(name)
        default_storage.delete(image_name)


def test_images_and_renditions_with_rows_are_served(jena, jena_client):
    image = Image.objects.create(title="Foto", file=get_test_image_file("foto.png"))
    rendition = image.get_rendition("fill-20x20")
    urls = [image.file.url, rendition.url]
    connection.set_schema_to_public()
    try:
        assert [jena_client.get(url).status_code for url in urls] == [200, 200]
    finally:
        connection.set_tenant(jena)
        rendition.file.delete(save=False)
        image.file.delete(save=False)


def test_overlong_media_name_is_404_not_500(jena_client, portal_client):
    name = "a" * 300
    assert jena_client.get(f"/media/jena/{name}").status_code == 404
    assert jena_client.get(f"/media/jena/documents/{name}.pdf").status_code == 404
    assert portal_client.get(f"/media/public/{name}").status_code == 404
