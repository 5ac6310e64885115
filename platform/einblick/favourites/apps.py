from django.apps import AppConfig


class FavouritesConfig(AppConfig):
    """Merkliste: hearts on cards and detail pages, kept only in the visitor's browser
    (localStorage). The server stores nothing; it only resolves ids to titles and links."""

    name = "einblick.favourites"
    label = "favourites"
    verbose_name = "Merkliste"
