"""Rewrite references (ids) inside rich text and StreamField data when loading a bundle."""

import re

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_REF = re.compile(
    r'(<(?:a|embed)\b[^>]*?(?:linktype|embedtype)="(\w+)"[^>]*?\bid=")(\d+)(")'
)
KIND_FOR_TYPE = {"page": "page", "image": "image", "document": "document"}


class IdMap:
    """Old id → new id per kind ("page", "image", "document", "employers.employer", …)."""

    def __init__(self):
        self.maps: dict[str, dict[int, int]] = {}

    def add(self, kind: str, old: int, new: int) -> None:
        self.maps.setdefault(kind, {})[int(old)] = new

    def get(self, kind: str, old):
        if old in (None, ""):
            return None
        return self.maps.get(kind, {}).get(int(old))


def remap_rich_text(html: str, ids: IdMap) -> str:
    """Page links, documents and embedded images in Wagtail's stored rich text format."""

    def replace(match):
        kind = KIND_FOR_TYPE.get(match.group(2))
        new = ids.get(kind, match.group(3)) if kind else None
        if new is None:
            return match.group(0)
        return f"{match.group(1)}{new}{match.group(4)}"

    return RICH_TEXT_REF.sub(replace, html or "")


def remap_block(block, value, ids: IdMap):
    """Walk raw StreamField JSON along its block definition and remap chooser ids."""
    if value is None:
        return None
    if isinstance(block, blocks.StreamBlock):
        for item in value:
            child = block.child_blocks.get(item.get("type"))
            if child is not None:
                item["value"] = remap_block(child, item.get("value"), ids)
        return value
    if isinstance(block, blocks.ListBlock):
        for index, item in enumerate(value):
            if isinstance(item, dict) and "type" in item and "value" in item:
                item["value"] = remap_block(block.child_block, item["value"], ids)
            else:
                value[index] = remap_block(block.child_block, item, ids)
        return value
    if isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            if name in value:
                value[name] = remap_block(child, value[name], ids)
        return value
    if isinstance(block, ImageChooserBlock):
        return ids.get("image", value)
    if isinstance(block, DocumentChooserBlock):
        return ids.get("document", value)
    if isinstance(block, blocks.PageChooserBlock):
        return ids.get("page", value)
    if isinstance(block, SnippetChooserBlock):
        return ids.get(block.target_model._meta.label_lower, value)
    if isinstance(block, blocks.RichTextBlock):
        return remap_rich_text(value, ids)
    return value
