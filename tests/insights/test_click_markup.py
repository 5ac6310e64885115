"""Apply links of an offer carry data-count and the page loads the counting script."""

from tests import factories


def test_offer_apply_links_are_counted(jena, jena_client):
    offer = factories.offer(
        "Praktikum Feinmechanik", apply_url="https://firma.example/bewerben",
        apply_email="bewerbung@firma.example",
    )  # fmt: skip

    html = jena_client.get(offer.get_url()).content.decode()

    assert html.count(f'data-count="offer:{offer.pk}"') == 2
    assert 'data-url="/kennzahlen/klick/" defer></script>' in html
    assert "/static/insights/count" in html


def test_employer_contact_links_are_counted(jena, jena_client):
    employer = factories.employer(
        "Tischlerei Holzwurm", website="https://holzwurm.example",
        email="info@holzwurm.example", phone="03641 123456",
    )  # fmt: skip

    html = jena_client.get(employer.get_url()).content.decode()

    assert html.count(f'data-count="employer:{employer.pk}"') == 3
    assert 'data-url="/kennzahlen/klick/" defer></script>' in html
