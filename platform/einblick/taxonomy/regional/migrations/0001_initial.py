# TaxonomyVisibility moves here from the offers app: the table stays (db_table), only
# Django's state and the content type (with its permissions) change app.
from django.db import migrations, models


def move_content_type(apps, schema_editor):
    content_type = apps.get_model("contenttypes", "ContentType")
    old = content_type.objects.filter(app_label="offers", model="taxonomyvisibility").first()
    if old is None:
        return
    if content_type.objects.filter(app_label="taxonomy_regional", model="taxonomyvisibility").exists():
        return
    old.app_label = "taxonomy_regional"
    old.save(update_fields=["app_label"])


def move_content_type_back(apps, schema_editor):
    content_type = apps.get_model("contenttypes", "ContentType")
    content_type.objects.filter(app_label="taxonomy_regional", model="taxonomyvisibility").update(
        app_label="offers"
    )


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("offers", "0001_initial"),
        ("taxonomy", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="TaxonomyVisibility",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("hidden_benefits", models.ManyToManyField(blank=True, related_name="+", to="taxonomy.benefit", verbose_name="Ausgeblendete Vorteile")),
                        ("hidden_fields", models.ManyToManyField(blank=True, related_name="+", to="taxonomy.occupationalfield", verbose_name="Ausgeblendete Berufsfelder")),
                        ("hidden_occupations", models.ManyToManyField(blank=True, related_name="+", to="taxonomy.occupation", verbose_name="Ausgeblendete Berufe")),
                        ("hidden_offer_types", models.ManyToManyField(blank=True, related_name="+", to="taxonomy.offertype", verbose_name="Ausgeblendete Angebotsarten")),
                        ("hidden_target_groups", models.ManyToManyField(blank=True, related_name="+", to="taxonomy.targetgroup", verbose_name="Ausgeblendete Zielgruppen")),
                    ],
                    options={"verbose_name": "Sichtbare Taxonomien", "db_table": "offers_taxonomyvisibility"},
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_type, move_content_type_back),
    ]
