"""Editorial Wagtail pages of a region portal."""

from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page


class HomePage(Page):
    """The root page of a region portal."""

    body = StreamField(
        [
            ("heading", blocks.CharBlock(form_classname="title", label="Überschrift")),
            ("paragraph", blocks.RichTextBlock(label="Text")),
        ],
        blank=True,
        use_json_field=True,
        verbose_name="Inhalt",
    )

    content_panels = Page.content_panels + [FieldPanel("body")]
    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = "Startseite"


class StandardPage(Page):
    """A general editorial page (Für Schüler:innen, Impressum, ...)."""

    body = StreamField(
        [
            ("heading", blocks.CharBlock(form_classname="title", label="Überschrift")),
            ("paragraph", blocks.RichTextBlock(label="Text")),
        ],
        blank=True,
        use_json_field=True,
        verbose_name="Inhalt",
    )

    content_panels = Page.content_panels + [FieldPanel("body")]

    class Meta:
        verbose_name = "Inhaltsseite"
