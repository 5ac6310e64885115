"""The shared kernel of the domain apps: address, slugs, publication and snippet plumbing.

Imports no other domain app (see docs/adr/0007-layers.md).
"""
