"""Search alerts keep the filter "English spoken" (?arbeitssprache=en, issue 20): the alert
describes it and its digest lists only offers where English is spoken."""

from django.utils import timezone

from einblick.engagement import alerts
from tests import factories


def test_alert_keeps_the_languages_describes_them_and_matches_only_those_offers(jena):
    # given an English-speaking and a German-only offer, published just now
    since = timezone.now() - timezone.timedelta(minutes=5)
    for title, languages in (("Praktikum IT-Support", ["de", "en"]), ("Praktikum IT-Büro", ["de"])):
        factories.offer(title, live=False, work_languages=languages).save_revision().publish()
    # when the search page's alert form sends the filter (several languages kept)
    query = alerts.normalise(_post({"q": ["IT"], "arbeitssprache": ["en", "pl"]}))
    # then the alert holds both languages, names them and finds only the English offer
    assert query == {"q": ["IT"], "arbeitssprache": ["en", "pl"]}
    assert alerts.describe(query) == "Sprache am Arbeitsplatz: Englisch, Polnisch · „IT“"
    found = alerts.new_offers(query, since, timezone.now() + timezone.timedelta(minutes=1))
    assert [offer.title for offer in found] == ["Praktikum IT-Support"]


def test_alert_with_an_unknown_language_is_refused_with_the_field_named(jena):
    query = alerts.normalise(_post({"arbeitssprache": ["xx"]}))
    try:
        alerts.check(query)
    except alerts.BadQuery as exc:
        assert str(exc).startswith("Sprache am Arbeitsplatz:")
    else:
        raise AssertionError("an unknown language must be refused")


def _post(values):
    from django.http import QueryDict

    data = QueryDict(mutable=True)
    for name, items in values.items():
        data.setlist(name, items)
    return data
