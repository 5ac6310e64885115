"""Unique slugs for snippets (`mein-betrieb`, `mein-betrieb-2`, ...)."""

from django.utils.text import slugify


def unique_slug(model, value: str, instance_pk=None, max_length: int = 120) -> str:
    base = slugify(value)[: max_length - 6] or "eintrag"
    slug, n = base, 2
    qs = model._default_manager.all()
    if instance_pk:
        qs = qs.exclude(pk=instance_pk)
    while qs.filter(slug=slug).exists():
        slug = f"{base}-{n}"
        n += 1
    return slug
