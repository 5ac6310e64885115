"""The region file's structure, checked by jsonschema against `region.schema.json`.

jsonschema finds every deviation (`iter_errors` with a format checker); this module words each
one as a German Problem (path, expected, found, fix), taking the hints from the schema's
`x-expected`/`x-fix`. The content of name, slug, domains, state and regional_key is checked by
`tenants.validation`, the validator create_region uses (see `checks.py`).
"""

import difflib
import json
import re
from functools import cache
from pathlib import Path

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import URLValidator, validate_email
from jsonschema import Draft202012Validator, FormatChecker

from transfer_kit.problems import Problem, show

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "schema" / "region.schema.json"

TYPE_NAMES = {
    "string": "Text in Anführungszeichen",
    "integer": "eine ganze Zahl",
    "number": "eine Zahl",
    "boolean": "true oder false",
    "array": "eine Liste [ … ]",
    "object": "eine Tabelle (Abschnitt)",
}


def _accepts(django_validator):
    """A jsonschema format check from a Django validator (formats apply to strings only)."""

    def check(value) -> bool:
        if isinstance(value, str):
            django_validator(value)
        return True

    return check


@cache
def region_validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    formats = FormatChecker(formats=())
    formats.checks("email", raises=DjangoValidationError)(_accepts(validate_email))
    web_address = URLValidator(schemes=["http", "https"])
    formats.checks("uri", raises=DjangoValidationError)(_accepts(web_address))
    return Draft202012Validator(schema, format_checker=formats)


def validate(instance) -> list[Problem]:
    """Every structural problem of a parsed region file, in file order."""
    errors = list(region_validator().iter_errors(instance))
    wrong_type = {tuple(e.absolute_path) for e in errors if e.validator == "type"}
    problems, done = [], set()
    for error in errors:
        path = tuple(error.absolute_path)
        if (path in wrong_type and error.validator != "type") or (path, error.validator) in done:
            continue
        done.add((path, error.validator))  # required/additionalProperties: all keys at once
        problems += _translate(error, _path(path))
    return in_file_order(list(dict.fromkeys(problems)), instance)


def _path(parts) -> str:
    """``editors[1].email`` from jsonschema's path (``deque(['editors', 1, 'email'])``)."""
    path = ""
    for key in parts:
        path = _child(path, key)
    return path


def _child(path: str, key) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else str(key)


def _expected(node: dict) -> str:
    return node.get("x-expected") or TYPE_NAMES.get(node.get("type"), "?")


def _translate(error, path: str) -> list[Problem]:
    node, value = error.schema, error.instance
    if error.validator == "type":
        kind = TYPE_NAMES[error.validator_value]
        hint = node.get("x-expected")
        expected = f"{hint} ({kind})" if hint else kind
        return [_problem(node, path, value, expected=expected)]
    if error.validator == "required":
        return _missing(node, path, [k for k in error.validator_value if k not in value])
    if error.validator == "additionalProperties":
        return _unknown(node, path, value)
    if error.validator == "uniqueItems":
        return _repeated(node, path, value)
    # enum, pattern, minLength, maxLength, minimum, maximum, minItems, format, …
    return [_problem(node, path, value)]


def _problem(node: dict, path: str, value, expected: str = "", fix: str = "") -> Problem:
    return Problem(
        path=path or "(Datei)",
        expected=expected or _expected(node),
        found=show(value),
        fix=fix or node.get("x-fix") or "Wert korrigieren.",
    )


def _missing(node: dict, path: str, keys: list[str]) -> list[Problem]:
    problems = []
    for key in keys:
        child = node.get("properties", {}).get(key, {})
        fix = f"Pflichtfeld „{key}“ ergänzen. " + child.get("x-fix", "")
        problems.append(Problem(_child(path, key), _expected(child), "(fehlt)", fix.strip()))
    return problems


def _unknown(node: dict, path: str, data: dict) -> list[Problem]:
    known = list(node.get("properties", {}))
    problems = []
    for key in data:
        if key in known:
            continue
        close = difflib.get_close_matches(key, known, n=1)
        fix = (
            f"Meinten Sie „{close[0]}“?"
            if close
            else "Feld löschen; erlaubt sind: " + ", ".join(known)
        )
        problems.append(
            Problem(_child(path, key), "nur bekannte Felder", f"unbekanntes Feld „{key}“", fix)
        )
    return problems


def _repeated(node: dict, path: str, items: list) -> list[Problem]:
    problems, seen = [], []
    for index, item in enumerate(items):
        if item in seen:
            problems.append(
                _problem(
                    node,
                    _child(path, index),
                    item,
                    expected="jeden Eintrag nur einmal",
                    fix="Den doppelten Eintrag löschen.",
                )
            )
        seen.append(item)
    return problems


def in_file_order(problems: list[Problem], data) -> list[Problem]:
    """Problems sorted by where their path sits in the file; missing fields first per table."""
    return sorted(problems, key=lambda problem: _position(data, problem.path))


def _position(data, path: str) -> list[int]:
    positions, node = [], data
    for key, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", path):
        if index:
            positions.append(int(index))
            node = node[int(index)] if isinstance(node, list) and int(index) < len(node) else None
        else:
            keys = list(node) if isinstance(node, dict) else []
            positions.append(keys.index(key) if key in keys else -1)
            node = node.get(key) if isinstance(node, dict) else None
    return positions
