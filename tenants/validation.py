"""The one validator for region input: name, slug, domains, state and regional key.

`create_region` (and its command), `onboard_region` (the region file) and `import_region` all
call `validate_region`, so the same input gets the same German message everywhere. It returns
every problem at once; each names the field, what was found, what is expected and what to do.
"""

import re
from dataclasses import dataclass

from django_tenants.utils import get_tenant_base_schema, schema_exists

from .models import (
    GERMAN_STATES,
    HOSTNAME_PATTERN,
    NAME_LENGTH,
    REGIONAL_KEY_PATTERN,
    RESERVED_SLUGS,
    SLUG_PATTERN,
    Domain,
    Region,
)


@dataclass
class RegionSpec:
    name: str
    slug: str
    domains: list[str]
    state: str = "TH"
    regional_key: str = ""


@dataclass(frozen=True)
class RegionProblem:
    """One problem with region input. `field` is name, slug, state, regional_key or domain;
    `index` says which domain (0 = the primary one)."""

    field: str
    summary: str  # one sentence naming the value found
    expected: str
    found: str
    fix: str
    index: int | None = None

    @property
    def message(self) -> str:
        return f"{self.summary} Erwartet: {self.expected}. So beheben: {self.fix}"


class RegionInputError(Exception):
    """Invalid input for a new region; `problems` lists every problem, `errors` as
    (field, message) pairs."""

    def __init__(self, problems: list[RegionProblem]):
        self.problems = problems
        self.errors = [(p.field, p.message) for p in problems]
        super().__init__("; ".join(f"{f}: {m}" for f, m in self.errors))

    def report(self) -> str:
        """The German report for command-line output."""
        lines = [f"  {field}: {message}" for field, message in self.errors]
        return "\n".join(["Region wurde nicht angelegt:", *lines])


def schema_name_for(slug: str) -> str:
    return slug.replace("-", "_")


def normalize_host(host: str) -> str:
    return (host or "").strip().lower()


def quoted(value: str, limit: int = 60) -> str:
    text = value if len(value) <= limit else value[: limit - 1] + "…"
    return f"„{text}“"


def validate_region(spec: RegionSpec) -> list[RegionProblem]:
    """Every problem with `spec` at once (empty list: the region can be created)."""
    return [
        *_check_name(spec.name or ""),
        *_check_slug(spec.slug or ""),
        *_check_state(spec.state or ""),
        *_check_regional_key(spec.regional_key or ""),
        *_check_domains(spec.domains or []),
    ]


NAME_EXPECTED = f"einen Namen mit {NAME_LENGTH[0]}–{NAME_LENGTH[1]} Zeichen"
NAME_FIX = "Tragen Sie den Namen ein, der im Portal oben links stehen soll."


def _check_name(name: str) -> list[RegionProblem]:
    length = len(name.strip())
    low, high = NAME_LENGTH
    if length == 0:
        summary = "Der Name darf nicht leer sein."
    elif length < low:
        summary = f"Der Name {quoted(name)} ist zu kurz (mindestens {low} Zeichen)."
    elif length > high:
        summary = f"Der Name ist zu lang ({length} Zeichen, höchstens {high})."
        fix = f"Den Namen auf höchstens {high} Zeichen kürzen."
        return [RegionProblem("name", summary, NAME_EXPECTED, quoted(name), fix)]
    else:
        return []
    return [RegionProblem("name", summary, NAME_EXPECTED, quoted(name), NAME_FIX)]


def _reserved(slug: str) -> bool:
    return (
        slug in RESERVED_SLUGS
        or slug.startswith("pg")
        or schema_name_for(slug) == get_tenant_base_schema()
    )


def _check_slug(slug: str) -> list[RegionProblem]:
    found = quoted(slug)
    if not re.fullmatch(SLUG_PATTERN, slug):
        return [
            RegionProblem(
                "slug",
                f"{found} ist kein gültiges Kürzel.",
                "ein Kürzel aus Kleinbuchstaben a–z, Ziffern und Bindestrichen "
                "(2–40 Zeichen, mit Buchstaben beginnend)",
                found,
                "Verwenden Sie z. B. „gera“ oder „saale-holzland“ – ohne Umlaute, Leerzeichen "
                "und Großbuchstaben.",
            )
        ]
    if _reserved(slug):
        reserved = ", ".join(sorted(RESERVED_SLUGS))
        return [
            RegionProblem(
                "slug",
                f"{found} ist reserviert.",
                "ein freies Kürzel",
                found,
                f"Ein anderes Kürzel wählen; reserviert sind {reserved}, der Name des "
                "Vorlagen-Schemas und alles, was mit „pg“ beginnt.",
            )
        ]
    if Region.objects.filter(slug=slug).exists() or schema_exists(schema_name_for(slug)):
        return [
            RegionProblem(
                "slug",
                f"Das Kürzel {found} ist bereits vergeben.",
                "ein noch nicht vergebenes Kürzel",
                f"{found} ist bereits vergeben",
                "Ein anderes Kürzel wählen, z. B. mit Kreis-Zusatz („gera-stadt“).",
            )
        ]
    return []


def _check_state(state: str) -> list[RegionProblem]:
    codes = [code for code, _ in GERMAN_STATES]
    if state in codes:
        return []
    return [
        RegionProblem(
            "state",
            f"Unbekanntes Bundesland {quoted(state)}.",
            "ein Bundesland-Kürzel (TH, SN, ST, BY, …)",
            quoted(state),
            f"Eines der Kürzel {', '.join(codes)} eintragen; für Thüringen „TH“.",
        )
    ]


def _check_regional_key(key: str) -> list[RegionProblem]:
    if not key or re.fullmatch(REGIONAL_KEY_PATTERN, key):
        return []
    return [
        RegionProblem(
            "regional_key",
            f"{quoted(key)} ist kein gültiger Regionalschlüssel.",
            "2 bis 12 Ziffern, z. B. „160520000000“",
            quoted(key),
            "Den Amtlichen Regionalschlüssel beim Statistischen Landesamt nachschlagen und nur "
            "die Ziffern eintragen (oder weglassen).",
        )
    ]


def _check_domains(hosts: list[str]) -> list[RegionProblem]:
    if not hosts:
        return [
            RegionProblem(
                "domain",
                "Es ist keine Domain angegeben.",
                "mindestens einen Hostnamen",
                "keine Domain",
                "Mindestens eine Domain angeben, z. B. „gera.localhost“ für die Demo.",
            )
        ]
    normalized = [normalize_host(host) for host in hosts]
    owners = dict(
        Domain.objects.filter(domain__in=normalized).values_list("domain", "tenant__name")
    )
    problems, seen = [], set()
    for index, (host, host_l) in enumerate(zip(hosts, normalized, strict=True)):
        problem = _check_host(index, host, host_l, host_l in seen, owners.get(host_l))
        if problem:
            problems.append(problem)
        seen.add(host_l)
    return problems


def _check_host(
    index: int, host: str, host_l: str, repeated: bool, owner: str | None
) -> RegionProblem | None:
    found = quoted(host or "")
    if not re.fullmatch(HOSTNAME_PATTERN, host_l):
        return RegionProblem(
            "domain",
            f"{found} ist kein gültiger Hostname.",
            "einen Hostnamen ohne http:// und ohne Pfad, z. B. „arbeitgeber-gera.de“",
            found,
            "Nur den Hostnamen eintragen, z. B. „gera.localhost“ für die Demo.",
            index,
        )
    if repeated:
        return RegionProblem(
            "domain",
            f"{found} ist doppelt angegeben.",
            "jede Domain nur einmal",
            found,
            "Den doppelten Eintrag löschen.",
            index,
        )
    if owner is not None:
        return RegionProblem(
            "domain",
            f"{found} gehört bereits zur Region „{owner}“.",
            "eine noch nicht verwendete Domain",
            f"{found} gehört bereits zur Region „{owner}“",
            "Eine andere Domain eintragen oder sie erst bei der anderen Region entfernen.",
            index,
        )
    return None
