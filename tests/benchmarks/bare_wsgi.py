"""The bare WSGI application of `make bench`: what gunicorn answers without Django."""


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", "2")])
    return [b"ok"]
