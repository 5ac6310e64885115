"""Blocks of the international guide: steps, printable checklists, glossary entries."""

from wagtail import blocks

STEP_FEATURES = ["bold", "italic", "ul", "ol", "link"]


class LinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label="Linktext", max_length=120)
    url = blocks.URLBlock(label="Adresse")

    class Meta:
        icon = "link"
        label = "Link"


class StepBlock(blocks.StructBlock):
    """One step of the process: what to do, who helps, documents, duration, links."""

    title = blocks.CharBlock(label="Schritt", max_length=150)
    what = blocks.RichTextBlock(label="Was ist zu tun?", features=STEP_FEATURES)
    who_helps = blocks.TextBlock(label="Wer hilft?", required=False)
    documents = blocks.ListBlock(
        blocks.CharBlock(max_length=200), label="Unterlagen", required=False, default=[]
    )
    duration = blocks.CharBlock(label="Typische Dauer", max_length=100, required=False)
    links = blocks.ListBlock(LinkBlock(), label="Links", required=False, default=[])

    class Meta:
        icon = "list-ol"
        label = "Schritt"
        template = "international/blocks/step_block.html"


class ChecklistBlock(blocks.StructBlock):
    """A list a company can print and tick off."""

    heading = blocks.CharBlock(label="Überschrift", max_length=150)
    items = blocks.ListBlock(blocks.CharBlock(max_length=300), label="Punkte")

    class Meta:
        icon = "tick-inverse"
        label = "Checkliste"
        template = "international/blocks/checklist_block.html"


class GlossaryEntryBlock(blocks.StructBlock):
    term = blocks.CharBlock(label="Begriff", max_length=100)
    explanation = blocks.TextBlock(label="Erklärung in einfachen Worten")

    class Meta:
        icon = "help"
        label = "Begriff"
