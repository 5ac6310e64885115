"""Search snippets end at a word with an ellipsis where the text was cut (issue 19)."""

from django.utils import timezone

from search import snippets
from search.backends import es_query, write_targets
from search.documents import SearchDocument
from search.query import SearchQuery, search

LONG_BODY = (
    "Im ersten Jahr lernst du die Werkstatt kennen und arbeitest an kleinen Aufträgen mit. "
    "Danach baust du Schaltschränke nach Plan, prüfst Anlagen und dokumentierst jede Messung. "
    "Zum Schluss betreust du eigene Baustellen gemeinsam mit deinem Team. "
    "Die Berufsschule liegt in der Innenstadt und ist mit der Straßenbahn gut zu erreichen. "
    "Wir zahlen die Fahrkarte und das Werkzeug, und nach der Prüfung bleibst du gern bei uns."
)


def _index_long_offer():
    doc = SearchDocument(
        region="jena", region_name="Jena", kind="offer", object_id=99,
        title="Ausbildung Elektroniker:in Gebäudetechnik", url="/angebote/elektroniker/",
        body=LONG_BODY, published_at=timezone.now(),
    )  # fmt: skip
    for target in write_targets():
        target.upsert([doc])
        if hasattr(target, "refresh"):
            target.refresh()


def test_shorten_cuts_after_the_last_whole_word_and_adds_an_ellipsis():
    # given a text longer than the snippet length
    text = "Schnuppertag in der Gemeinschaftsschule " * 10
    # when
    short = snippets.shorten(text, limit=50)
    # then the cut falls between words and is marked
    assert short == "Schnuppertag in der Gemeinschaftsschule …"


def test_shorten_keeps_a_short_text_whole_and_squashes_whitespace():
    assert snippets.shorten("Pakete  packen\nim Sommer.", limit=50) == "Pakete packen im Sommer."


def test_shorten_drops_a_dangling_comma_before_the_ellipsis():
    assert snippets.shorten("Brot, Brötchen, Kuchen, Torten", limit=16) == "Brot, Brötchen …"


def test_shorten_cuts_one_giant_word_at_the_limit():
    assert snippets.shorten("A" * 30, limit=10) == "AAAAAAAAAA …"


def test_mark_cuts_adds_ellipses_only_where_the_text_goes_on():
    start, end = LONG_BODY[:80], LONG_BODY[-80:]
    middle = "Danach baust du Schaltschränke nach Plan"
    first = "Im ersten Jahr lernst du die Werkstatt kennen"
    last = "nach der Prüfung bleibst du gern bei uns."
    assert snippets.mark_cuts(middle, middle, start, end) == f"… {middle} …"
    assert snippets.mark_cuts(first, first, start, end) == f"{first} …"
    assert snippets.mark_cuts(last, last, start, end) == f"… {last}"
    whole = "Pakete packen im Sommer."
    assert snippets.mark_cuts(whole, whole, whole, whole) == whole


def test_postgres_snippet_without_query_ends_at_a_word_with_an_ellipsis(backend):
    # given an offer whose text is longer than a snippet
    _index_long_offer()
    # when the newest offers are listed without a search word
    result = search(SearchQuery(kinds=["offer"], sort="date", regions=["jena"]))
    hit = next(h for h in result.results if h.key == "jena:offer:99")
    # then the snippet is the start of the text, cut after a whole word, with an ellipsis
    assert hit.snippet.endswith(" …")
    assert LONG_BODY.startswith(hit.snippet[:-2])
    assert LONG_BODY[len(hit.snippet) - 2] == " "
    assert len(hit.snippet) <= snippets.LENGTH + 2


def test_highlighted_snippet_marks_where_the_text_was_cut(backend):
    # given an offer whose text is longer than a snippet
    _index_long_offer()
    # when a word from its middle is searched
    result = search(SearchQuery(q="Straßenbahn", regions=["jena"]))
    hit = next(h for h in result.results if h.key == "jena:offer:99")
    # then the excerpt shows the match and is marked as cut before and after
    assert "<mark>Straßenbahn</mark>" in hit.snippet
    assert hit.snippet.startswith("… ")
    assert hit.snippet.endswith(" …")


def test_elasticsearch_hit_without_highlight_shows_the_cut_start(settings):
    settings.PUBLIC_PORT = 8000
    raw = [{"_score": 1.0, "_source": {
        "key": "jena:offer:99", "region": "jena", "kind": "offer", "object_id": 99,
        "title": "Ausbildung", "url": "/angebote/elektroniker/", "body": LONG_BODY,
    }}]  # fmt: skip
    [hit] = es_query.hits(raw, SearchQuery(), {"jena": "jena.localhost"})
    assert hit.snippet == snippets.shorten(LONG_BODY)
    assert hit.snippet.endswith(" …")


def test_elasticsearch_fragments_get_ellipses_where_the_text_goes_on(settings):
    settings.PUBLIC_PORT = 8000
    fragment = "Die Berufsschule liegt in der Innenstadt und ist mit der <mark>Straßenbahn</mark>"
    raw = [{"_score": 1.0, "highlight": {"body": [fragment]}, "_source": {
        "key": "jena:offer:99", "region": "jena", "kind": "offer", "object_id": 99,
        "title": "Ausbildung", "url": "/angebote/elektroniker/", "body": LONG_BODY,
    }}]  # fmt: skip
    [hit] = es_query.hits(raw, SearchQuery(q="Straßenbahn"), {"jena": "jena.localhost"})
    assert hit.snippet == f"… {fragment} …"


def test_elasticsearch_highlighter_ends_fragments_at_words_and_fills_no_match():
    body = es_query.HIGHLIGHT["fields"]["body"]
    assert (body["boundary_scanner"], body["no_match_size"]) == ("sentence", snippets.LENGTH)
