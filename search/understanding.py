"""Query understanding shared by both backends: everyday intents, families, plain words.

`understand("Taschengeld in den Osterferien")` finds the lexicon's intents ("Geld verdienen",
"in den Osterferien"): they become offer-type filters (relaxed to boosts when nothing fits),
target-group and Berufsfeld boosts and boost words, shown to the user as removable chips.
The remaining words become AND-groups of OR-alternatives (families and synonyms of the
lexicon, the editable synonym list, decompounded parts). Function words are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from . import text
from .lexicon import Concept, Lexicon

# Function words a pupil types around what they mean ("was mit Autos", "für unsere Klasse").
STOPWORDS = frozenset(
    """der die das den dem des ein eine einer einem einen eines und oder in im ins am an auf
    aus bei beim mit nach von vom vor zu zum zur fur uber unter ich du wir ihr sie es er man
    mein meine meinen meiner unsere unser unseren unserer euer eure was wo wie wer etwas ganz
    gerne gern mal bitte suche suchen such mochte will wollen kann konnen irgendwas irgendwo
    irgendein irgendeine hier dort sowas so als auch noch oder sich mich mir dich dir uns
    ab bis fuer""".split()
) | frozenset(
    # English ones ("an internship in IT for students"): the English portal's queries
    """the for with of and near my some any looking find""".split()
)
_ENDINGS = ("s", "n", "en", "e", "er", "es", "ern")


@dataclass(frozen=True)
class Intent:
    slug: str
    label: str
    phrase: str  # as the user typed it
    offer_types: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    boost_terms: tuple[tuple[str, ...], ...] = ()
    label_en: str = ""


@dataclass(frozen=True)
class TextGroup:
    word: str  # as typed, for messages ("Zu „Astronaut“ …")
    alternatives: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class QueryPlan:
    groups: tuple[TextGroup, ...] = ()
    intents: tuple[Intent, ...] = ()
    any_group: bool = False  # relaxed: a document needs one group, not all
    intents_filter: bool = True  # False: intents only boost

    @property
    def empty(self) -> bool:
        return not self.groups and not self.intents

    def type_filter(self) -> list[str]:
        """Offer types the intents allow: those all intents share, else any of them."""
        sets = [set(i.offer_types) for i in self.intents if i.offer_types]
        if not sets or not self.intents_filter:
            return []
        common = set.intersection(*sets)
        return sorted(common or set.union(*sets))

    def type_weights(self) -> dict[str, int]:
        """Offer type → how many intents ask for it (a ranking boost)."""
        weights: dict[str, int] = {}
        for intent in self.intents:
            for slug in intent.offer_types:
                weights[slug] = weights.get(slug, 0) + 1
        return weights

    def boost_targets(self) -> list[str]:
        return sorted({t for i in self.intents for t in i.target_groups})

    def boost_fields(self) -> list[str]:
        return sorted({f for i in self.intents for f in i.fields})

    def boost_terms(self) -> list[tuple[str, ...]]:
        return [t for i in self.intents for t in i.boost_terms]

    def without_groups(self, indexes: set[int]) -> QueryPlan:
        kept = tuple(g for n, g in enumerate(self.groups) if n not in indexes)
        return replace(self, groups=kept)

    def relaxed(self) -> QueryPlan:
        return replace(self, intents_filter=False)

    def any_word(self) -> QueryPlan:
        return replace(self, intents_filter=False, any_group=True)


@dataclass
class _Token:
    word: str  # normalised
    shown: str  # the chunk of the query it came from


def tokens(q: str) -> list[_Token]:
    out = []
    for chunk in (q or "").split():
        for word in text.words(chunk):
            if len(word) > 1:  # "m/w/d", initials
                out.append(_Token(word, chunk.strip(".,;:!?()\"'„“")))
    return out


def _variants(word: str) -> list[str]:
    """The word and its forms without a plural/inflection ending (Ferienjobs → ferienjob)."""
    found = [word]
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            found.append(word[: -len(ending)])
    return found


def _match_intent(toks: list[_Token], i: int, lexicon: Lexicon) -> tuple[int, Concept] | None:
    for size in range(min(lexicon.longest, len(toks) - i), 0, -1):
        head = tuple(t.word for t in toks[i : i + size - 1])
        for last in _variants(toks[i + size - 1].word):
            for concept in lexicon.by_phrase.get((*head, last), []):
                if concept.kind == "intent":
                    return size, concept
    return None


def understand(q: str, lexicon: Lexicon, synonyms: dict, stopwords: bool = True) -> QueryPlan:
    toks = tokens(q)
    intents: list[Intent] = []
    rest: list[_Token] = []
    i = 0
    while i < len(toks):
        found = _match_intent(toks, i, lexicon)
        if found is None:
            if not stopwords or toks[i].word not in STOPWORDS:
                rest.append(toks[i])
            i += 1
            continue
        size, concept = found
        phrase = " ".join(dict.fromkeys(t.shown for t in toks[i : i + size]))
        typed = tuple(t.word for t in toks[i : i + size] if t.word not in STOPWORDS)
        if all(c.slug != concept.slug for c in intents):
            intents.append(_intent(concept, phrase, typed))
        i += size
    return QueryPlan(groups=tuple(text_groups(rest, synonyms)), intents=tuple(intents))


def _intent(concept: Concept, phrase: str, typed: tuple[str, ...] = ()) -> Intent:
    """The concept as recognised; the words as typed also boost ("Schnuppertag" ranks
    offers called so above the other offer types the intent allows)."""
    boost = concept.boost_terms + ((typed,) if typed else ())
    return Intent(
        slug=concept.slug,
        label=concept.label,
        phrase=phrase,
        offer_types=concept.offer_types,
        fields=concept.fields,
        target_groups=concept.target_groups,
        boost_terms=boost,
        label_en=concept.label_en,
    )


def text_groups(toks: list[_Token], synonyms: dict) -> list[TextGroup]:
    """AND-groups of OR-alternatives (see search.text.alternatives_for)."""
    words = [t.word for t in toks]
    groups = []
    longest = max((len(k) for k in synonyms), default=1)
    i = 0
    while i < len(words):
        span = (words[i],)
        for size in range(min(longest, len(words) - i), 1, -1):
            if tuple(words[i : i + size]) in synonyms:
                span = tuple(words[i : i + size])
                break
        shown = " ".join(dict.fromkeys(t.shown for t in toks[i : i + len(span)]))
        groups.append(TextGroup(shown, tuple(text.alternatives_for(span, synonyms))))
        i += len(span)
    return groups
