"""Measures catalogue shared between regions (issue 21): agencies record what they do for
young skilled workers (title, target group, occupation fields, cost, outcome, contact) and
browse the other regions' measures. Lives in the public schema, one row per measure."""
