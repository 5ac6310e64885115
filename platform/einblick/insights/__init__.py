"""Success indicators for the agency: privacy-friendly counting (dashboards follow).

Counting writes no database row inside a request: `spool.record` appends one line to a
per-process spool file; `manage.py flush_counts` (cron) folds the lines into daily counts in
each region's schema.
"""
