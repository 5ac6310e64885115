# The region setting TaxonomyVisibility now belongs to einblick.taxonomy.regional; the table
# is kept and owned by that app from here on.
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("offers", "0001_initial"),
        ("taxonomy_regional", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="TaxonomyVisibility")],
            database_operations=[],
        ),
    ]
