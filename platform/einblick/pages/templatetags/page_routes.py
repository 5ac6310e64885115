"""`{% list_url "offers" berufsfeld=slug %}`: list page URLs from their routes."""

from django import template

from einblick.pages.routes import list_url as _list_url

register = template.Library()


@register.simple_tag
def list_url(kind, **params):
    return _list_url(kind, **params)
