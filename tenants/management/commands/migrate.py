"""`migrate` is `migrate_schemas` here (public, regions and the region template)."""

from .migrate_schemas import Command  # noqa: F401
