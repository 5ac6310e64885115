"""Honest answers, the same for both backends.

1. The query is read (`search.understanding`): intents become filters, words AND-groups.
2. Strict search. Results → exact answer (with "Meinten Sie …?" when a word is unknown and
   its correction finds more).
3. No results: words that match nothing in the searched scope are looked for as typos
   (Damerau–Levenshtein); a correction that finds something answers instead (`corrected`).
4. Still nothing: the answer says which words match nothing ("Zu „Astronaut“ gibt es keine
   Angebote") and shows the rest of the query's results, or — when every word matches on its
   own — relaxes the intent filters to boosts, then any word; always `exact: false` with
   "Keine genauen Treffer – ähnliche Angebote".

A backend offers `execute(query, plan)`, `present(query, plan)` (does each word group match
anything in scope?) and `spelling_candidates(word, regions)`.
"""

from __future__ import annotations

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from . import text
from .lexicon import Lexicon, lexicon
from .localise import page_language
from .query import SearchQuery, SearchResult
from .spelling import Candidate, best
from .synonyms import synonym_lines, synonym_map
from .understanding import QueryPlan, understand


def understanding_on() -> bool:
    """SEARCH_QUERY_UNDERSTANDING=False answers like before issue 18 (a benchmark baseline):
    no lexicon, no intents, no relaxed answers; the editable synonyms and typo correction."""
    return getattr(settings, "SEARCH_QUERY_UNDERSTANDING", True)


def plan_for(q: str) -> QueryPlan:
    if not understanding_on():
        return understand(q, Lexicon([]), text.synonym_map(synonym_lines()), stopwords=False)
    return understand(q, lexicon(), synonym_map())


def answer(backend, query: SearchQuery) -> SearchResult:
    plan = plan_for(query.q)
    if query.q.strip() and plan.empty:
        result = backend.execute(query, QueryPlan(), nothing=True)
        result.exact = False
        result.notice = _("Bitte ein aussagekräftiges Wort eingeben, z. B. einen Beruf.")
        return _finish(result, plan)
    result = backend.execute(query, plan)
    if result.count:
        if query.correct and plan.groups:
            _offer_better_spelling(backend, query, result)
        return _finish(result, plan)
    if not plan.groups and not plan.intents:
        return _finish(result, plan)
    present = backend.present(query, plan) if plan.groups else []
    missing = {n for n, ok in enumerate(present) if not ok}
    if missing and query.correct:
        corrected = _corrected(backend, query, plan, missing)
        if corrected is not None:
            return corrected
    if not understanding_on():
        return _finish(result, plan)
    return _relaxed(backend, query, plan, missing)


def _relaxed(backend, query: SearchQuery, plan: QueryPlan, missing: set[int]) -> SearchResult:
    words = [plan.groups[n].word for n in sorted(missing)]
    rest = plan.without_groups(missing)
    attempts = []
    if missing and not rest.empty:
        attempts.append(rest)
    if not missing:
        attempts += [plan.relaxed(), plan.any_word()]
    else:
        attempts.append(rest.relaxed())
    result, used = None, plan
    for attempt in attempts:
        if attempt.empty:
            continue
        result, used = backend.execute(query, attempt), attempt
        if result.count:
            break
    if result is None:
        result = backend.execute(query, QueryPlan(), nothing=True)
    _finish(result, used)
    result.exact = False
    result.missing = words
    quoted = ", ".join(f"„{w}“" for w in words)
    if words and result.count:
        result.notice = _(
            "Keine genauen Treffer – ähnliche Angebote: Zu %(words)s gibt es kein Angebot. "
            "Diese passen zum Rest."
        ) % {"words": quoted}
    elif words:
        result.notice = _("Zu %(words)s gibt es kein Angebot.") % {"words": quoted}
    elif result.count:
        result.notice = _(
            "Keine genauen Treffer – ähnliche Angebote: Kein Angebot passt zu allem. "
            "Diese passen zu einem Teil."
        )
    else:
        result.notice = _("Keine Treffer.")
    return result


def _correction(backend, word: str, regions) -> str | None:
    candidates = list(backend.spelling_candidates(word, regions))
    candidates += [
        Candidate(term, shown)
        for term, shown in lexicon().vocabulary.items()
        if abs(len(term) - len(word)) <= 2
    ]
    found = best(word, candidates)
    return found.display if found else None


def _corrected_q(backend, query: SearchQuery, plan: QueryPlan, indexes) -> str | None:
    q = query.q
    changed = False
    for n in sorted(indexes):
        group = plan.groups[n]
        words = group.alternatives[0]
        if len(words) != 1:
            continue
        fixed = _correction(backend, words[0], query.regions)
        if fixed:
            q = q.replace(group.word, fixed, 1) if group.word in q else f"{q} {fixed}"
            changed = True
    return q if changed else None


def _corrected(backend, query, plan, missing) -> SearchResult | None:
    corrected_q = _corrected_q(backend, query, plan, missing)
    if not corrected_q:
        return None
    corrected_plan = plan_for(corrected_q)
    retry = backend.execute(query, corrected_plan)
    if not retry.count:
        return None
    retry.suggestion, retry.corrected, retry.exact = corrected_q, True, False
    retry.notice = _("Keine Treffer für „%(query)s“ – Ergebnisse für „%(corrected)s“.") % {
        "query": query.q,
        "corrected": corrected_q,
    }
    return _finish(retry, corrected_plan)


def _offer_better_spelling(backend, query: SearchQuery, result: SearchResult) -> None:
    """A word nobody writes that way: suggest its correction when that finds more."""
    plan = plan_for(query.q)
    unknown = [
        n
        for n, g in enumerate(plan.groups)
        if len(g.alternatives[0]) == 1 and not backend.is_known(g.alternatives[0][0], query.regions)
    ]
    if not unknown:
        return
    corrected_q = _corrected_q(backend, query, plan, set(unknown))
    if corrected_q and corrected_q != query.q:
        more = backend.execute(query, plan_for(corrected_q), count_only=True)
        if more.count > result.count:
            result.suggestion = corrected_q


def _finish(result: SearchResult, plan: QueryPlan) -> SearchResult:
    """The recognised intents as chips, labelled in the active language (`language`: the
    label's, "de" where the lexicon has no English label)."""
    english = page_language(translation.get_language()) == "en"
    result.intents = [
        {"slug": i.slug, "label": i.label_en if english and i.label_en else i.label,
         "phrase": i.phrase, "language": "en" if english and i.label_en else "de",
         "effect": "filter" if plan.intents_filter and i.offer_types else "boost"}
        for i in plan.intents
    ]  # fmt: skip
    return result
