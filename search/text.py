"""German text handling shared by indexing and querying (PostgreSQL backend).

The same normalisation runs in Python (queries, vocabulary) and in SQL (the function
`einblick_search_norm`, migration 0002) so that both sides of a match agree:
lower case, gender suffixes dropped (Fachangestellte:r → fachangestellte), transliterated
umlauts folded like Lucene's German normalisation (Baecker → backer, Bäcker → backer), ß → ss,
remaining accents removed.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"

_GENDER = re.compile(r"(?:[:*_](?:innen|in|r|n)|/-?(?:innen|in))\b")
_AE_OE = re.compile(r"([ao])e")
_UE = re.compile(r"(^|[^aeiouq])ue")
_WORD = re.compile(r"[a-z0-9]+")
# Heads that add nothing to what a student looks for: "Ausbildungsplatz" means "Ausbildung".
WEAK_HEADS = {"platz", "platze", "stelle", "stellen", "angebot", "angebote", "moglichkeit"}


def normalize(text: str) -> str:
    """Mirror of SQL `einblick_search_norm` (tests/search/test_text.py keeps them equal)."""
    text = (text or "").lower()
    text = _GENDER.sub("", text)
    text = _AE_OE.sub(r"\1", text)
    text = _UE.sub(r"\1u", text)
    text = text.replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    return _WORD.findall(normalize(text))


@functools.cache
def compound_parts() -> frozenset[str]:
    """The shipped word list of compound parts (also the ES dictionary decompounder's list)."""
    lines = (DATA_DIR / "compound_parts.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(
        normalize(line.strip()) for line in lines if line.strip() and not line.startswith("#")
    )


def raw_compound_parts() -> list[str]:
    lines = (DATA_DIR / "compound_parts.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip().lower() for line in lines if line.strip() and not line.startswith("#")]


_LINKS = ("", "s", "es", "n", "en")
_ENDINGS = ("", "e", "en", "n", "s", "es", "er", "ern")  # inflection of the last part


@functools.lru_cache(maxsize=20_000)
def split_compound(word: str) -> tuple[str, ...] | None:
    """Split a normalised word into known parts, e.g. ausbildungsplatz → (ausbildung, platz).

    Pragmatic dictionary-based decompounding: every part must be in the shipped list, parts may
    be joined by a linking element (Fugen-s, -n, -en, -es). Returns None when no split exists.
    """
    parts = compound_parts()
    best: tuple[str, ...] | None = None

    def walk(rest: str, acc: tuple[str, ...]):
        nonlocal best
        if not rest:
            if len(acc) > 1 and (best is None or len(acc) < len(best)):
                best = acc
            return
        for end in range(len(rest), 2, -1):
            head = rest[:end]
            if head not in parts:
                continue
            tail = rest[end:]
            if tail in _ENDINGS and acc:
                walk("", (*acc, head))
                continue
            for link in _LINKS:
                if tail.startswith(link) and len(tail) - len(link) >= 3:
                    walk(tail[len(link) :], (*acc, head))

    if len(word) >= 6:
        walk(word, ())
    return best


def decompounded_text(*texts: str) -> str:
    """Parts of every compound word in the texts, indexed with low weight ("Platz" finds
    "Ausbildungsplatz")."""
    out: list[str] = []
    seen: set[str] = set()
    for text in texts:
        for word in words(text):
            if word in seen:
                continue
            seen.add(word)
            split = split_compound(word)
            if split:
                out.extend(split)
    return " ".join(out)


def _atom(word: str) -> str:
    return f"'{word}':*" if len(word) >= 3 else f"'{word}'"


def _alternative(phrase: tuple[str, ...], exact_short: bool = False) -> str:
    """An alternative's words, all required; prefix matching (lexicon expansions with
    `exact_short`: only for words of 6+ letters, so "Holz" does not find "Holzland")."""
    atoms = [f"'{w}'" if exact_short and len(w) < 6 else _atom(w) for w in phrase]
    return atoms[0] if len(atoms) == 1 else "(" + " & ".join(atoms) + ")"


def query_groups(text: str, synonyms: dict[tuple[str, ...], list[tuple[str, ...]]]) -> list[list]:
    """Split a query into AND-groups of OR-alternatives (each alternative a word tuple)."""
    # single letters ("m/w/d", initials) carry no meaning and never match the parser's tokens
    tokens = [w for w in words(text) if len(w) > 1]
    groups: list[list[tuple[str, ...]]] = []
    longest = max((len(k) for k in synonyms), default=1)
    i = 0
    while i < len(tokens):
        matched = None
        for size in range(min(longest, len(tokens) - i), 0, -1):
            span = tuple(tokens[i : i + size])
            if span in synonyms:
                matched = span
                break
        span = matched or (tokens[i],)
        alternatives = alternatives_for(span, synonyms)
        groups.append(alternatives)
        i += len(span)
    return groups


def alternatives_for(
    span: tuple[str, ...], synonyms: dict[tuple[str, ...], list[tuple[str, ...]]]
) -> list[tuple[str, ...]]:
    """The span itself, its synonyms, a form without plural -s ("Autos" → "auto", whose
    family then applies) and, for one word, its compound parts."""
    alternatives: list[tuple[str, ...]] = [span]
    keys = [span]
    word = span[-1]
    if word.endswith("s") and not word.endswith("ss") and len(word) >= 5:
        keys.append((*span[:-1], word[:-1]))
    for key in keys:
        for alt in (key, *synonyms.get(key, [])):
            if alt not in alternatives:
                alternatives.append(alt)
    if len(span) == 1:
        parts = split_compound(span[0])
        if parts:
            alternatives.append(parts)
            if parts[-1] in WEAK_HEADS and parts[:-1]:
                alternatives.append(parts[:-1])
                alternatives.extend(synonyms.get(parts[:-1], []))
    return alternatives


def tsquery_text(groups: list[list[tuple[str, ...]]], any_group: bool = False) -> str:
    """A `to_tsquery` string: groups joined by & (| with `any_group`), alternatives by |,
    with prefix matching."""
    rendered = []
    for alternatives in groups:
        alts = [_alternative(a, exact_short=n > 0) for n, a in enumerate(alternatives) if a]
        if alts:
            rendered.append("(" + " | ".join(alts) + ")")
    return (" | " if any_group else " & ").join(rendered)


def parse_synonym_line(line: str) -> list[tuple[str, ...]]:
    """ "Lehre, Ausbildung" → [("lehre",), ("ausbildung",)] (also accepts ~ and ;)."""
    terms = [t.strip() for t in re.split(r"[,;~\n]", line) if t.strip()]
    out = []
    for term in terms:
        w = tuple(words(term))
        if w and w not in out:
            out.append(w)
    return out


def synonym_map(lines: list[str]) -> dict[tuple[str, ...], list[tuple[str, ...]]]:
    mapping: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for line in lines:
        group = parse_synonym_line(line)
        for term in group:
            bucket = mapping.setdefault(term, [])
            for other in group:
                if other != term and other not in bucket:
                    bucket.append(other)
    return mapping
