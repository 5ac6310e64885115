"""Company logins lose image rights on the whole region: each company gets its own group
and image collection (see einblick.employers.company_access.company_group).

Uses the current models on purpose: Wagtail collections are a treebeard tree, whose
node methods historical models lack. New regions are cloned from the migrated template.
"""

from django.db import migrations


def forwards(apps, schema_editor):
    from einblick.employers.company_access import sync_company_groups

    sync_company_groups()


class Migration(migrations.Migration):
    dependencies = [
        ("employers", "0002_employermembership"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
