"""Relevance on the demo data: the judged collection (tests/search/judged.py) must not drop.

Thresholds sit a little below the figures measured when the collection was written
(`make bench` prints them: tests/benchmarks/test_search_quality.py)."""

from tests.search.demo_eval import load_indexed_demo, run
from tests.search.judged import COLLECTION, evaluate


def test_judged_collection_meets_its_thresholds(taxonomies, jena_region, weimar_region, settings):
    # given the demo content of both regions in the PostgreSQL index
    settings.SEARCH_BACKEND = "postgres"
    docs = load_indexed_demo([jena_region, weimar_region])
    # when every judged query is asked on the portal (all regions)
    scores = evaluate(run, docs)
    ndcg, recall, mrr, honest, graded, honest_count = scores["all"].row()
    # then
    assert (graded, honest_count) == (64, 4)
    assert len(COLLECTION) == 68
    assert ndcg >= 0.78, scores["all"].row()
    assert recall >= 0.74, scores["all"].row()
    assert mrr >= 0.88, scores["all"].row()
    assert honest == 1.0, scores["all"].row()
    assert scores["holdout"].row()[0] >= 0.70, scores["holdout"].row()
