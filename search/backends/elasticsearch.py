"""Elasticsearch 9 backend: one index behind an alias, documents "{region}:{kind}:{pk}".

Zero-downtime reindex: a full rebuild fills a new index and swaps the alias atomically.
Spelling ("did you mean") reuses the vocabulary table that PostgreSQL always keeps, so both
backends suggest the same words. Index definition: `es_index`; request bodies and response
parsing: `es_query`; document sources and the rebuild writer: `es_writer`.
"""

from __future__ import annotations

from dataclasses import replace

from django.conf import settings
from django.utils import timezone

from .. import answering
from ..documents import SearchDocument
from ..query import SearchHit, SearchQuery, SearchResult
from ..understanding import QueryPlan
from . import es_query, region_hosts
from .es_index import SYNONYMS_SET, index_settings, mappings, synonym_rules
from .es_writer import RebuildWriter, source
from .facets import labelled


class ElasticsearchBackend:
    name = "elasticsearch"

    def __init__(self, url: str, alias: str, timeout: float = 5.0):
        from elasticsearch import Elasticsearch

        self.alias = alias
        self.client = Elasticsearch(url, request_timeout=timeout, max_retries=1)

    @classmethod
    def from_settings(cls) -> ElasticsearchBackend:
        url = getattr(settings, "ELASTICSEARCH_URL", "")
        if not url:
            raise RuntimeError("SEARCH_BACKEND=elasticsearch needs ELASTICSEARCH_URL")
        alias = getattr(settings, "SEARCH_ES_INDEX", "einblick-search")
        return cls(url, alias, getattr(settings, "SEARCH_ES_TIMEOUT", 5.0))

    # --- index management -------------------------------------------------------------
    def sync_synonyms(self) -> None:
        from ..synonyms import all_synonym_lines

        rules = synonym_rules(all_synonym_lines()) or [{"id": "rule-0", "synonyms": "azubi, azubi"}]
        self.client.synonyms.put_synonym(id=SYNONYMS_SET, synonyms_set=rules)

    def create_index(self) -> str:
        name = f"{self.alias}-{timezone.now():%Y%m%d%H%M%S%f}"
        self.sync_synonyms()
        self.client.indices.create(index=name, settings=index_settings(), mappings=mappings())
        return name

    def ensure_index(self) -> None:
        if not self.client.indices.exists_alias(name=self.alias):
            name = self.create_index()
            self.client.indices.update_aliases(
                actions=[{"add": {"index": name, "alias": self.alias}}]
            )

    def swap_alias(self, new_index: str) -> None:
        old = []
        if self.client.indices.exists_alias(name=self.alias):
            old = list(self.client.indices.get_alias(name=self.alias).keys())
        actions = [{"remove": {"index": i, "alias": self.alias}} for i in old]
        actions.append({"add": {"index": new_index, "alias": self.alias}})
        self.client.indices.update_aliases(actions=actions)  # atomic
        for index in old:
            if index != new_index:
                self.client.indices.delete(index=index)

    def refresh(self) -> None:
        self.client.indices.refresh(index=self.alias)

    def create_fresh_index_for_tests(self) -> None:
        self.drop_test_index()
        self.swap_alias(self.create_index())

    def drop_test_index(self) -> None:
        if self.client.indices.exists_alias(name=self.alias):
            for index in self.client.indices.get_alias(name=self.alias):
                self.client.indices.delete(index=index)

    # --- writes -------------------------------------------------------------------------
    def _bulk(self, actions: list[dict], index: str | None = None) -> None:
        from elasticsearch import helpers

        if not actions:
            return
        target = index or self.alias
        for a in actions:
            a["_index"] = target
        # deleting what is already gone is fine (404); every other error raises
        helpers.bulk(self.client, actions, refresh=False, ignore_status=(404,))

    def upsert(self, docs: list[SearchDocument], index: str | None = None) -> None:
        if index is None:
            self.ensure_index()
        self._bulk([{"_id": d.key, "_source": source(d)} for d in docs], index)

    def delete(self, keys: list[str]) -> None:
        if keys:
            self.ensure_index()
            self._bulk([{"_op_type": "delete", "_id": k} for k in keys])

    def delete_region(self, region: str) -> None:
        self.client.delete_by_query(
            index=self.alias, query={"term": {"region": region}}, conflicts="proceed"
        )

    def purge_expired(self) -> list[str]:
        self.client.delete_by_query(
            index=self.alias, query={"range": {"expires_at": {"lte": "now"}}}, conflicts="proceed"
        )
        return []

    def rebuild_writer(self, full: bool) -> RebuildWriter:
        return RebuildWriter(self, full)

    # --- queries ------------------------------------------------------------------------
    def search(self, query: SearchQuery) -> SearchResult:
        return answering.answer(self, query)

    def execute(
        self, query: SearchQuery, plan: QueryPlan, nothing: bool = False, count_only: bool = False
    ) -> SearchResult:
        """One search for a query plan (search.answering decides which plans to try)."""
        if count_only:
            query = replace(query, with_facets=False, page=1, page_size=1)
        request = es_query.search_request(query, plan, nothing=nothing)
        response = self.client.search(index=self.alias, **request)
        aggs = response.get("aggregations") or {}
        return SearchResult(
            count=response["hits"]["total"]["value"],
            results=es_query.hits(response["hits"]["hits"], query, region_hosts()),
            facets=labelled(es_query.facet_counts(aggs)) if query.with_facets else {},
            backend_used=self.name,
            page=query.page,
            page_size=query.page_size,
        )

    def present(self, query: SearchQuery, plan: QueryPlan) -> list[bool]:
        response = self.client.search(index=self.alias, **es_query.presence_request(query, plan))
        buckets = response["aggregations"]["groups"]["buckets"]
        return [buckets[f"g{n}"]["doc_count"] > 0 for n in range(len(plan.groups))]

    def spelling_candidates(self, word: str, regions: list[str] | None):
        # the vocabulary table PostgreSQL always keeps: both backends suggest the same words
        from .postgres import PostgresBackend

        return PostgresBackend().spelling_candidates(word, regions)

    def is_known(self, word: str, regions: list[str] | None) -> bool:
        from .postgres import PostgresBackend

        return PostgresBackend().is_known(word, regions)

    def counts(self, regions: list[str]) -> dict[tuple[str, str], int]:
        response = self.client.search(index=self.alias, **es_query.counts_request(regions))
        return es_query.counts(response)

    def latest(self, kind: str, regions: list[str], limit: int) -> list[SearchHit]:
        query = SearchQuery(
            regions=list(regions), kinds=[kind], sort="date", page_size=limit, with_facets=False
        )
        request = es_query.search_request(query, QueryPlan())
        response = self.client.search(index=self.alias, **request)
        return es_query.hits(response["hits"]["hits"], query, region_hosts())

    def suggest(self, q: str, regions: list[str] | None, limit: int = 8) -> list[str]:
        parts = q.split()
        if not parts or len(parts[-1]) < 2:
            return []
        response = self.client.search(
            index=self.alias, **es_query.suggest_request(parts[-1], regions, limit)
        )
        return es_query.suggestions(response, " ".join(parts[:-1]), limit)
