"""How long personal data is kept, in one registry.

Each app that stores personal data (registrations, enquiries, alerts) registers a purger:
a function that deletes what is due in the *current* region schema and returns how many
records it removed. `manage.py purge_personal_data` runs every purger in every region; the
data-protection page lists the registered kinds with their retention periods. A purger of
scope "portal" works on the public schema (the cross-region portal's own data) and runs
there once.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Purger:
    key: str
    label: str  # German, shown on the data-protection page, e.g. "Anmeldungen zu Veranstaltungen"
    retention: str  # German, e.g. "30 Tage nach der Veranstaltung"
    purge: Callable[[datetime], int]
    scope: str = "region"  # "region": every region schema; "portal": the public schema


_PURGERS: dict[str, Purger] = {}


def register(key: str, *, label: str, retention: str, scope: str = "region"):
    """Decorator: register `purge(now) -> int` under `key` (re-registering replaces it)."""

    def decorator(purge: Callable[[datetime], int]):
        _PURGERS[key] = Purger(key, label, retention, purge, scope)
        return purge

    return decorator


def purgers(scope: str = "region") -> list[Purger]:
    """The purgers of one scope ("region" or "portal"), by key."""
    return sorted((p for p in _PURGERS.values() if p.scope == scope), key=lambda p: p.key)
