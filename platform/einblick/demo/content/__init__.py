"""Deterministic demo content for the region portals (see `manage.py load_demo_content`).

`plan` turns a seed and the reference pools into plain specs (no database), `writer`
upserts them as proper Wagtail objects with a published revision, `logos` draws employer
logos locally with Pillow.
"""
