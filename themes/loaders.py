"""Theme-aware template loading.

`Loader` looks into the active theme's `templates/` folder first; the loaders behind it
provide the shared templates. `CachedLoader` keys its cache by theme as well as by template
name; otherwise the first region's override would be served to every other region.
"""

from django.core.exceptions import SuspiciousFileOperation
from django.template import Origin
from django.template.loaders import cached, filesystem
from django.utils._os import safe_join

from .active import current_theme_name
from .registry import all_themes, get_theme


class Loader(filesystem.Loader):
    def get_dirs(self):
        # Django's autoreloader watches these folders: every theme's.
        return [t.template_dir for t in all_themes().values()]

    def get_template_sources(self, template_name):
        name = current_theme_name()
        if not name:
            return
        try:
            path = safe_join(get_theme(name).template_dir, template_name)
        except SuspiciousFileOperation:
            return
        yield Origin(name=path, template_name=template_name, loader=self)


class CachedLoader(cached.Loader):
    def cache_key(self, template_name, skip=None):
        return f"{current_theme_name() or '-'}:{super().cache_key(template_name, skip)}"
