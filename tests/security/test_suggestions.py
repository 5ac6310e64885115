"""Suggestions come only from documents that are public right now."""

import datetime as dt

from django.db import connection
from django.utils import timezone

from search.backends.postgres import PostgresBackend
from search.documents import SearchDocument
from search.models import SearchTerm
from tests import factories

NAME = "Quendelsteiner Zwiebelmanufaktur"


def _suggest(client, q):
    response = client.get("/api/v1/search/suggest/", {"q": q, "scope": "all"})
    assert response.status_code == 200
    return response.json()["suggestions"]


def _publish(django_capture_on_commit_callbacks, **kwargs):
    with django_capture_on_commit_callbacks(execute=True):
        employer = factories.employer(NAME, **kwargs)
    return employer


def test_unpublished_company_is_no_longer_suggested(
    jena, jena_client, portal_client, django_capture_on_commit_callbacks
):
    # given a published company, suggested on its region and on the portal
    employer = _publish(django_capture_on_commit_callbacks)
    connection.set_schema_to_public()
    assert _suggest(jena_client, "Quendel") == ["Quendelsteiner"]
    assert _suggest(portal_client, "Zwiebelman") == ["Zwiebelmanufaktur"]
    # when it is unpublished
    connection.set_tenant(jena)
    with django_capture_on_commit_callbacks(execute=True):
        employer.unpublish()
    connection.set_schema_to_public()
    # then neither host suggests its name, and the vocabulary forgot it
    assert _suggest(jena_client, "Quendel") == []
    assert _suggest(portal_client, "Quendel") == []
    assert _suggest(portal_client, "Zwiebelman") == []
    assert not SearchTerm.objects.filter(term__startswith="quendel").exists()


def test_deleted_company_is_no_longer_suggested(
    jena, portal_client, weimar_client, django_capture_on_commit_callbacks
):
    employer = _publish(django_capture_on_commit_callbacks)
    connection.set_schema_to_public()
    assert _suggest(weimar_client, "Quendel") == ["Quendelsteiner"]  # scope=all
    connection.set_tenant(jena)
    with django_capture_on_commit_callbacks(execute=True):
        employer.delete()
    connection.set_schema_to_public()
    assert _suggest(portal_client, "Quendel") == []
    assert _suggest(weimar_client, "Quendel") == []


def test_renamed_offer_loses_its_old_words(jena, portal_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        offer = factories.offer("Schnuppertag Glockengießerei (m/w/d)")
    connection.set_schema_to_public()
    assert _suggest(portal_client, "Glockengie") == ["Glockengießerei"]
    connection.set_tenant(jena)
    offer.title = "Schnuppertag Zinngießerei (m/w/d)"
    with django_capture_on_commit_callbacks(execute=True):
        offer.save()
    connection.set_schema_to_public()
    assert _suggest(portal_client, "Glockengie") == []
    assert _suggest(portal_client, "Zinngie") == ["Zinngießerei"]


def test_expired_document_is_not_suggested_even_before_it_is_purged(portal_client):
    # given a document whose expiry has passed but which is still in the table
    past = timezone.now() - dt.timedelta(minutes=1)
    doc = SearchDocument(
        region="jena", region_name="Jena", kind="offer", object_id=91001,
        title="Ferienjob Kürbisschnitzerei", url="/angebote/kuerbis/", expires_at=past,
    )  # fmt: skip
    PostgresBackend().upsert([doc])
    # then its words are not suggested (checked against live documents at query time)
    assert _suggest(portal_client, "Kürbisschn") == []
    # and the purge removes them from the vocabulary
    PostgresBackend().purge_expired()
    assert not SearchTerm.objects.filter(term__startswith="kurbisschn").exists()


def test_left_over_vocabulary_rows_are_never_suggested(portal_client):
    # given a word in the vocabulary that no document contains (e.g. a bulk SQL change)
    SearchTerm.objects.create(region="jena", term="geisterfirma", display="Geisterfirma")
    # then it is not suggested
    assert _suggest(portal_client, "Geisterf") == []
