"""A worker process for tests/tenants/test_page_cache_processes.py.

Runs Django's WSGI application (einblick.wsgi, with the page cache's fast path, as gunicorn
does) against the test database and the shared page cache given in the environment and
answers one JSON command per line on stdin:
  {"get": [host, path]}               -> {"status": …, "cache": "hit"|"miss"|…, "body": …}
  {"publish": [region, slug, title]}  -> a StandardPage under the home page, published
  {"delete": [region, slug]}          -> removes that page again
"""

import json
import os
import sys

if __name__ == "__main__":
    sys.path[:0] = [os.getcwd(), os.path.join(os.getcwd(), "platform")]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "einblick.settings.test")
    import django

    django.setup()

    from django.db import connection
    from django.test import RequestFactory
    from django_tenants.utils import schema_context
    from wagtail.models import Page

    from tests import factories

    def publish(schema, slug, title):
        with schema_context(schema):
            page = Page.objects.filter(slug=slug).first()
            if page is None:
                factories.page(title, slug)
            else:
                page = page.specific
                page.title = title
                page.save_revision().publish()
        return {"ok": True}

    def delete(schema, slug):
        with schema_context(schema):
            Page.objects.filter(slug=slug).delete()
        return {"ok": True}

    from einblick.wsgi import application  # as gunicorn serves it: with the fast path

    def get(host, path):
        environ = RequestFactory().get(path, HTTP_HOST=host).environ
        seen = {}

        def start_response(status, headers, exc_info=None):
            seen.update(status=int(status.split()[0]), headers=dict(headers))

        body = application(environ, start_response)
        content = b"".join(body)
        if hasattr(body, "close"):
            body.close()
        connection.set_schema_to_public()
        return {
            "status": seen["status"],
            "cache": seen["headers"].get("X-Page-Cache", ""),
            "body": content.decode(),
        }

    commands = {"get": get, "publish": publish, "delete": delete}
    print(json.dumps({"ready": os.getpid()}), flush=True)
    for line in sys.stdin:
        name, args = next(iter(json.loads(line).items()))
        print(json.dumps(commands[name](*args)), flush=True)
