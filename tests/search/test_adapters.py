"""Real offers, employers and events flow through the outbox into the search (PostgreSQL)."""

import datetime as dt
import json

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tenants.utils import tenant_context

from search.indexing import drain
from search.models import IndexedDocument, OutboxEntry
from search.query import SearchQuery, search
from tests import factories


@pytest.fixture(autouse=True)
def postgres_backend(settings):
    settings.SEARCH_BACKEND = "postgres"
    settings.SEARCH_DRAIN_ON_COMMIT = True


def indexed():
    return sorted(IndexedDocument.objects.values_list("key", "title"))


def api(client, **params):
    response = client.get("/api/v1/search/", params)
    assert response.status_code == 200, response.content
    return json.loads(response.content)


def test_published_offer_is_indexed_after_commit(jena_region, django_capture_on_commit_callbacks):
    # given / when
    with tenant_context(jena_region):
        with django_capture_on_commit_callbacks(execute=True):
            employer = factories.employer("Bäckerei Korn", latitude=50.93, longitude=11.59)
            ptype = factories.offer_type("schuelerpraktikum", "Schülerpraktikum")
            offer = factories.offer(
                "Praktikum Bäcker:in (m/w/d)", employer_obj=employer, type_obj=ptype
            )
        # then
    doc = IndexedDocument.objects.get(key=f"jena:offer:{offer.pk}")
    assert (doc.title, doc.subtitle, doc.offer_type, doc.url) == (
        "Praktikum Bäcker:in (m/w/d)",
        "Bäckerei Korn",
        "schuelerpraktikum",
        f"/angebote/{offer.slug}/",
    )
    assert (doc.latitude, doc.longitude, doc.region_name) == (50.93, 11.59, "Jena")
    assert OutboxEntry.objects.count() == 0
    result = search(SearchQuery(q="Baecker", kinds=["offer"]))
    assert [h.title for h in result.results] == ["Praktikum Bäcker:in (m/w/d)"]
    assert result.facets["type"][0].label == "Schülerpraktikum"


def test_weimar_offer_found_on_weimar_and_portal_not_on_jena_unless_widened(
    weimar_region, django_capture_on_commit_callbacks, jena_client, weimar_client, portal_client
):
    with tenant_context(weimar_region):
        with django_capture_on_commit_callbacks(execute=True):
            offer = factories.offer("Ferienjob Goethe-Museum (m/w/d)")
    expected = [("weimar", "Ferienjob Goethe-Museum (m/w/d)")]
    assert [
        (r["region"], r["title"]) for r in api(weimar_client, q="Goethe")["results"]
    ] == expected
    assert [
        (r["region"], r["title"]) for r in api(portal_client, q="Goethe")["results"]
    ] == expected
    assert api(jena_client, q="Goethe")["count"] == 0
    widened = api(jena_client, q="Goethe", scope="all")["results"]
    assert [(r["region"], r["url"]) for r in widened] == [
        ("weimar", f"http://weimar.localhost:8000/angebote/{offer.slug}/")
    ]


def test_no_parameter_reveals_drafts_of_another_region(
    weimar_region, django_capture_on_commit_callbacks, jena_client, portal_client
):
    # given a Weimar draft, and a live Weimar offer with an unpublished draft revision
    with tenant_context(weimar_region):
        with django_capture_on_commit_callbacks(execute=True):
            archive = factories.employer("Stadtarchiv Weimar")
            factories.offer("Geheimprojekt Entwurf (m/w/d)", employer_obj=archive, live=False)
            live = factories.offer("Praktikum Stadtarchiv (m/w/d)", employer_obj=archive)
            live.title = "Geheimprojekt Revision (m/w/d)"
            live.save_revision()
    # when probing with every parameter combination a visitor could send
    probes = [
        {"q": "Geheimprojekt"},
        {"q": "Geheimprojekt", "scope": "all"},
        {"q": "Geheimprojekt", "scope": "all", "region": "weimar"},
        {"q": "Geheimprojekt Entwurf", "scope": "all", "kind": "offer"},
        {"scope": "all", "region": "weimar", "sort": "date", "page_size": "50"},
    ]
    seen = []
    for params in probes:
        for client in (jena_client, portal_client):
            seen += [r["title"] for r in api(client, **params)["results"]]
    # then only the published title of the live offer ever appears
    assert set(seen) == {"Praktikum Stadtarchiv (m/w/d)", "Stadtarchiv Weimar"}
    assert indexed() == [
        (f"weimar:employer:{archive.pk}", "Stadtarchiv Weimar"),
        (f"weimar:offer:{live.pk}", "Praktikum Stadtarchiv (m/w/d)"),
    ]


def test_unpublish_and_delete_remove_the_document(jena_region, django_capture_on_commit_callbacks):
    with tenant_context(jena_region):
        with django_capture_on_commit_callbacks(execute=True):
            one = factories.offer("Praktikum Eins")
            two = factories.offer("Praktikum Zwei")
        with django_capture_on_commit_callbacks(execute=True):
            one.unpublish()
            two.delete()
    assert indexed() == sorted([(f"jena:employer:{one.employer_id}", one.employer.name),
                                (f"jena:employer:{two.employer_id}", two.employer.name)])  # fmt: skip


def test_unpublishing_the_employer_removes_its_offers(
    jena_region, django_capture_on_commit_callbacks
):
    with tenant_context(jena_region):
        with django_capture_on_commit_callbacks(execute=True):
            employer = factories.employer("Tischlerei Span")
            factories.offer("Praktikum Tischler:in (m/w/d)", employer_obj=employer)
        with django_capture_on_commit_callbacks(execute=True):
            employer.unpublish()
    assert indexed() == []


def test_offer_past_its_end_date_is_not_returned(jena_region, django_capture_on_commit_callbacks):
    with tenant_context(jena_region):
        today = timezone.localdate()
        with django_capture_on_commit_callbacks(execute=True):
            offer = factories.offer("Ferienjob Freibad (m/w/d)", end_date=today)
    doc = IndexedDocument.objects.get(key=f"jena:offer:{offer.pk}")
    # the document expires when the end date is over, without any job running
    assert timezone.localtime(doc.expires_at).date() == today + dt.timedelta(days=1)
    IndexedDocument.objects.filter(pk=doc.pk).update(expires_at=timezone.now())
    assert search(SearchQuery(q="Freibad")).count == 0


def test_event_and_employer_documents(jena_region, django_capture_on_commit_callbacks):
    with tenant_context(jena_region):
        with django_capture_on_commit_callbacks(execute=True):
            employer = factories.employer("Klinikum Saale", pitch="Pflege mit Herz")
            event = factories.event("Ausbildungsmesse Jena", kind="ausbildungsmesse", city="Jena")
            event.employers.add(employer)
            event.save()
    result = search(SearchQuery(q="Klinikum"))
    assert sorted((h.kind, h.title) for h in result.results) == [
        ("employer", "Klinikum Saale"),
        ("event", "Ausbildungsmesse Jena"),
    ]


def test_rebuild_command_indexes_without_outbox(jena_region, capsys):
    # given content written while nothing drained the outbox
    with tenant_context(jena_region):
        factories.offer("Schnuppertag Zahntechnik")
        OutboxEntry.objects.all().delete()
    assert indexed() == []
    # when
    call_command("rebuild_search_index", "--region", "jena", "--no-progress")
    # then
    assert "Suchindex neu aufgebaut (Region jena): 2 Dokumente." in capsys.readouterr().out
    assert [key.split(":")[1] for key, _ in indexed()] == ["employer", "offer"]
    assert indexed()[1][1] == "Schnuppertag Zahntechnik"


def test_drain_command_processes_the_outbox(jena_region, capsys):
    with tenant_context(jena_region):
        factories.offer("Praktikum Sternwarte")
    assert OutboxEntry.objects.count() == 2  # employer + offer
    call_command("drain_search_outbox", "--once")
    assert "Suchindex: 2 aktualisiert, 0 fehlgeschlagen" in capsys.readouterr().out
    assert "Praktikum Sternwarte" in [t for _, t in indexed()]
    assert drain() == (0, 0)
