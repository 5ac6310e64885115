"""Public employer directory and profile: equal treatment, filters, isolation, N+1."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from einblick.employers.models import Employer, EmployerContact
from einblick.employers.queries import shuffled
from einblick.taxonomy.models import Benefit
from tests import factories


def _get(client, path, **params):
    return client.get(path, params)


def _names(response) -> list[str]:
    return [employer.name for employer in response.context["employers"]]


def test_directory_is_a_to_z_with_letters_never_by_size(jena, jena_client):
    factories.employer("Zahnarztpraxis Zimmer", size_class="micro")
    factories.employer("Ärztehaus am Markt", size_class="large")
    factories.employer("bäckerei Brot", size_class="small")
    factories.employer("3D-Druck Jena", size_class="medium")
    response = _get(jena_client, "/arbeitgeber/")
    assert _names(response) == [
        "Ärztehaus am Markt",
        "bäckerei Brot",
        "Zahnarztpraxis Zimmer",
        "3D-Druck Jena",
    ]
    assert [letter for letter, _ in response.context["groups"]] == ["A", "B", "Z", "#"]
    body = response.content.decode()
    assert 'href="#buchstabe-a"' in body and 'id="buchstabe-a"' in body


def test_daily_shuffle_is_stable_for_a_seed_and_differs_between_seeds(jena, jena_client):
    for i in range(12):
        factories.employer(f"Betrieb {i:02d}")
    qs = Employer.objects.public()
    first = [e.pk for e in shuffled(qs, "2026-11-21")]
    assert first == [e.pk for e in shuffled(qs, "2026-11-21")]
    assert first != [e.pk for e in shuffled(qs, "2026-11-22")]
    response = _get(jena_client, "/arbeitgeber/", reihenfolge="zufall")
    assert sorted(_names(response)) == [f"Betrieb {i:02d}" for i in range(12)]


def test_directory_filters_by_benefit_and_hides_drafts(jena, jena_client):
    ticket, _ = Benefit.objects.get_or_create(slug="jobticket", defaults={"name": "Jobticket"})
    with_ticket = factories.employer("Stadtwerke")
    with_ticket.benefits.add(ticket)
    with_ticket.save()
    factories.employer("Ohne Vorteil GmbH")
    factories.employer("Entwurf GmbH", live=False)
    assert _names(_get(jena_client, "/arbeitgeber/")) == ["Ohne Vorteil GmbH", "Stadtwerke"]
    assert _names(_get(jena_client, "/arbeitgeber/", vorteil="jobticket")) == ["Stadtwerke"]


def test_profile_shows_public_offers_contacts_and_click_to_load_video(jena, jena_client):
    employer = factories.employer(
        "Optik Schmidt", pitch="Wir schleifen Linsen.", video_url="https://youtu.be/abcDEF12345"
    )
    EmployerContact.objects.create(employer=employer, name="Aylin Demir", role="Ausbildung")
    factories.offer("Praktikum Optik (m/w/d)", employer_obj=employer)
    factories.offer("Alter Entwurf (m/w/d)", employer_obj=employer, live=False)
    response = _get(jena_client, employer.get_url())
    body = response.content.decode()
    assert [o.title for o in response.context["offers"]] == ["Praktikum Optik (m/w/d)"]
    assert "Aylin Demir" in body and "Wir schleifen Linsen." in body
    assert body.count("<iframe") == 1  # inside the inert <template> until the click
    assert 'data-embed-src="https://www.youtube-nocookie.com/embed/abcDEF12345?rel=0"' in body


def test_unpublished_employer_profile_is_404(jena, jena_client):
    assert (
        _get(jena_client, factories.employer("Geheim GmbH", live=False).get_url()).status_code
        == 404
    )


def test_region_b_never_shows_region_a_employers(jena, weimar_region, jena_client, weimar_client):
    employer = factories.employer("Nur-in-Jena AG")
    assert _names(_get(weimar_client, "/arbeitgeber/")) == []
    assert _get(weimar_client, employer.get_url()).status_code == 404
    assert _names(_get(jena_client, "/arbeitgeber/")) == ["Nur-in-Jena AG"]


def _count_queries(client, path):
    client.get(path)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(path).status_code == 200
    return len(ctx)


def _employers(n, field):
    for employer in factories.EmployerFactory.create_batch(n, occupational_fields=[field]):
        factories.offer(employer_obj=employer)


def test_directory_and_profile_query_counts_do_not_grow(jena, jena_client):
    field = factories.occupational_field()
    _employers(5, field)
    few = _count_queries(jena_client, "/arbeitgeber/")
    _employers(20, field)
    assert _count_queries(jena_client, "/arbeitgeber/") == few
    employer = factories.employer("Viele Angebote GmbH")
    factories.offer(employer_obj=employer)
    one = _count_queries(jena_client, employer.get_url())
    for _ in range(10):
        factories.offer(employer_obj=employer)
    assert _count_queries(jena_client, employer.get_url()) == one
