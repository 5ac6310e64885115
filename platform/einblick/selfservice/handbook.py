"""The German handbooks of docs/redaktion/, served inside the CMS ("Hilfe" menu).

Editors and companies read the same Markdown files that live in the repository, rendered
with Python-Markdown; the pictures come from docs/redaktion/img/. Company logins read only
the handbook of the company area.
"""

from dataclasses import dataclass
from pathlib import Path

import markdown
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.utils.safestring import mark_safe

from einblick.employers.company_access import company_employer_id

COMPANY_HANDBOOK = "unternehmensbereich"


@dataclass(frozen=True)
class Handbook:
    slug: str
    title: str


HANDBOOKS = [
    Handbook(COMPANY_HANDBOOK, "Unternehmensbereich"),
    Handbook("arbeitgeber-und-angebote", "Arbeitgeber und Angebote"),
    Handbook("kennzahlen", "Kennzahlen"),
    Handbook("interessen-check", "Interessen-Check"),
]
IMAGE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".svg": "image/svg+xml"}


def folder() -> Path:
    return Path(settings.BASE_DIR) / "docs" / "redaktion"


def readable(user) -> list[Handbook]:
    """The handbooks `user` may read: companies only theirs, editors all that exist."""
    books = HANDBOOKS
    if company_employer_id(user) is not None:
        books = [b for b in HANDBOOKS if b.slug == COMPANY_HANDBOOK]
    return [b for b in books if (folder() / f"{b.slug}.md").is_file()]


def _book(request, slug: str) -> Handbook:
    book = next((b for b in readable(request.user) if b.slug == slug), None)
    if book is None:
        if any(b.slug == slug for b in HANDBOOKS):
            raise PermissionDenied
        raise Http404("Dieses Handbuch gibt es nicht.")
    return book


def handbook_view(request, slug: str):
    book = _book(request, slug)
    text = (folder() / f"{book.slug}.md").read_text(encoding="utf-8")
    html = markdown.markdown(text, extensions=["tables", "toc"], output_format="html")
    context = {
        "book": book,
        "books": readable(request.user),
        "content": mark_safe(html),  # noqa: S308 - the repository's own handbooks
        "page_title": f"Hilfe: {book.title}",
        "header_icon": "help",
    }
    return render(request, "selfservice/handbook.html", context)


def handbook_image(request, slug: str, name: str):
    _book(request, slug)
    path = folder() / "img" / name
    kind = IMAGE_TYPES.get(path.suffix.lower())
    if kind is None or "/" in name or name.startswith(".") or not path.is_file():
        raise Http404("Dieses Bild gibt es nicht.")
    return FileResponse(path.open("rb"), content_type=kind)
