from django.apps import AppConfig


class TransferKitConfig(AppConfig):
    name = "transfer_kit"
    verbose_name = "Transfer-Kit"
    default_auto_field = "django.db.models.BigAutoField"
