"""Figures of every region for the platform admin's region overview.

Employers, offers and events that are live, the last activity (edits logged by Wagtail,
logins) and the region editors, for all regions in ONE query: one SELECT per schema glued
with UNION ALL, so that 400 regions are one round trip, not 2,000. The overview reads these
figures stored ahead of time (transfer_kit.figures, `count_region_figures`); the lifecycle
status is read fresh from the Region rows.
"""

import datetime as dt
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import connection
from wagtail.models import ModelLogEntry, PageLogEntry

from einblick.employers.company_access import EDITOR_GROUP
from einblick.employers.models import Employer
from einblick.events.models import Event
from einblick.offers.models import Offer

EDITORS_SHOWN = 5


@dataclass(frozen=True)
class RegionFigures:
    employers: int = 0
    offers: int = 0
    events: int = 0
    last_activity: dt.datetime | None = None
    editors: tuple[str, ...] = ()
    editor_count: int = 0


def _table(schema: str, model) -> str:
    quote = connection.ops.quote_name
    return f"{quote(schema)}.{quote(model._meta.db_table)}"


def _select(schema: str) -> str:
    """The SELECT of one schema; table names come from the models, the schema is quoted."""
    user = get_user_model()
    users, memberships = _table(schema, user), _table(schema, user.groups.through)
    groups = _table(schema, user.groups.field.related_model)
    return " ".join(
        [
            "SELECT %s,",
            f"(SELECT count(*) FROM {_table(schema, Employer)} WHERE live),",
            f"(SELECT count(*) FROM {_table(schema, Offer)} WHERE live),",
            f"(SELECT count(*) FROM {_table(schema, Event)} WHERE live),",
            f"GREATEST((SELECT max(timestamp) FROM {_table(schema, ModelLogEntry)}),",
            f"(SELECT max(timestamp) FROM {_table(schema, PageLogEntry)}),",
            f"(SELECT max(last_login) FROM {users})),",
            f"(SELECT array_agg(u.username ORDER BY u.username) FROM {users} u",
            f"JOIN {memberships} m ON m.user_id = u.id JOIN {groups} g ON g.id = m.group_id",
            "WHERE g.name = %s AND u.is_active)",
        ]
    )


def _existing(schemas: list[str]) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT nspname FROM pg_namespace WHERE nspname = ANY(%s)", [list(schemas)])
        found = {row[0] for row in cursor.fetchall()}
    return [s for s in schemas if s in found]


def count_regions(schemas: list[str]) -> dict[str, RegionFigures]:
    """Figures of each schema in `schemas` (missing schemas are left out), one query."""
    schemas = _existing(schemas)
    if not schemas:
        return {}
    sql = " UNION ALL ".join(_select(schema) for schema in schemas)
    params = [value for schema in schemas for value in (schema, EDITOR_GROUP)]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    figures = {}
    for schema, employers, offers, events, last, editors in rows:
        editors = editors or []
        figures[schema] = RegionFigures(
            employers, offers, events, last, tuple(editors[:EDITORS_SHOWN]), len(editors)
        )
    return figures
