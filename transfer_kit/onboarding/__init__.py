"""Onboarding a new region from a region file: region, brand, pages, editors, imports."""
