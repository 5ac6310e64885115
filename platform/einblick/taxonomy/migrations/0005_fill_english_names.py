"""Existing installations get the English names of the data files without `load_taxonomies`.

Only empty English fields of existing entries are filled, matched by slug; everything else
(new entries, German changes) stays with the loader. Runs in the public schema only, where
the shared taxonomies live.
"""

import json
from pathlib import Path

from django.db import migrations

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
FILES = {
    "offer_types": "OfferType",
    "occupational_fields": "OccupationalField",
    "occupations": "Occupation",
    "benefits": "Benefit",
    "target_groups": "TargetGroup",
    "school_levels": "SchoolLevel",
    "search_lexicon": "SearchConcept",
    "interest_questions": "InterestQuestion",
}


def fill_english(apps, schema_editor):
    if getattr(schema_editor.connection, "schema_name", "public") != "public":
        return
    for file_name, model_name in FILES.items():
        path = DATA_DIR / f"{file_name}.json"
        if not path.exists():
            continue
        model = apps.get_model("taxonomy", model_name)
        english = {f.name for f in model._meta.concrete_fields if f.name.endswith("_en")}
        by_slug = {e["slug"]: e for e in json.loads(path.read_text(encoding="utf-8"))["entries"]}
        for obj in model.objects.filter(slug__in=by_slug):
            entry = by_slug[obj.slug]
            changed = [
                name for name in english if entry.get(name) and not getattr(obj, name)
            ]
            for name in changed:
                setattr(obj, name, entry[name])
            if changed:
                obj.save(update_fields=changed)


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0004_english_names")]

    operations = [migrations.RunPython(fill_english, migrations.RunPython.noop)]
