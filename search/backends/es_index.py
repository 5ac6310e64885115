"""Elasticsearch index definition: German analyzers, mappings, the synonyms set."""

from __future__ import annotations

import re

from .. import text

SYNONYMS_SET = "einblick-synonyms"
# Gender suffixes (Fachangestellte:r, Schüler*innen) are dropped before tokenising, as in SQL.
GENDER_PATTERN = r"(?:[:*_](?:innen|in|r|n)|/-?(?:innen|in))\b"
_GENDER = re.compile(GENDER_PATTERN)


def _terms(part: str) -> list[str]:
    terms = [_GENDER.sub("", t.strip().lower()) for t in re.split(r"[,;~\n]", part)]
    return list(dict.fromkeys(t for t in terms if t))


def synonym_rules(lines: list[str]) -> list[dict]:
    """Synonym rows → Synonyms API rules, gender suffixes removed: "lehre, ausbildung"
    (equivalent) or "handwerk => handwerk, tischler" (a family with narrower terms)."""
    rules = []
    for n, line in enumerate(lines, 1):
        if "=>" in line:
            left, right = line.split("=>", 1)
            if _terms(left) and _terms(right):
                rule = ", ".join(_terms(left)) + " => " + ", ".join(_terms(right))
                rules.append({"id": f"rule-{n}", "synonyms": rule})
            continue
        terms = _terms(line)
        if len(terms) > 1:
            rules.append({"id": f"rule-{n}", "synonyms": ", ".join(terms)})
    return rules


def index_settings() -> dict:
    return {
        "number_of_shards": 1,
        "analysis": {
            "char_filter": {
                "einblick_gender": {
                    "type": "pattern_replace",
                    "pattern": GENDER_PATTERN,
                    "replacement": "",
                    "flags": "CASE_INSENSITIVE",
                }
            },
            "filter": {
                "einblick_decompound": {
                    "type": "dictionary_decompounder",
                    "word_list": sorted(text.compound_parts()),
                    "min_subword_size": 3,
                    "only_longest_match": False,
                },
                "einblick_stem": {"type": "stemmer", "language": "light_german"},
                "einblick_synonyms": {
                    "type": "synonym_graph",
                    "synonyms_set": SYNONYMS_SET,
                    "updateable": True,
                    "lenient": True,
                },
            },
            "analyzer": {
                # index time: normalise (ä/ae → a, ß → ss), split compounds, light stemming
                "einblick_de": {
                    "type": "custom",
                    "char_filter": ["einblick_gender"],
                    "tokenizer": "standard",
                    "filter": [
                        "lowercase",
                        "german_normalization",
                        "einblick_decompound",
                        "einblick_stem",
                    ],
                },
                # search time: the same plus the editable synonyms (reloaded on change)
                "einblick_de_search": {
                    "type": "custom",
                    "char_filter": ["einblick_gender"],
                    "tokenizer": "standard",
                    "filter": [
                        "lowercase",
                        "german_normalization",
                        "einblick_synonyms",
                        "einblick_stem",
                    ],
                },
                "einblick_words": {
                    "type": "custom",
                    "tokenizer": "keyword",
                    "filter": ["lowercase", "german_normalization"],
                },
            },
        },
    }


def _text() -> dict:
    return {"type": "text", "analyzer": "einblick_de", "search_analyzer": "einblick_de_search"}


def mappings() -> dict:
    keyword = {"type": "keyword"}
    return {
        "dynamic": "strict",
        "properties": {
            "key": keyword,
            "region": keyword,
            "region_name": keyword,
            "kind": keyword,
            "object_id": {"type": "long"},
            "title": _text(),
            "subtitle": _text(),
            "occupations_text": _text(),
            "body": _text(),
            "place": _text(),
            "url": {"type": "keyword", "index": False},
            "offer_type": keyword,
            "fields": keyword,
            "occupations": keyword,
            "target_groups": keyword,
            "benefits": keyword,
            "languages": keyword,
            "period_start": {"type": "date"},
            "period_end": {"type": "date"},
            "location": {"type": "geo_point"},
            "published_at": {"type": "date"},
            "expires_at": {"type": "date"},
            "extra": {"type": "object", "enabled": False},
            "suggest": {
                "type": "completion",
                "analyzer": "einblick_words",
                "contexts": [{"name": "region", "type": "category", "path": "region"}],
            },
        },
    }
