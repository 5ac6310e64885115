"""Search fixtures: a small synthetic corpus of Jena and Weimar documents, indexed into the
backend under test (PostgreSQL always; Elasticsearch when ELASTICSEARCH_URL is set)."""

import datetime as dt
import os

import pytest
from django.utils import timezone

from search.documents import SearchDocument

JENA = (50.9271, 11.5892)
WEIMAR = (50.9795, 11.3235)


def corpus() -> list[SearchDocument]:
    now = timezone.now()
    return [
        SearchDocument(
            region="jena", region_name="Jena", kind="offer", object_id=1,
            title="Praktikum als Bäcker:in (m/w/d)", url="/angebote/praktikum-baecker/",
            subtitle="Bäckerei Sonnenschein", occupations_text="Bäcker:in · Lebensmittel · Praktikum",
            body="Du formst Brötchen, backst Brot und lernst die Backstube kennen.",
            place="Jena", offer_type="praktikum", fields=["lebensmittel"], occupations=["baecker"],
            target_groups=["schueler"], benefits=["essen"], latitude=JENA[0], longitude=JENA[1],
            period_start=dt.date(2026, 7, 1), period_end=dt.date(2026, 7, 31),
            published_at=now - dt.timedelta(days=3), extra={"city": "Jena"},
        ),
        SearchDocument(
            region="jena", region_name="Jena", kind="offer", object_id=2,
            title="Ausbildung Elektroniker:in für Betriebstechnik (m/w/d)", url="/angebote/elektroniker/",
            subtitle="Stadtwerke Saaletal", occupations_text="Elektroniker:in für Betriebstechnik · Elektro · Ausbildung",
            body="Drei Jahre Ausbildung mit Schaltschränken, Anlagen und viel Verantwortung.",
            place="Jena", offer_type="ausbildung", fields=["elektro"], occupations=["elektroniker-bt"],
            target_groups=["schueler"], latitude=50.90, longitude=11.58,
            published_at=now - dt.timedelta(days=1), extra={"city": "Jena"},
        ),
        SearchDocument(
            region="jena", region_name="Jena", kind="offer", object_id=3,
            title="Ausbildung Kfz-Mechatroniker:in (m/w/d)", url="/angebote/kfz-mechatroniker/",
            subtitle="Autohaus am Saalbahnhof", occupations_text="Kfz-Mechatroniker:in · Fahrzeugtechnik · Ausbildung",
            body="Du reparierst Autos und lernst moderne Diagnosetechnik kennen.",
            place="Jena", offer_type="ausbildung", fields=["fahrzeugtechnik"],
            occupations=["kfz-mechatroniker"], target_groups=["schueler"], benefits=["essen"],
            latitude=50.93, longitude=11.60, published_at=now - dt.timedelta(days=10),
        ),
        SearchDocument(
            region="jena", region_name="Jena", kind="offer", object_id=4,
            title="Ferienjob im Lager", url="/angebote/ferienjob-lager/",
            subtitle="Logistik Ost", occupations_text="Ferienjob", body="Pakete packen im Sommer.",
            place="Jena", offer_type="ferienjob", published_at=now - dt.timedelta(days=30),
            expires_at=now - dt.timedelta(hours=1),
        ),
        SearchDocument(
            region="jena", region_name="Jena", kind="employer", object_id=1,
            title="Bäckerei Sonnenschein", url="/arbeitgeber/baeckerei-sonnenschein/",
            occupations_text="Bäcker:in · Lebensmittel", body="Familienbetrieb seit 1920 mit zwölf Filialen.",
            place="Jena", fields=["lebensmittel"], occupations=["baecker"], benefits=["essen"],
            latitude=JENA[0], longitude=JENA[1], published_at=now - dt.timedelta(days=50),
        ),
        SearchDocument(
            region="weimar", region_name="Weimar", kind="offer", object_id=1,
            title="Praktikum im Hotel an der Ilm", url="/angebote/praktikum-hotel/",
            subtitle="Hotel an der Ilm", occupations_text="Hotelfachmann/-frau · Gastronomie · Praktikum",
            body="Rezeption, Service und Küche: ein Blick hinter die Kulissen eines Hotels.",
            place="Weimar", offer_type="praktikum", fields=["gastronomie"], occupations=["hotelfach"],
            target_groups=["schueler"], latitude=WEIMAR[0], longitude=WEIMAR[1],
            published_at=now - dt.timedelta(days=2), extra={"city": "Weimar"},
        ),
        SearchDocument(
            region="weimar", region_name="Weimar", kind="offer", object_id=2,
            title="Ausbildung Mechatroniker:in (m/w/d)", url="/angebote/mechatroniker/",
            subtitle="Maschinenbau Weimar", occupations_text="Mechatroniker:in · Metall und Elektro · Ausbildung",
            body="Du baust Anlagen auf und nimmst sie in Betrieb.",
            place="Weimar", offer_type="ausbildung", fields=["elektro", "metall"],
            occupations=["mechatroniker"], latitude=50.98, longitude=11.33,
            published_at=now - dt.timedelta(days=5),
        ),
        SearchDocument(
            region="weimar", region_name="Weimar", kind="event", object_id=1,
            title="Ausbildungsmesse Weimar", url="/veranstaltungen/ausbildungsmesse/",
            subtitle="Weimarhalle", occupations_text="Ausbildungsmesse",
            body="Über 60 Betriebe stellen Ausbildungsplätze und Praktika vor.",
            place="Weimar", target_groups=["schueler", "eltern"], latitude=WEIMAR[0],
            longitude=WEIMAR[1], period_start=dt.date(2026, 9, 12), period_end=dt.date(2026, 9, 12),
            published_at=now - dt.timedelta(days=20),
        ),
    ]  # fmt: skip


BACKENDS = [
    "postgres",
    pytest.param(
        "elasticsearch",
        marks=[
            pytest.mark.elasticsearch,
            pytest.mark.skipif(
                not os.environ.get("ELASTICSEARCH_URL"),
                reason="Elasticsearch contract run skipped: ELASTICSEARCH_URL is not set",
            ),
        ],
    ),
]


@pytest.fixture(params=BACKENDS)
def backend(request, settings, db):
    """The backend under test, with the synthetic corpus indexed (and removed afterwards)."""
    from search.backends import write_targets

    settings.SEARCH_BACKEND = request.param
    if request.param == "elasticsearch":
        settings.ELASTICSEARCH_URL = os.environ["ELASTICSEARCH_URL"]
        settings.SEARCH_ES_INDEX = "einblick-test"
        from search.backends import elasticsearch_backend

        es = elasticsearch_backend()
        es.create_fresh_index_for_tests()
    docs = corpus()
    for target in write_targets():
        target.upsert(docs)
        if hasattr(target, "refresh"):
            target.refresh()
    yield request.param
    if request.param == "elasticsearch":
        es.drop_test_index()


@pytest.fixture
def pg_corpus(db, settings):
    """The corpus in the PostgreSQL backend only (API, pages, isolation tests)."""
    from search.backends import postgres_backend

    settings.SEARCH_BACKEND = "postgres"
    postgres_backend().upsert(corpus())
    return corpus()
