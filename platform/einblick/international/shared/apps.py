from django.apps import AppConfig


class SharedContactsConfig(AppConfig):
    """Contacts every region may include (public schema, maintained in the platform admin)."""

    name = "einblick.international.shared"
    label = "international_shared"
    verbose_name = "Landesweite Kontakte"
    default_auto_field = "django.db.models.BigAutoField"
