"""The region description file: TOML, its JSON Schema, loading and validation."""
