from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations


class Migration(migrations.Migration):
    """unaccent and pg_trgm live in the public schema; region schemas see them via search_path."""

    initial = True
    dependencies = []
    operations = [UnaccentExtension(), TrigramExtension()]
