"""Typo tolerance: the closest known word by Damerau–Levenshtein distance.

Candidates come from the index vocabulary (PostgreSQL trigram index, per region) and the
search lexicon; the edit distance (optimal string alignment: a swapped pair of letters counts
once) decides, the trigram similarity breaks ties. Umlaut spellings are already equal after
`search.text.normalize` (Gärtner = Gaertner = gartner).
"""

from __future__ import annotations

from dataclasses import dataclass


def distance(a: str, b: str) -> int:
    """Damerau–Levenshtein distance (optimal string alignment)."""
    if a == b:
        return 0
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


_SOUNDS = (("ph", "f"), ("th", "t"), ("ck", "k"), ("dt", "t"), ("tz", "z"), ("y", "i"), ("v", "f"))


def sound(word: str) -> str:
    """A rough spelling-by-ear key: Physiotherapie and Fisiotherapie sound alike."""
    for written, heard in _SOUNDS:
        word = word.replace(written, heard)
    return word


def allowed(word: str) -> int:
    """Edits tolerated for a word of this length (short words are easily something else)."""
    return 0 if len(word) < 4 else 1 if len(word) <= 5 else 2


@dataclass(frozen=True)
class Candidate:
    term: str  # normalised
    display: str  # as written in a document
    similarity: float = 0.0


def merged(candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per word: the written form with umlauts (Gärtner, not Gaertner)."""
    out: dict[str, Candidate] = {}
    for c in candidates:
        seen = out.get(c.term)
        if seen is None:
            out[c.term] = c
            continue
        display = c.display if seen.display.isascii() and not c.display.isascii() else seen.display
        out[c.term] = Candidate(c.term, display, max(c.similarity, seen.similarity))
    return list(out.values())


def best(word: str, candidates: list[Candidate]) -> Candidate | None:
    """The nearest candidate within the allowed distance, or None."""
    limit = allowed(word)
    scored = []
    for c in merged(candidates):
        if c.term == word or abs(len(c.term) - len(word)) > limit + 1:
            continue
        d = min(distance(word, c.term), distance(sound(word), sound(c.term)))
        if d <= limit:
            scored.append((d, -c.similarity, len(c.term), c.term, c))
    return min(scored)[-1] if scored else None
