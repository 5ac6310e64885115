"""Public offer list and detail: filters, expiry, archived taxonomy, JSON-LD, isolation, N+1."""

import datetime
import json
import re
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from einblick.taxonomy.models import Benefit, OccupationalField, TargetGroup
from einblick.taxonomy.regional.models import TaxonomyVisibility
from tests import factories

JOB_POSTING_REQUIRED = {"title", "description", "datePosted", "hiringOrganization", "jobLocation"}


def _get(client, path, **params):
    return client.get(path, params)


def _titles(response) -> list[str]:
    return [offer.title for offer in response.context["offers"]]


def test_offer_list_shows_public_offers_with_result_count(jena, jena_client):
    factories.offer("Ferienjob im Lager (m/w/d)")
    factories.offer("Entwurf (m/w/d)", live=False)
    response = _get(jena_client, "/angebote/")
    assert response.status_code == 200
    assert _titles(response) == ["Ferienjob im Lager (m/w/d)"]
    assert response.context["page_obj"].paginator.count == 1
    assert "<strong>1</strong> Angebot" in response.content.decode()


def test_filters_narrow_by_type_field_target_group_and_benefit(jena, jena_client):
    # given offers that differ in one property each
    metal = factories.occupational_field()
    it = factories.occupational_field("elektro-it", "Elektro, IT")
    pupils, _ = TargetGroup.objects.get_or_create(
        slug="schueler", defaults={"name": "Schüler:innen"}
    )
    ticket, _ = Benefit.objects.get_or_create(slug="jobticket", defaults={"name": "Jobticket"})
    ferienjob = factories.offer_type("ferienjob", "Ferienjob")
    generous = factories.employer("Großzügig GmbH")
    generous.benefits.add(ticket)
    generous.save()
    a = factories.offer("Praktikum Metall", type_obj=ferienjob)
    a.occupational_fields.add(metal)
    a.target_groups.add(pupils)
    a.save()
    b = factories.offer("Praktikum IT", employer_obj=generous)
    b.occupational_fields.add(it)
    b.save()
    # when filtering, then only the matching offer is listed
    assert _titles(_get(jena_client, "/angebote/", typ="ferienjob")) == ["Praktikum Metall"]
    assert _titles(_get(jena_client, "/angebote/", berufsfeld="elektro-it")) == ["Praktikum IT"]
    assert _titles(_get(jena_client, "/angebote/", zielgruppe="schueler")) == ["Praktikum Metall"]
    assert _titles(_get(jena_client, "/angebote/", vorteil="jobticket")) == ["Praktikum IT"]
    combined = _get(jena_client, "/angebote/", typ="ferienjob", berufsfeld="elektro-it")
    assert _titles(combined) == []
    assert "Filter zurücksetzen" in combined.content.decode()


def test_period_filters_now_season_and_date_range(jena, jena_client):
    today = timezone.localdate()
    factories.offer("Jederzeit (m/w/d)", period_kind="on_request")
    factories.offer("Sommer (m/w/d)", period_kind="season", season="sommerferien")
    factories.offer(
        "Läuft gerade (m/w/d)",
        period_kind="dates",
        start_date=today - datetime.timedelta(days=3),
        end_date=today + datetime.timedelta(days=3),
    )
    factories.offer(
        "Später (m/w/d)",
        period_kind="dates",
        start_date=today + datetime.timedelta(days=60),
        end_date=today + datetime.timedelta(days=70),
    )
    now = _titles(_get(jena_client, "/angebote/", zeitraum="jetzt"))
    assert sorted(now) == ["Jederzeit (m/w/d)", "Läuft gerade (m/w/d)"]
    assert _titles(_get(jena_client, "/angebote/", zeitraum="sommerferien")) == ["Sommer (m/w/d)"]
    later = today + datetime.timedelta(days=65)
    ranged = _titles(_get(jena_client, "/angebote/", von=later.isoformat(), bis=later.isoformat()))
    assert sorted(ranged) == ["Jederzeit (m/w/d)", "Später (m/w/d)"]


def test_hidden_and_archived_entries_are_no_filter_options(jena, jena_client):
    shown = factories.occupational_field()
    hidden = factories.occupational_field("bau", "Bau, Architektur")
    archived = factories.occupational_field("alt", "Altes Feld")
    archived.delete()  # archives
    TaxonomyVisibility.load().hidden_fields.add(hidden)
    options = _get(jena_client, "/angebote/").context["filter_form"].fields["berufsfeld"].queryset
    slugs = set(options.values_list("slug", flat=True))
    assert shown.slug in slugs
    assert hidden.slug not in slugs and archived.slug not in slugs


def test_archived_taxonomy_entry_still_renders_on_an_old_offer(jena, jena_client):
    field = OccupationalField.objects.create(slug="archiv-feld", name="Bergbau (alt)")
    offer = factories.offer("Praktikum unter Tage (m/w/d)")
    offer.occupational_fields.add(field)
    offer.save()
    field.delete()  # archives, never deletes
    body = _get(jena_client, offer.get_url()).content.decode()
    assert "Bergbau (alt)" in body


def test_expired_offer_leaves_list_and_detail_on_its_end_date(jena, jena_client):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    gone = factories.offer(
        "Vorbei (m/w/d)", period_kind="dates", start_date=yesterday, end_date=yesterday
    )
    ends_today = factories.offer("Heute letzter Tag (m/w/d)", end_date=timezone.localdate())
    expired = factories.offer(
        "Abgelaufen (m/w/d)", expire_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    assert _titles(_get(jena_client, "/angebote/")) == ["Heute letzter Tag (m/w/d)"]
    assert _get(jena_client, gone.get_url()).status_code == 404
    assert _get(jena_client, expired.get_url()).status_code == 404
    assert _get(jena_client, ends_today.get_url()).status_code == 200


def test_offer_detail_shows_facts_and_falls_back_to_employer_address(jena, jena_client):
    employer = factories.employer("Tischlerei Holz & Co.", street="Am Anger 3", postcode="07743")
    offer = factories.offer(
        "Schnuppertag Tischler:in",
        employer_obj=employer,
        pay_kind="paid",
        pay_amount=Decimal("12.50"),
        pay_unit="hour",
        hours="8 bis 14 Uhr",
        tasks="Du hobelst.",
        people="Unsere Azubis.",
        min_age=14,
        min_class=8,
    )
    unpaid = factories.offer("Praktikum Büro (m/w/d)", employer_obj=employer, pay_kind="unpaid")
    body = _get(jena_client, offer.get_url()).content.decode()
    for text in (
        "12,50\u00a0€ pro Stunde",
        "8 bis 14 Uhr",
        "Du hobelst.",
        "Unsere Azubis.",
        "ab 14 Jahren",
        "ab Klasse 8",
        "Am Anger 3",
        "07743 Jena",
    ):
        assert text in body, text
    assert "unbezahlt" in _get(jena_client, unpaid.get_url()).content.decode()


def _json_ld(response) -> list[dict]:
    found = re.findall(
        r'<script type="application/ld\+json"[^>]*>(.*?)</script>', response.content.decode(), re.S
    )
    return [json.loads(text) for text in found]


def test_job_posting_json_ld_has_required_properties_and_escapes_script(jena, jena_client):
    job_type = factories.offer_type(
        "ferienjob", "Ferienjob", job_posting=True, employment_type="TEMPORARY"
    )
    employer = factories.employer(
        "Saft </script><script>alert(1)</script> GmbH", street="Markt 1", postcode="07743"
    )
    offer = factories.offer(
        "Ferienjob Saftpresse (m/w/d)",
        employer_obj=employer,
        type_obj=job_type,
        description="<p>Äpfel pressen</p>",
        end_date=timezone.localdate() + datetime.timedelta(days=30),
        pay_kind="paid",
        pay_amount=Decimal("13"),
        pay_unit="hour",
    )
    response = _get(jena_client, offer.get_url())
    (data,) = _json_ld(response)
    assert data["@type"] == "JobPosting"
    assert JOB_POSTING_REQUIRED <= set(data)
    assert all(data[key] for key in JOB_POSTING_REQUIRED)
    assert data["hiringOrganization"] == {"@type": "Organization", "name": employer.name}
    assert data["jobLocation"]["address"]["postalCode"] == "07743"
    assert data["jobLocation"]["address"]["addressLocality"] == "Jena"
    assert data["employmentType"] == "TEMPORARY"
    assert data["validThrough"].startswith(
        (timezone.localdate() + datetime.timedelta(days=30)).isoformat()
    )
    assert data["baseSalary"]["value"] == {
        "@type": "QuantitativeValue",
        "value": 13.0,
        "unitText": "HOUR",
    }
    datetime.date.fromisoformat(data["datePosted"])
    assert "</script><script>alert" not in response.content.decode()


def test_no_json_ld_for_types_that_are_not_job_postings(jena, jena_client):
    offer = factories.offer(
        type_obj=factories.offer_type("schnuppertag", "Schnuppertag", job_posting=False)
    )
    assert _json_ld(_get(jena_client, offer.get_url())) == []


def test_region_b_lists_and_serves_none_of_region_a_offers(
    jena, weimar_region, jena_client, weimar_client
):
    offer = factories.offer("Praktikum nur in Jena (m/w/d)")
    assert _titles(_get(weimar_client, "/angebote/")) == []
    assert _get(weimar_client, offer.get_url()).status_code == 404
    assert _get(jena_client, offer.get_url()).status_code == 200


def _offers_with_fields(n, field):
    employer = factories.employer()
    for i in range(n):
        factories.offer(
            f"Praktikum Nr. {i} (m/w/d)",
            employer_obj=employer if i % 2 else None,
            occupational_fields=[field],
        )


def _count_queries(client, path):
    """Queries of a warm request (the first one fills Wagtail's site and content type caches)."""
    client.get(path)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path)
    assert response.status_code == 200
    return len(ctx)


def test_offer_list_query_count_does_not_grow_with_items(jena, jena_client):
    field = factories.occupational_field()
    _offers_with_fields(5, field)
    few = _count_queries(jena_client, "/angebote/")
    _offers_with_fields(20, field)
    many = _count_queries(jena_client, "/angebote/")
    assert many == few


def test_home_query_count_does_not_grow_with_items(jena, jena_client):
    field = factories.occupational_field()
    _offers_with_fields(5, field)
    factories.event()
    few = _count_queries(jena_client, "/")
    _offers_with_fields(20, field)
    factories.event()
    factories.event()
    many = _count_queries(jena_client, "/")
    assert many == few


def test_was_du_machst_is_a_list_with_one_item_per_line(jena, jena_client):
    # given tasks written one per line, some with bullets, with an empty line between
    offer = factories.offer(
        "Ferienjob im Lager (m/w/d)",
        tasks="- Waren verpacken\n\n• Regale auffüllen\r\nInventur mitmachen",
    )
    # when the offer is opened
    body = _get(jena_client, offer.get_url()).content.decode()
    # then "Was du machst" is a real list, without <br> and without the bullets
    assert (
        '<ul class="task-list"><li>Waren verpacken</li><li>Regale auffüllen</li>'
        "<li>Inventur mitmachen</li></ul>"
    ) in body
    assert "Waren verpacken<br>" not in body
