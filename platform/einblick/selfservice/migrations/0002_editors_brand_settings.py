"""Region editors may open "Marke und Gestaltung" (themes.BrandSettings) in existing regions.

Uses the current code on purpose, like 0001: new regions get it when the template is cloned.
"""

from django.db import migrations


def editors_may_brand(apps, schema_editor):
    from einblick.employers.company_access import ensure_editor_permissions

    ensure_editor_permissions()


class Migration(migrations.Migration):
    dependencies = [("selfservice", "0001_initial")]

    operations = [migrations.RunPython(editors_may_brand, migrations.RunPython.noop)]
