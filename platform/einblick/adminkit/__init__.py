"""Shared building blocks of the region admin (editor side).

Not a Django app: plain helpers used by the viewsets of employers, offers and events —
status column, taxonomy-aware forms, bulk actions and company (self-service) scoping.
"""
