"""Every URL a URL conf exposes, with its parameters filled from real object ids.

`routes(urlconf)` walks the resolver (includes, namespaces, Wagtail viewsets and snippet
URLs alike); `materialize(route, world)` turns each route into concrete request paths, one
per meaningful set of parameter values (own object, another company's object, an id that
exists only in another region, ...).
"""

import re
from dataclasses import dataclass

from django.urls import URLResolver, get_resolver

# Never requested: they end the session or only exist to raise errors on purpose.
SKIPPED_NAMES = {"wagtailadmin_logout", "wagtailadmin_error_test"}
_CONVERTER = re.compile(r"<(?:\w+:)?(\w+)>")
_NAMED_GROUP = re.compile(r"\(\?P<(\w+)>[^)]*\)")


@dataclass(frozen=True)
class Route:
    template: str  # "cms/snippets/offers/offer/edit/<int:pk>/" (regex parts kept)
    name: str  # "wagtailsnippets_offers_offer:edit"
    params: tuple[str, ...]


def _walk(patterns, prefix="", namespace=None, params=()):
    for pattern in patterns:
        names = tuple(pattern.pattern.regex.groupindex)
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from _walk(
                pattern.url_patterns, prefix + str(pattern.pattern), inner, params + names
            )
        else:
            name = f"{namespace}:{pattern.name}" if namespace else (pattern.name or "")
            yield Route(prefix + str(pattern.pattern), name, params + names)


def routes(urlconf: str) -> list[Route]:
    return [r for r in _walk(get_resolver(urlconf).url_patterns) if r.name not in SKIPPED_NAMES]


# Routes whose regex has unnamed groups: concrete paths given by hand.
def _special(route: Route, world) -> list[str] | None:
    if route.name == "wagtail_serve":
        return ["/", *world.page_paths, "/gibt-es-nicht/"]
    if route.name == "wagtaildocs_serve":
        return [f"/dokumente/{pk}/datei.txt" for pk in world.ids("document")]
    if route.template.endswith("^.*/$"):
        return ["/cms/gibt-es-nicht/"]
    return None


def _model_key(route: Route) -> str | None:
    """The object kind a route's `pk`-like parameter refers to, from its namespace."""
    namespace = route.name.split(":")[0]
    for prefix in ("wagtailsnippets_", "wagtailsnippetchoosers_"):
        if namespace.startswith(prefix):
            return namespace[len(prefix) :].replace("_", ".", 1)
    for needle, key in (
        ("images", "image"),
        ("docs", "document"),
        ("documents", "document"),
        ("pages", "page"),
        ("users_users", "user"),
        ("users_groups", "group"),
        ("sites", "site"),
        ("collections", "collection"),
        ("redirects", "redirect"),
        ("settings", "setting"),
    ):
        if needle in namespace:
            return key
    if "workflows" in namespace:
        return "task" if "task" in route.name else "workflow"
    return None


def _fill(template: str, values: dict) -> str:
    path = _NAMED_GROUP.sub(lambda m: str(values[m.group(1)]), template)
    path = _CONVERTER.sub(lambda m: str(values[m.group(1)]), path)
    return "/" + path.replace("^", "").replace("$", "").replace("\\", "")


def _variants(route: Route, world) -> list[dict]:
    """Parameter sets for one route: own ids first, then each foreign id in turn.

    Parameters naming a model (bulk actions, settings) multiply; object ids do not: one
    request with the own object and one per foreign object keep the matrix small.
    """
    key = _model_key(route)
    options = {
        param: world.values(param, key, route)
        for param in route.params
        if not any(param in group for group in world.model_groups(route)[:1])
    }
    own = {p: next((v for v in vs if not world.is_foreign(v)), vs[0]) for p, vs in options.items()}
    foreign = {p: [v for v in vs if world.is_foreign(v)] for p, vs in options.items()}
    rounds = max((len(vs) for vs in foreign.values()), default=0)
    sets = [own] + [
        {p: (foreign[p][i] if i < len(foreign[p]) else own[p]) for p in options}
        for i in range(rounds)
    ]
    return [{**group, **ids} for group in world.model_groups(route) for ids in sets]


def materialize(route: Route, world) -> list[tuple[str, str]]:
    """Concrete (path, variant label) pairs; the label names the owner of the ids used."""
    special = _special(route, world)
    if special is not None:
        return [(path, "") for path in special]
    paths = []
    for combo in _variants(route, world):
        owner = "foreign" if any(world.is_foreign(v) for v in combo.values()) else ""
        paths.append((_fill(route.template, {k: str(v) for k, v in combo.items()}), owner))
    return paths
