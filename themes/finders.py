"""Serve each theme's `static/` folder under `/static/themes/<name>/`."""

from django.contrib.staticfiles.finders import FileSystemFinder
from django.core.files.storage import FileSystemStorage

from .registry import all_themes


class ThemeStaticFinder(FileSystemFinder):
    def __init__(self, app_names=None, *args, **kwargs):
        self.locations = []
        self.storages = {}
        for theme in all_themes().values():
            if theme.static_dir.is_dir():
                root = str(theme.static_dir)
                self.locations.append((theme.static_prefix, root))
                storage = FileSystemStorage(location=root)
                storage.prefix = theme.static_prefix
                self.storages[root] = storage

    def check(self, **kwargs):
        return []
