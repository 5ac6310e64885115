"""Shared steps for the company-area tests: pages a company login sees, visible text."""

import re

EMPLOYERS = "/cms/snippets/employers/employer/"
OFFERS = "/cms/snippets/offers/offer/"

# Common English admin words that must not reach a company login (whole words).
# "Filter" is German too ("über den Filter …"); "Filters"/"Filter by" are not.
ENGLISH_WORDS = [
    "Dashboard", "Search", "Save", "Edit", "Updated", "Created", "Password", "Sign in",
    "Pages", "Images", "Documents", "Snippets", "Settings", "Reports", "Help", "Submit",
    "Draft", "Live", "Username", "Cancel", "Delete", "Filters", "Filter by", "Sort", "Actions",
    "Account", "Log out", "Welcome", "moderation", "Workflow", "Wagtail",
]  # fmt: skip
TECHNICAL_FIELDS = ["URL-Kürzel", "Externe ID", "Breitengrad", "Längengrad", "Koordinaten"]


def visible_text(html: str) -> str:
    """What a person reads: no scripts, styles, icons, noscript notices or tags."""
    html = re.sub(r"<(script|style|svg|noscript|template)\b.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r"<[^>]+>", " ", html)
    return " ".join(html.split())


def forbidden_words(html: str, words) -> list[str]:
    text = visible_text(html)
    return [w for w in words if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text)]
