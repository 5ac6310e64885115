"""The offer list's filter (django-filter): multi-select, place and radius, text, pay, order."""

from einblick.taxonomy.models import SchoolLevel
from tests import factories

JENA = (50.9271, 11.5892)
WEIMAR = (50.9795, 11.3235)  # about 18 km west of Jena


def _titles(client, **params) -> list[str]:
    response = client.get("/angebote/", params)
    assert response.status_code == 200
    return [offer.title for offer in response.context["offers"]]


def _employer_at(name, point):
    return factories.employer(name, latitude=point[0], longitude=point[1])


def test_types_and_fields_are_multi_select(jena, jena_client):
    # given three offers of three types
    job = factories.offer_type("ferienjob", "Ferienjob")
    internship = factories.offer_type("schuelerpraktikum", "Schülerpraktikum")
    camp = factories.offer_type("feriencamp", "Feriencamp")
    factories.offer("Ferienjob Lager", type_obj=job)
    factories.offer("Praktikum Büro", type_obj=internship)
    factories.offer("Camp Natur", type_obj=camp)
    # when two types are chosen, then offers of both are listed
    titles = _titles(jena_client, typ=["ferienjob", "schuelerpraktikum"])
    assert sorted(titles) == ["Ferienjob Lager", "Praktikum Büro"]


def test_near_me_keeps_offers_within_the_radius_nearest_first(jena, jena_client):
    # given an offer in Jena and one in Weimar
    factories.offer("Praktikum Jena", employer_obj=_employer_at("Jena GmbH", JENA))
    factories.offer("Praktikum Weimar", employer_obj=_employer_at("Weimar GmbH", WEIMAR))
    near_jena = f"{JENA[0]},{JENA[1]}"
    # when searching near Jena: 10 km keeps Jena only, 25 km (default) both, nearest first
    assert _titles(jena_client, nahe=near_jena, umkreis=10) == ["Praktikum Jena"]
    assert _titles(jena_client, nahe=near_jena) == ["Praktikum Jena", "Praktikum Weimar"]


def test_offer_with_its_own_place_is_found_there(jena, jena_client):
    # given an employer in Jena whose offer takes place in Weimar
    employer = _employer_at("Jena GmbH", JENA)
    factories.offer(
        "Außeneinsatz Weimar",
        employer_obj=employer,
        location_differs=True,
        city="Weimar",
        latitude=WEIMAR[0],
        longitude=WEIMAR[1],
    )
    # then it is near Weimar, not within 5 km of Jena
    assert _titles(jena_client, nahe=f"{WEIMAR[0]},{WEIMAR[1]}", umkreis=5) == [
        "Außeneinsatz Weimar"
    ]
    assert _titles(jena_client, nahe=f"{JENA[0]},{JENA[1]}", umkreis=5) == []


def test_text_pay_and_school_level_filters(jena, jena_client):
    # given offers that differ in text, pay and school level
    gymnasium, _ = SchoolLevel.objects.get_or_create(
        slug="gymnasium", defaults={"name": "Gymnasium"}
    )
    paid = factories.offer("Ferienjob Café", pay_kind="paid")
    factories.offer("Schnuppertag Werkstatt", pay_kind="unpaid")
    paid.school_levels.add(gymnasium)
    paid.save()  # taxonomy fields are parental: saved with the offer
    # then each filter narrows as named
    assert _titles(jena_client, q="café") == ["Ferienjob Café"]
    assert _titles(jena_client, verguetung="unbezahlt") == ["Schnuppertag Werkstatt"]
    assert _titles(jena_client, schulstufe="gymnasium") == ["Ferienjob Café"]


def test_broken_parameters_are_field_errors_never_500(jena, jena_client):
    factories.offer("Praktikum (m/w/d)")
    response = jena_client.get(
        "/angebote/", {"nahe": "mitten", "umkreis": "-3", "typ": "gibt-es-nicht", "sort": "x"}
    )
    assert response.status_code == 200
    errors = response.context["filter_form"].errors
    assert set(errors) == {"nahe", "umkreis", "typ", "sort"}
    assert "Breite,Länge" in errors["nahe"][0]
    # the broken filters filter nothing: the offer is still listed
    assert [o.title for o in response.context["offers"]] == ["Praktikum (m/w/d)"]


def test_radius_without_a_place_names_the_field(jena, jena_client):
    response = jena_client.get("/angebote/", {"umkreis": "10"})
    assert response.status_code == 200
    assert response.context["filter_form"].errors["umkreis"] == [
        "Ein Umkreis braucht einen Ort oder deinen Standort."
    ]


def test_home_quick_search_offers_type_field_and_place(jena, jena_client):
    factories.offer_type("schuelerpraktikum", "Schülerpraktikum")
    factories.offer("Praktikum (m/w/d)")
    html = jena_client.get("/").content.decode()
    assert 'name="typ"' in html
    assert 'name="berufsfeld"' in html
    assert "data-near-me" in html
    assert '<option value="schuelerpraktikum">Schülerpraktikum</option>' in html
