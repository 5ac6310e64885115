from django.apps import AppConfig


class InternationalConfig(AppConfig):
    """Issue 20: the guide for recruiting skilled workers from abroad, best-practice stories
    and the local contacts directory (a region app)."""

    name = "einblick.international"
    label = "international"
    verbose_name = "Fachkräfte international"
    default_auto_field = "django.db.models.BigAutoField"
