"""Copy-paste code of an embed for other websites: script tag, iframe and plain link.

Absolute URLs on the host the editor works on (the region host), built from the routes.
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.html import format_html

FRAME_HEIGHT = {"widget": "420px", "button": "80px"}


@dataclass(frozen=True)
class EmbedCode:
    slug: str
    label: str
    hint: str
    code: str


def embed_codes(request, embed, portal_name: str) -> list[EmbedCode]:
    frame = request.build_absolute_uri(reverse("embed_frame", args=[embed.key]))
    link = request.build_absolute_uri(reverse("embed_link", args=[embed.key]))
    script = request.build_absolute_uri(reverse("embed_script"))
    title = f"{embed.title} – {portal_name}"
    script_code = format_html(
        '<script src="{}" data-einblick-embed="{}" data-einblick-title="{}" async></script>\n'
        '<noscript><a href="{}">{}</a></noscript>',
        script, frame, title, link, title,
    )  # fmt: skip
    width = "100%" if embed.kind == "widget" else "360px"
    iframe_code = format_html(
        '<iframe src="{}" title="{}" loading="lazy" '
        'style="border:0;width:{};max-width:100%;height:{}"></iframe>',
        frame, title, width, FRAME_HEIGHT[embed.kind],
    )  # fmt: skip
    link_code = format_html('<a href="{}">{}</a>', link, title)
    return [
        EmbedCode(
            "skript",
            "Skript (empfohlen)",
            "Passt die Höhe automatisch an. Ohne JavaScript erscheint der Link.",
            script_code,
        ),
        EmbedCode(
            "iframe",
            "iframe",
            "Für Baukästen, die nur HTML-Rahmen erlauben; die Höhe ist fest.",
            iframe_code,
        ),
        EmbedCode(
            "link",
            "Einfacher Link",
            "Für Seiten ohne Skripte und ohne Rahmen, auch für E-Mails und PDFs.",
            link_code,
        ),
    ]
