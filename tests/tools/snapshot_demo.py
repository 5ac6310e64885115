"""Snapshot a running demo: every public page reachable by links, API answers, feeds.

    python tests/tools/snapshot_demo.py --port 8000 OUT.json
    python tests/tools/snapshot_demo.py --compare BEFORE.json AFTER.json

Used to prove that a refactoring changed no behaviour: run it against the demo before and
after, then compare. Bodies are normalised (CSRF tokens, CSP nonces, the port) so that only
real differences remain. Crawls at most `--limit` URLs per host, following same-host links.
"""

import argparse
import hashlib
import json
import re
import sys
import urllib.error
import urllib.request
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

HOSTS = ["jena.localhost", "weimar.localhost", "localhost"]
EXTRA_PATHS = [
    "/suche/?q=Praktikum",
    "/suche/?q=Baecker",
    "/suche/?q=Mechatroniler",
    "/api/v1/search/?q=Praktikum",
    "/api/v1/search/?q=Ausbildung&type=ausbildung",
    "/api/v1/suggest/?q=Mech",
    "/angebote/?typ=praktikum",
    "/veranstaltungen/kalender.ics",
]
SKIP = re.compile(r"^/(cms|static|media|dokumente|marken)/|\.(png|jpe?g|svg|webp|woff2?|css|js)$")
VOLATILE = [
    (re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"'), 'name="csrfmiddlewaretoken"'),
    (re.compile(r' nonce="[^"]*"'), ""),  # CSP nonces (and the attribute itself)
    (re.compile(r":\d{4,5}/"), ":PORT/"),
    (re.compile(r"(DTSTAMP|LAST-MODIFIED|CREATED):\S+"), r"\1:"),
    (re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+00:00"), "TIMESTAMP"),
]
# docs/adr/0008-filter-vocabulary.md: the search page's English filter names became German.
VOCABULARY = [
    (re.compile(rf'(name="|[?&;]|f-){old}(=|"|-)'), rf"\g<1>{new}\g<2>")
    for old, new in [
        ("type", "typ"),
        ("field", "berufsfeld"),
        ("occupation", "beruf"),
        ("target", "zielgruppe"),
        ("benefit", "vorteil"),
        ("from", "von"),
        ("to", "bis"),
        ("town", "ort"),
        ("near", "nahe"),
        ("radius_km", "umkreis"),
    ]
]


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


def fetch(url: str) -> tuple[int, str, str]:
    """GET `url` from 127.0.0.1 with its host in the Host header (no DNS for *.localhost)."""
    parts = urlsplit(url)
    local = url.replace(f"//{parts.hostname}:", "//127.0.0.1:", 1)
    headers = {"User-Agent": "einblick-snapshot", "Host": parts.netloc}
    request = urllib.request.Request(local, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            body = response.read().decode("utf-8", "replace")
            return response.status, response.headers.get("Content-Type", ""), body
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read().decode()


def normalise(body: str) -> str:
    for pattern, replacement in VOLATILE:
        body = pattern.sub(replacement, body)
    return body


def crawl_host(port: int, host: str, limit: int) -> dict:
    base = f"http://{host}:{port}"
    queue, seen, pages = ["/", *EXTRA_PATHS], set(), {}
    while queue and len(pages) < limit:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        status, kind, body = fetch(base + path)
        text = normalise(body)
        pages[path] = {
            "status": status,
            "type": kind.split(";")[0],
            "sha": hashlib.sha256(text.encode()).hexdigest()[:16],
            "body": text,
        }
        if "html" in kind:
            parser = Links()
            parser.feed(body)
            for href in parser.hrefs:
                parts = urlsplit(urljoin(base + path, href))
                if parts.hostname == host and not SKIP.search(parts.path):
                    queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return pages


def renamed(body: str) -> str:
    for pattern, replacement in VOCABULARY:
        body = pattern.sub(replacement, body)
    return body


def sha(body: str) -> str:
    """Hash of the normalised body; runs of white space count as one blank."""
    text = re.sub(r"\s+", " ", normalise(body))
    text = re.sub(r"> <", "><", text)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def compare(before_path: str, after_path: str, vocabulary: bool) -> int:
    with open(before_path) as f1, open(after_path) as f2:
        before, after = json.load(f1), json.load(f2)
    for pages in before.values():
        for page in pages.values():
            page["sha"] = sha(renamed(page["body"]) if vocabulary else page["body"])
    for pages in after.values():
        for page in pages.values():
            page["sha"] = sha(page["body"])
    differences = 0
    for host in HOSTS:
        old, new = before.get(host, {}), after.get(host, {})
        for path in sorted(set(old) | set(new)):
            a, b = old.get(path), new.get(path)
            if a is None or b is None:
                print(f"{host}{path}: only {'after' if a is None else 'before'}")
                differences += 1
            elif (a["status"], a["sha"]) != (b["status"], b["sha"]):
                print(f"{host}{path}: {a['status']}/{a['sha']} → {b['status']}/{b['sha']}")
                differences += 1
        print(f"{host}: {len(old)} before, {len(new)} after")
    print(f"{differences} differences")
    return 1 if differences else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--limit", type=int, default=400)
    parser.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"))
    parser.add_argument(
        "--vocabulary", action="store_true", help="apply ADR 0008's renames to BEFORE"
    )
    args = parser.parse_args()
    if args.compare:
        sys.exit(compare(*args.compare, vocabulary=args.vocabulary))
    snapshot = {host: crawl_host(args.port, host, args.limit) for host in HOSTS}
    with open(args.out, "w") as f:
        json.dump(snapshot, f, ensure_ascii=False, indent=0, sort_keys=True)
    for host, pages in snapshot.items():
        statuses = {}
        for page in pages.values():
            statuses[page["status"]] = statuses.get(page["status"], 0) + 1
        print(f"{host}: {len(pages)} URLs {statuses}")


if __name__ == "__main__":
    main()
