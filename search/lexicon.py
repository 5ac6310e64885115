"""The search lexicon: occupation families, synonyms and everyday intents.

The entries are maintained in the shared taxonomies (`einblick.taxonomy`, data file
`search_lexicon.json`, editable in the platform admin) and handed to search through
`registry.register_lexicon_provider`, so search imports no domain model. Both backends read the
lexicon through this module: PostgreSQL expands the tsquery, Elasticsearch gets the same
synonym rules (`synonym_lines`) and the same intent filters (`search.understanding`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import text
from .cache import cached, forget

CACHE_KEY = "search:lexicon"
TTL = 60.0


@dataclass(frozen=True)
class Concept:
    slug: str
    label: str
    kind: str  # "synonyms" | "intent"
    phrases: tuple[tuple[str, ...], ...]  # normalised word tuples that trigger the concept
    narrower: tuple[tuple[str, ...], ...] = ()  # found as well, but do not trigger it
    offer_types: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    boost_terms: tuple[tuple[str, ...], ...] = ()
    label_en: str = ""  # shown on English pages and in the English API; "" = German label


@dataclass
class Lexicon:
    concepts: list[Concept] = field(default_factory=list)

    def __post_init__(self):
        self.by_phrase: dict[tuple[str, ...], list[Concept]] = {}
        for concept in self.concepts:
            for phrase in concept.phrases:
                self.by_phrase.setdefault(phrase, []).append(concept)
        self.longest = max((len(p) for p in self.by_phrase), default=1)

    displays: dict[str, str] = field(default_factory=dict)  # normalised word → as written

    @property
    def vocabulary(self) -> dict[str, str]:
        """Every word of 4+ letters of every phrase, normalised → as written (typo
        correction knows these too)."""
        return {w: d for w, d in self.displays.items() if len(w) >= 4}

    def synonym_map(self) -> dict[tuple[str, ...], list[tuple[str, ...]]]:
        """Phrase → alternatives (other phrases of its families, then narrower terms)."""
        mapping: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
        for concept in self.concepts:
            if concept.kind != "synonyms":
                continue
            for phrase in concept.phrases:
                bucket = mapping.setdefault(phrase, [])
                for other in (*concept.phrases, *concept.narrower):
                    if other != phrase and other not in bucket:
                        bucket.append(other)
        return mapping

    def synonym_lines(self) -> list[str]:
        """Elasticsearch rules: "a, b, c" (equivalent) and "a, b => a, b, x" (narrower)."""
        lines = []
        for concept in self.concepts:
            if concept.kind != "synonyms" or not concept.phrases:
                continue
            phrases = [" ".join(p) for p in concept.phrases]
            if concept.narrower:
                narrower = [" ".join(p) for p in concept.narrower]
                lines.append(", ".join(phrases) + " => " + ", ".join(phrases + narrower))
            elif len(phrases) > 1:
                lines.append(", ".join(phrases))
        return lines


def _phrases(values) -> tuple[tuple[str, ...], ...]:
    out = []
    for value in values or []:
        words = tuple(text.words(str(value)))
        if words and words not in out:
            out.append(words)
    return tuple(out)


def concept_from(entry: dict) -> Concept:
    return Concept(
        slug=entry["slug"],
        label=entry.get("name") or entry["slug"],
        kind=entry.get("kind") or "synonyms",
        phrases=_phrases(entry.get("phrases")),
        narrower=_phrases(entry.get("narrower_terms")),
        offer_types=tuple(entry.get("offer_types") or ()),
        fields=tuple(entry.get("occupational_fields") or ()),
        target_groups=tuple(entry.get("target_groups") or ()),
        boost_terms=_phrases(entry.get("boost_terms")),
        label_en=entry.get("name_en") or "",
    )


def _displays(entries: list[dict]) -> dict[str, str]:
    """Normalised word → its written form (the one with umlauts where there are several)."""
    out: dict[str, str] = {}
    for entry in entries:
        for value in (*(entry.get("phrases") or []), *(entry.get("narrower_terms") or [])):
            for written in re.findall(r"[^\W\d_]+", str(value)):
                for word in text.words(written):
                    if word not in out or (written.isascii() is False and out[word].isascii()):
                        out[word] = written
    return out


def build(entries: list[dict]) -> Lexicon:
    concepts = [concept_from(e) for e in entries if e.get("phrases")]
    return Lexicon(concepts, _displays(entries))


def lexicon() -> Lexicon:
    """The current lexicon (cached platform-wide; cleared when an entry is saved)."""
    from .registry import lexicon_entries

    return cached(CACHE_KEY, lambda: build(lexicon_entries()), TTL)


def invalidate(**_kwargs) -> None:
    forget(CACHE_KEY)
    forget("search:synonym-map")
