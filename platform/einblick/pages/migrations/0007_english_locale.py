"""The English locale of a region's pages (issue 20, docs/i18n.md).

Wagtail creates the German locale (LANGUAGE_CODE) with its own migrations; English pages
need an `en` Locale to exist before an editor can translate into it. Runs in every region
schema and the template schema, so new regions cloned from the template have it too.
"""

from django.db import migrations


def create_english_locale(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Locale.objects.get_or_create(language_code="en")


def remove_english_locale(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("wagtailcore", "Page")
    if not Page.objects.filter(locale__language_code="en").exists():
        Locale.objects.filter(language_code="en").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0006_event_kind_fachkraefte_international"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_english_locale, remove_english_locale)]
