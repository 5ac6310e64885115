"""Embeds: the frame shows the preset-filtered offers, only embed routes may be framed,
no cookie is set, another region's embed is never served, broken presets are field errors."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django_tenants.utils import tenant_context

from einblick.reach.models import Embed
from tests import factories
from tests.reach.conftest import BROWSER_UA


def _frame(client, embed, **params):
    return client.get(f"/einbetten/{embed.key}/", params, HTTP_USER_AGENT=BROWSER_UA)


def _widget(**fields) -> Embed:
    types = fields.pop("offer_types", [])
    embed = Embed.objects.create(name="Widget Gymnasium", **fields)
    embed.offer_types.set(types)
    embed.save()
    return embed


def test_widget_frame_shows_the_preset_filtered_offers_through_counted_links(jena, jena_client):
    # given two Ferienjobs, a Praktikum and a draft Ferienjob, and a widget for Ferienjobs
    ferienjob = factories.offer_type("ferienjob", "Ferienjob")
    newer = factories.offer("Ferienjob Café (m/w/d)", type_obj=ferienjob)
    older = factories.offer("Ferienjob Lager (m/w/d)", type_obj=ferienjob)
    factories.offer("Praktikum Büro")
    factories.offer("Ferienjob Entwurf (m/w/d)", type_obj=ferienjob, live=False)
    embed = _widget(title="Ferienjobs in Jena", offer_types=[ferienjob], count=5)
    # when the frame is loaded from a school's page
    response = _frame(jena_client, embed, von="gymnasium.example")
    # then it lists exactly the public Ferienjobs, each linked through the click route
    html = response.content.decode()
    assert response.status_code == 200
    assert "Ferienjobs in Jena" in html
    assert [o.pk for o, _ in response.context["offers"]] == sorted([newer.pk, older.pk])[::-1]
    assert "Praktikum Büro" not in html and "Entwurf" not in html
    click = reverse("embed_offer", args=[embed.key, older.pk]) + "?von=gymnasium.example"
    assert f'href="{click}"' in html


def test_widget_takes_count_and_employer_presets(jena, jena_client):
    optik = factories.employer("Optik Nord GmbH")
    for n in range(3):
        factories.offer(f"Praktikum Optik {n}", employer_obj=optik)
    factories.offer("Praktikum Bäckerei")
    embed = _widget(employer=optik, count=2)

    response = _frame(jena_client, embed)

    titles = [o.title for o, _ in response.context["offers"]]
    assert len(titles) == 2
    assert all(t.startswith("Praktikum Optik") for t in titles)


def test_only_embed_routes_may_be_framed_and_no_cookie_is_set(jena, jena_client):
    embed = _widget()

    framed = _frame(jena_client, embed)
    home = jena_client.get("/", HTTP_USER_AGENT=BROWSER_UA)

    assert "frame-ancestors *" in framed["Content-Security-Policy"]
    assert "X-Frame-Options" not in framed
    assert framed.cookies == {}
    assert "no-store" in framed["Cache-Control"]
    assert "frame-ancestors 'none'" in home["Content-Security-Policy"]
    assert home["X-Frame-Options"] == "DENY"


def test_button_frame_links_to_the_prefiltered_list(jena, jena_client):
    ferienjob = factories.offer_type("ferienjob", "Ferienjob")
    embed = _widget(kind="button", title="Ferienjobs finden", size="gross", target="liste",
                    offer_types=[ferienjob])  # fmt: skip

    response = _frame(jena_client, embed, von="schule.example")
    link = jena_client.get(f"/einbetten/{embed.key}/link/")

    html = response.content.decode()
    assert 'class="embed-button embed-button--gross"' in html
    assert f'href="/einbetten/{embed.key}/link/?von=schule.example"' in html
    assert link.status_code == 302
    assert link["Location"] == "/angebote/?typ=ferienjob"


def test_click_route_redirects_to_public_offers_only(jena, jena_client):
    embed = _widget()
    public = factories.offer("Praktikum Tischlerei")
    draft = factories.offer("Praktikum Entwurf", live=False)

    ok = jena_client.get(f"/einbetten/{embed.key}/angebot/{public.pk}/")
    missing = jena_client.get(f"/einbetten/{embed.key}/angebot/{draft.pk}/")

    assert ok.status_code == 302 and ok["Location"] == public.get_url()
    assert missing.status_code == 404
    assert "Diese Seite gibt es nicht (mehr)." in missing.content.decode()


def test_embed_of_region_a_is_not_served_on_region_b(jena_region, weimar_region, weimar_client):
    with tenant_context(jena_region):
        jena_embed = _widget()
        offer = factories.offer("Praktikum Jena")

    frame = weimar_client.get(f"/einbetten/{jena_embed.key}/")
    click = weimar_client.get(f"/einbetten/{jena_embed.key}/angebot/{offer.pk}/")

    assert frame.status_code == 404
    assert click.status_code == 404
    assert "Diese Seite gibt es nicht (mehr)." in frame.content.decode()
    with tenant_context(weimar_region):
        assert not Embed.objects.filter(key=jena_embed.key).exists()


def test_weimar_widget_never_lists_jena_offers(jena_region, weimar_region, weimar_client):
    with tenant_context(jena_region):
        factories.offer("Praktikum Jena")
    with tenant_context(weimar_region):
        factories.offer("Praktikum Weimar")
        embed = _widget()
        response = _frame(weimar_client, embed)
    assert [o.title for o, _ in response.context["offers"]] == ["Praktikum Weimar"]


def test_unknown_town_and_radius_without_town_are_field_errors(jena):
    embed = Embed(name="Widget", town="Atlantis", sort="distance")
    with pytest.raises(ValidationError) as caught:
        embed.full_clean()
    assert caught.value.message_dict["town"] == [
        "Den Ort „Atlantis“ kennen wir in dieser Region nicht."
    ]
    embed = Embed(name="Widget", radius=10)
    with pytest.raises(ValidationError) as caught:
        embed.full_clean()
    assert caught.value.message_dict == {"radius": ["Ein Umkreis braucht einen Ort."]}


def test_broken_keys_and_methods_get_german_4xx(jena, jena_client):
    embed = _widget()
    assert jena_client.get("/einbetten/keine-kennung/").status_code == 404
    assert jena_client.post(f"/einbetten/{embed.key}/").status_code == 405
    assert jena_client.get(f"/einbetten/{embed.key}/angebot/999999/").status_code == 404


def test_script_route_points_to_the_static_embed_script(jena, jena_client):
    response = jena_client.get("/einbetten/skript.js")
    assert response.status_code == 302
    assert response["Location"] == "/static/reach/embed.js"


def test_widget_events_take_kind_target_group_employer_and_town_presets(jena, jena_client):
    # given upcoming events: a fair for pupils in Jena, one in Weimar's reach only, a fair
    # for another group, a workshop, and one by another company
    from einblick.taxonomy.models import TargetGroup

    pupils, _ = TargetGroup.objects.get_or_create(slug="schueler", defaults={"name": "Schüler"})
    parents, _ = TargetGroup.objects.get_or_create(slug="eltern", defaults={"name": "Eltern"})
    optik = factories.employer("Optik Nord GmbH")
    other = factories.employer("Bäckerei Korn")

    def event(title, kind="ausbildungsmesse", group=pupils, company=optik, lat=50.93, lon=11.59):
        item = factories.event(title, kind=kind, organiser=company, latitude=lat, longitude=lon)
        item.target_groups.set([group])
        item.save()
        return item

    wanted = event("Messe Jena")
    event("Messe weit weg", lat=51.50, lon=12.40)
    event("Messe für Eltern", group=parents)
    event("Werkstatt Optik", kind="workshop")
    event("Messe Bäckerei", company=other)
    embed = _widget(content="veranstaltungen", employer=optik, town="Jena", radius=10)
    embed.event_kind = "ausbildungsmesse"
    embed.target_groups.set([pupils])
    embed.save()
    # when the frame is loaded
    response = _frame(jena_client, embed)
    # then it lists only the event matching every preset, and "more" leads to the event list
    assert [e.title for e, _ in response.context["events"]] == [wanted.title]
    assert response.context["offers"] == []
