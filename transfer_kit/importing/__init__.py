"""Importing employers and offers from spreadsheets (CSV, XLSX) and JSON."""
