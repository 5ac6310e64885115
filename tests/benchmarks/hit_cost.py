"""Python cost of one page-cache hit: the WSGI application (einblick.wsgi, with the fast path)
called directly, as gunicorn calls it, without a server or a socket.

  python tests/benchmarks/hit_cost.py HOST PATH [HOST PATH ...]
  python tests/benchmarks/hit_cost.py --profile HOST PATH      cProfile of the hits

Runs with the environment of tests/benchmarks/harness.environment (production settings, the
benchmark database and page cache). Each page is requested twice (stored, then kept in this
process), then timed; prints one JSON line per page: {"host", "path", "status", "cache",
"microseconds"} – the best of three rounds of ROUNDS hits.
"""

import io
import json
import os
import sys
import time

ROUNDS = 2000
USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


def environ(host: str, path: str) -> dict:
    path, _, query = path.partition("?")
    return {
        "REQUEST_METHOD": "GET",
        "SCRIPT_NAME": "",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_HOST": host,
        "HTTP_USER_AGENT": USER_AGENT,
        "HTTP_ACCEPT": "text/html",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
        "wsgi.version": (1, 0),
    }


def call(application, host: str, path: str) -> tuple[str, dict]:
    seen = {}

    def start_response(status, headers, exc_info=None):
        seen.update(status=status, headers=dict(headers))

    body = application(environ(host, path), start_response)
    b"".join(body)
    if hasattr(body, "close"):
        body.close()
    return seen["status"], seen["headers"]


def measure(application, host: str, path: str) -> dict:
    call(application, host, path)
    status, headers = call(application, host, path)
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for _ in range(ROUNDS):
            call(application, host, path)
        best = min(best, (time.perf_counter() - started) / ROUNDS)
    cache = headers.get("X-Page-Cache", "")
    return {
        "host": host,
        "path": path,
        "status": status,
        "cache": cache,
        "microseconds": best * 1e6,
    }


def main(args: list[str]) -> None:
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    sys.path[:0] = [root, os.path.join(root, "platform")]
    profile = args[:1] == ["--profile"]
    args = args[1:] if profile else args
    from einblick.wsgi import application

    pages = list(zip(args[::2], args[1::2], strict=True))
    if profile:
        import cProfile
        import pstats

        for host, path in pages:
            call(application, host, path)
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(ROUNDS):
            for host, path in pages:
                call(application, host, path)
        profiler.disable()
        pstats.Stats(profiler).sort_stats(os.environ.get("SORT", "cumulative")).print_stats(45)
        return
    for host, path in pages:
        print(json.dumps(measure(application, host, path)), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
