"""The shared kernel of the domain apps: address, slugs, publication and snippet plumbing,
image fields, filter forms and the search adapters' common part.

Imports no other domain app; it may use search (see docs/adr/0007-layers.md).
"""
