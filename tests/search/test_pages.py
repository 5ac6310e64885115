"""The /suche/ page on region portals and on the cross-region portal."""


def test_region_page_lists_only_region_results_with_widen_option(pg_corpus, jena_client):
    response = jena_client.get("/suche/", {"q": "Praktikum"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Praktikum als Bäcker:in (m/w/d)" in html
    assert "Praktikum im Hotel an der Ilm" not in html
    assert 'name="scope" value="all"' in html
    assert "In allen Regionen suchen" in html


def test_region_page_widened_shows_other_regions_named(pg_corpus, jena_client):
    response = jena_client.get("/suche/", {"q": "Praktikum", "scope": "all"})
    html = response.content.decode()
    assert "Praktikum im Hotel an der Ilm" in html
    assert "Region Weimar" in html
    assert 'href="http://weimar.localhost:8000/angebote/praktikum-hotel/"' in html


def test_portal_page_searches_all_regions(pg_corpus, portal_client):
    response = portal_client.get("/suche/", {"q": "Praktikum"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Suche in allen Regionen" in html
    assert "Region Jena" in html and "Region Weimar" in html
    assert 'name="scope"' not in html


def test_page_shows_did_you_mean(pg_corpus, portal_client):
    html = portal_client.get("/suche/", {"q": "Mechatroniler"}).content.decode()
    assert "Keine Treffer für „Mechatroniler“" in html
    assert 'Ergebnisse für <a href="?q=Mechatroniker">Mechatroniker</a>' in html


def test_page_bad_parameter_is_a_400_with_message(pg_corpus, portal_client):
    response = portal_client.get("/suche/", {"q": "Bäcker", "umkreis": "abc", "nahe": "1,1"})
    assert response.status_code == 400
    assert "Bitte eine Zahl in Kilometern angeben" in response.content.decode()


def test_empty_page_shows_the_form_only(db, portal_client):
    response = portal_client.get("/suche/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="search"' in html
    assert "search-results" not in html


def test_town_list_is_scoped_to_the_region_and_drives_the_distance_filter(pg_corpus, jena_client):
    # given Jena's towns from transfer_kit/data/thuringia_towns.json
    from search.towns import towns_for

    names = [t["name"] for t in towns_for("jena")]
    assert "Jena" in names and "Weimar" not in names
    # when a town is chosen
    response = jena_client.get("/suche/", {"ort": "Jena", "umkreis": "5", "sort": "distance"})
    html = response.content.decode()
    # then results are sorted by distance from it
    assert response.status_code == 200
    assert '<option value="Jena" selected>Jena</option>' in html
    assert html.index("Praktikum als Bäcker:in") < html.index("Ausbildung Kfz-Mechatroniker:in")
    assert "km entfernt" in html


def test_unknown_town_is_a_clear_error(pg_corpus, jena_client):
    response = jena_client.get("/suche/", {"ort": "Atlantis"})
    assert response.status_code == 400
    assert "Den Ort „Atlantis“ kennen wir nicht." in response.content.decode()


def test_old_english_names_still_work_and_errors_name_them(pg_corpus, jena_client):
    response = jena_client.get("/suche/", {"town": "Jena", "radius_km": "5", "sort": "distance"})
    html = response.content.decode()
    assert response.status_code == 200
    assert '<option value="Jena" selected>Jena</option>' in html
    assert html.index("Praktikum als Bäcker:in") < html.index("Ausbildung Kfz-Mechatroniker:in")
    bad = jena_client.get("/suche/", {"q": "Bäcker", "radius_km": "abc", "near": "1,1"})
    assert bad.status_code == 400
    assert "(radius_km): Bitte eine Zahl in Kilometern angeben" in bad.content.decode()


def test_facets_and_paging_links_use_the_german_names(pg_corpus, jena_client):
    # given a search sent with the former English filter name
    params = {"q": "Ausbildung", "type": "ausbildung", "page_size": "1", "scope": "all"}
    # when the page is shown
    html = jena_client.get("/suche/", params).content.decode()
    # then the facet checkboxes and the paging link speak German
    assert 'name="typ" value="ausbildung" checked' in html
    assert 'name="berufsfeld" value="elektro"' in html
    assert 'name="type"' not in html and 'name="field"' not in html
    assert (
        'href="?q=Ausbildung&amp;typ=ausbildung&amp;page_size=1&amp;scope=all&amp;page=2"' in html
    )
    assert 'name="nahe"' in html and 'name="umkreis"' in html and 'name="ort"' in html


def test_widen_link_uses_the_german_names(pg_corpus, jena_client):
    html = jena_client.get("/suche/", {"q": "Hotel", "type": "praktikum"}).content.decode()
    assert '<a href="?q=Hotel&amp;typ=praktikum&amp;scope=all">In allen Regionen suchen</a>' in html


def test_filters_sit_in_the_offer_lists_panel_with_the_active_count(pg_corpus, jena_client):
    # given a search with an offer type and a town chosen
    response = jena_client.get("/suche/", {"q": "Praktikum", "typ": "praktikum", "ort": "Jena"})
    html = response.content.decode()
    # then the filters are the offer list's panel: one "Filter" button naming two active filters
    assert response.status_code == 200
    assert 'class="filter-panel" data-disclosure' in html
    assert (
        'aria-controls="search-filters" data-disclosure-toggle hidden>Filter (2 aktiv)</button>'
        in html
    )
    # and the facet groups are collapsed, except the one with a chosen value
    assert html.count('<details class="filters__group" open>') == 1
    assert '<details class="filters__group">' in html
    assert '<a class="button button--secondary" href="?q=Praktikum">Filter zurücksetzen</a>' in html


def test_without_filters_the_button_names_no_count_and_offers_no_reset(pg_corpus, jena_client):
    html = jena_client.get("/suche/", {"q": "Praktikum"}).content.decode()
    assert "data-disclosure-toggle hidden>Filter</button>" in html
    assert "Filter zurücksetzen" not in html
    assert '<details class="filters__group" open>' not in html


def test_region_search_offers_an_alert_for_its_words_and_filters(pg_corpus, jena_client):
    # given a search on the Jena host with words and a filter
    response = jena_client.get("/suche/", {"q": "Praktikum", "typ": "praktikum"})
    html = response.content.decode()
    # then the "Benachrichtige mich" form carries both as hidden fields and sets no cookie
    assert response.cookies == {}
    alert = html.split('id="benachrichtigung"')[1]
    assert "Benachrichtige mich bei neuen Treffern" in alert
    assert '<input type="hidden" name="source" value="search">' in alert
    assert '<input type="hidden" name="q" value="Praktikum">' in alert
    assert '<input type="hidden" name="typ" value="praktikum">' in alert
    assert 'action="/benachrichtigungen/#benachrichtigung"' in alert


def test_portal_search_offers_a_portal_alert_but_a_widened_region_search_none(
    pg_corpus, jena_client, portal_client
):
    # the portal's alerts live in the public schema (docs/adr/0012-portal-alerts.md); a
    # region host's widened search would need a cross-region alert in a region schema
    portal = portal_client.get("/suche/", {"q": "Praktikum"}).content.decode()
    widened = jena_client.get("/suche/", {"q": "Praktikum", "scope": "all"}).content.decode()
    assert 'action="/benachrichtigungen/#benachrichtigung"' in portal
    assert 'id="benachrichtigung"' not in widened
