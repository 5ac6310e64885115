"""Region editors (group "Editors") of existing regions manage the region's embeds."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = ["add_embed", "change_embed", "delete_embed", "view_embed"]


def grant(apps, schema_editor):
    config = apps.get_app_config("reach")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="Editors").first()
    if group is not None:
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="reach", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("reach", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
