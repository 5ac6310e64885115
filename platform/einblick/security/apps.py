from django.apps import AppConfig


class SecurityConfig(AppConfig):
    """Cross-cutting protections: CSP, rate limits, spreadsheet cells (docs/security.md)."""

    name = "einblick.security"
    label = "einblick_security"
    verbose_name = "Sicherheit"
