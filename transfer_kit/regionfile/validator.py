"""A small JSON Schema validator for the subset the region schema uses.

`jsonschema` is not a dependency of Einblick; this covers type, enum, properties, required,
additionalProperties, items, min/maxItems, uniqueItems, min/maxLength, pattern, minimum,
maximum and the formats email, hostname and uri. It collects every problem instead of
stopping at the first, and takes its German hints from the schema's `x-expected`/`x-fix`.
"""

import difflib
import json
import re
from functools import cache
from pathlib import Path

from transfer_kit.problems import Problem, show

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "schema" / "region.schema.json"

EMAIL_RE = re.compile(r"^[^@\s,;]+@[^@\s,;]+\.[A-Za-z]{2,}$")
HOSTNAME_RE = re.compile(
    r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"
)
URI_RE = re.compile(r"^https?://[^\s/$.?#][^\s]*$")
FORMATS = {"email": EMAIL_RE, "hostname": HOSTNAME_RE, "uri": URI_RE}
TYPE_NAMES = {
    "string": "Text in Anführungszeichen",
    "integer": "eine ganze Zahl",
    "number": "eine Zahl",
    "boolean": "true oder false",
    "array": "eine Liste [ … ]",
    "object": "eine Tabelle (Abschnitt)",
}


@cache
def region_schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def _type_ok(value, expected: str) -> bool:
    if expected == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if expected == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    python = {"string": str, "boolean": bool, "array": list, "object": dict}[expected]
    return isinstance(value, python)


def _join(path: str, key) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else str(key)


def _problem(node: dict, path: str, value, expected: str = "", fix: str = "") -> Problem:
    return Problem(
        path=path or "(Datei)",
        expected=expected or node.get("x-expected") or TYPE_NAMES.get(node.get("type"), "?"),
        found=show(value),
        fix=fix or node.get("x-fix") or "Wert korrigieren.",
    )


def validate(instance, schema: dict | None = None, path: str = "") -> list[Problem]:
    """Every problem of `instance` against `schema` (default: the region schema)."""
    node = region_schema() if schema is None else schema
    expected_type = node.get("type")
    if expected_type and not _type_ok(instance, expected_type):
        hint = node.get("x-expected") or TYPE_NAMES[expected_type]
        return [_problem(node, path, instance, expected=f"{hint} ({TYPE_NAMES[expected_type]})")]
    problems: list[Problem] = []
    if "enum" in node and instance not in node["enum"]:
        problems.append(_problem(node, path, instance))
    if isinstance(instance, str):
        problems += _check_string(node, path, instance)
    if isinstance(instance, int | float) and not isinstance(instance, bool):
        low, high = node.get("minimum"), node.get("maximum")
        if (low is not None and instance < low) or (high is not None and instance > high):
            problems.append(_problem(node, path, instance))
    if isinstance(instance, list):
        problems += _check_array(node, path, instance)
    if isinstance(instance, dict):
        problems += _check_object(node, path, instance)
    return problems


def _check_string(node: dict, path: str, value: str) -> list[Problem]:
    if len(value) < node.get("minLength", 0) or len(value) > node.get("maxLength", 10**9):
        return [_problem(node, path, value)]
    pattern = node.get("pattern")
    if pattern and not re.search(pattern, value):
        return [_problem(node, path, value)]
    regex = FORMATS.get(node.get("format", ""))
    if regex and not regex.match(value):
        return [_problem(node, path, value)]
    return []


def _check_array(node: dict, path: str, items: list) -> list[Problem]:
    problems = []
    if len(items) < node.get("minItems", 0) or len(items) > node.get("maxItems", 10**9):
        problems.append(_problem(node, path, items))
    if node.get("uniqueItems"):
        seen = []
        for index, item in enumerate(items):
            if item in seen:
                problems.append(
                    _problem(
                        node,
                        _join(path, index),
                        item,
                        expected="jeden Eintrag nur einmal",
                        fix="Den doppelten Eintrag löschen.",
                    )
                )
            seen.append(item)
    if "items" in node:
        for index, item in enumerate(items):
            problems += validate(item, node["items"], _join(path, index))
    return problems


def _check_object(node: dict, path: str, data: dict) -> list[Problem]:
    problems = []
    properties = node.get("properties", {})
    for key in node.get("required", []):
        if key not in data:
            child = properties.get(key, {})
            problems.append(
                Problem(
                    path=_join(path, key),
                    expected=child.get("x-expected") or TYPE_NAMES.get(child.get("type"), "?"),
                    found="(fehlt)",
                    fix=f"Pflichtfeld „{key}“ ergänzen. " + child.get("x-fix", ""),
                )
            )
    for key, value in data.items():
        if key in properties:
            problems += validate(value, properties[key], _join(path, key))
        elif node.get("additionalProperties") is False:
            close = difflib.get_close_matches(key, list(properties), n=1)
            fix = (
                f"Meinten Sie „{close[0]}“?"
                if close
                else "Feld löschen; erlaubt sind: " + ", ".join(properties)
            )
            problems.append(
                Problem(
                    path=_join(path, key),
                    expected="nur bekannte Felder",
                    found=f"unbekanntes Feld „{key}“",
                    fix=fix,
                )
            )
    return problems
