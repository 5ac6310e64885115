from django.db import migrations, models


def deactivated_regions(apps, schema_editor):
    Region = apps.get_model("tenants", "Region")
    Region.objects.filter(is_active=False).update(status="deactivated")


class Migration(migrations.Migration):
    dependencies = [
        ("tenants", "0002_region_rules"),
    ]

    operations = [
        migrations.AddField(
            model_name="region",
            name="status",
            field=models.CharField(
                choices=[
                    ("preparation", "in Vorbereitung"),
                    ("live", "online"),
                    ("deactivated", "deaktiviert"),
                ],
                default="live",
                max_length=20,
                verbose_name="Status",
            ),
        ),
        migrations.RunPython(deactivated_regions, migrations.RunPython.noop),
    ]
