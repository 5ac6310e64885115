"""Occupational outlook per region (issue 21): occupation groups with employment, trainees,
vacancies and the expected demand and supply in a target year, imported from CSV/XLSX."""
