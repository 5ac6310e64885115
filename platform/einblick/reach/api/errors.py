"""Exception handlers: ninja's parameter validation and ApiError become German 400/404s."""

from __future__ import annotations

from ninja.errors import ValidationError

from .http import ApiError, error_response

MESSAGES = {
    "int_parsing": "Bitte eine ganze Zahl angeben.",
    "int_from_float": "Bitte eine ganze Zahl angeben.",
    "float_parsing": "Bitte eine Zahl angeben.",
    "greater_than_equal": "Der Wert muss mindestens {ge} sein.",
    "greater_than": "Der Wert muss größer als {gt} sein.",
    "less_than_equal": "Der Wert darf höchstens {le} sein.",
    "string_too_long": "Höchstens {max_length} Zeichen.",
    "string_pattern_mismatch": "Erlaubt sind Buchstaben, Ziffern, - und _.",
    "date_parsing": "Bitte ein Datum im Format JJJJ-MM-TT angeben, z. B. 2026-07-01.",
    "date_from_datetime_parsing": "Bitte ein Datum im Format JJJJ-MM-TT angeben, z. B. 2026-07-01.",
    "date_from_datetime_inexact": "Bitte ein Datum ohne Uhrzeit angeben.",
    "literal_error": "Erlaubt sind: {expected}.",
    "enum": "Erlaubt sind: {expected}.",
    "missing": "Dieser Parameter fehlt.",
}


def german_message(error: dict) -> str:
    template = MESSAGES.get(error.get("type", ""), "Ungültiger Wert.")
    try:
        return template.format(**(error.get("ctx") or {}))
    except (KeyError, IndexError):
        return "Ungültiger Wert."


def parameter_name(error: dict) -> str | None:
    """The query or path parameter an error is about (ninja: loc = ["query", name, …])."""
    loc = [part for part in error.get("loc", ()) if isinstance(part, str)]
    names = [part for part in loc if part not in ("query", "path")]
    return names[0] if names else None


def register(api) -> None:
    @api.exception_handler(ValidationError)
    def invalid_parameter(request, exc: ValidationError):
        first = exc.errors[0] if exc.errors else {}
        return error_response(400, parameter_name(first), german_message(first))

    @api.exception_handler(ApiError)
    def api_error(request, exc: ApiError):
        return error_response(exc.status, exc.parameter, exc.message)
