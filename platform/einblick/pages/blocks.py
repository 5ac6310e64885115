"""StreamField blocks for editorial pages.

Teaser blocks (offers, employers, events) query live data when rendered, so a page always
shows what is public *now*; taxonomy filters are stored as slugs, which are stable across
regions and data reloads.
"""

from django import forms
from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

from einblick.core import retention
from einblick.employers.queries import daily_seed, shuffled
from einblick.events.models import EVENT_KINDS
from einblick.events.queries import event_cards
from einblick.offers.queries import employer_cards, offer_cards
from einblick.security.embeds import privacy_embed, validate_embed_url

from .routes import list_url


class TaxonomyChoiceBlock(blocks.FieldBlock):
    """Choose an active entry of a shared taxonomy; stores its slug."""

    def __init__(self, model_label, required=False, help_text=None, **kwargs):
        self.model_label = model_label
        self._required = required
        self._help_text = help_text
        super().__init__(**kwargs)

    def _choices(self):
        model = apps.get_model(self.model_label)
        return [("", "— alle —")] + list(model.objects.active().values_list("slug", "name"))

    @cached_property
    def field(self):
        return forms.ChoiceField(
            choices=self._choices, required=self._required, help_text=self._help_text
        )

    def entry(self, slug):
        if not slug:
            return None
        return apps.get_model(self.model_label).objects.filter(slug=slug).first()

    class Meta:
        icon = "tag"


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        form_classname = "title"
        label = "Zwischenüberschrift"
        template = "pages/blocks/heading.html"


class TextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault(
            "features", ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]
        )
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = "Text"
        template = "pages/blocks/text.html"


class ImageBlock(blocks.StructBlock):
    """An image with mandatory alt text, unless the editor marks it as purely decorative."""

    image = ImageChooserBlock(label="Bild")
    alt_text = blocks.CharBlock(
        label="Alternativtext",
        required=False,
        max_length=250,
        help_text="Beschreibt, was auf dem Bild zu sehen ist – für Menschen, die es nicht sehen.",
    )
    decorative = blocks.BooleanBlock(
        label="Rein dekorativ (kein Alternativtext nötig)", required=False
    )
    caption = blocks.CharBlock(label="Bildunterschrift", required=False, max_length=250)

    def clean(self, value):
        value = super().clean(value)
        if not value.get("decorative") and not (value.get("alt_text") or "").strip():
            raise StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(
                        "Bitte einen Alternativtext angeben oder das Bild als rein dekorativ markieren."
                    )
                }
            )
        return value

    class Meta:
        icon = "image"
        label = "Bild"
        template = "pages/blocks/image.html"


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label="Überschrift", max_length=120)
    text = blocks.TextBlock(label="Text", required=False, max_length=400)
    link_label = blocks.CharBlock(label="Beschriftung des Buttons", max_length=60)
    link_page = blocks.PageChooserBlock(label="Ziel (Seite)", required=False)
    link_url = blocks.CharBlock(
        label="Ziel (Adresse)",
        required=False,
        max_length=300,
        help_text="Eine Adresse wie https://… oder /angebote/?typ=ferienjob – nur wenn keine Seite gewählt ist.",
    )

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("link_page")) == bool((value.get("link_url") or "").strip()):
            raise StructBlockValidationError(
                block_errors={
                    "link_url": ValidationError(
                        "Bitte genau ein Ziel angeben: eine Seite oder eine Adresse."
                    )
                }
            )
        url = (value.get("link_url") or "").strip()
        if url and not url.startswith(("/", "https://", "http://", "mailto:")):
            raise StructBlockValidationError(
                block_errors={
                    "link_url": ValidationError(
                        "Die Adresse muss mit /, https://, http:// oder mailto: beginnen."
                    )
                }
            )
        return value

    class Meta:
        icon = "pick"
        label = "Handlungsaufruf"
        template = "pages/blocks/call_to_action.html"


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label="Frage", max_length=200)
    answer = blocks.RichTextBlock(label="Antwort", features=["bold", "italic", "ul", "ol", "link"])


class FAQBlock(blocks.StructBlock):
    """Questions and answers as native <details> disclosure widgets (keyboard usable, no JS)."""

    heading = blocks.CharBlock(label="Überschrift", required=False, default="Häufige Fragen")
    items = blocks.ListBlock(FAQItemBlock(), label="Fragen", min_num=1)

    class Meta:
        icon = "help"
        label = "Häufige Fragen (FAQ)"
        template = "pages/blocks/faq.html"


class LiveListBlock(blocks.StructBlock):
    """A heading, the first public cards of one list narrowed by the block's filters, and a
    link to the full list."""

    list_name = ""  # route name of the list page (see routes.list_url)
    context_name = ""  # template variable of the cards
    # block field -> (query parameter the link passes on, or None; ORM lookup)
    FILTERS = {}

    def cards(self):
        raise NotImplementedError

    def pick(self, queryset, count):
        return list(queryset[:count])

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        qs, params = self.cards(), {}
        for name, (param, lookup) in self.FILTERS.items():
            slug = value.get(name)
            if slug:
                qs = qs.filter(**{lookup: slug})
                if param:
                    params[param] = slug
        count = value.get("count") or self.child_blocks["count"].get_default()
        context[self.context_name] = self.pick(qs, count)
        context["more_url"] = list_url(self.list_name, **params)
        return context


class OfferTeaserBlock(LiveListBlock):
    """The newest public offers matching a filter, with a link to the full filtered list."""

    heading = blocks.CharBlock(label="Überschrift", default="Aktuelle Angebote")
    offer_type = TaxonomyChoiceBlock("taxonomy.OfferType", label="Angebotsart")
    occupational_field = TaxonomyChoiceBlock("taxonomy.OccupationalField", label="Berufsfeld")
    target_group = TaxonomyChoiceBlock("taxonomy.TargetGroup", label="Zielgruppe")
    count = blocks.IntegerBlock(label="Anzahl", default=6, min_value=1, max_value=24)

    list_name = context_name = "offers"
    FILTERS = {
        "offer_type": ("typ", "offer_type__slug"),
        "occupational_field": ("berufsfeld", "occupational_fields__slug"),
        "target_group": ("zielgruppe", "target_groups__slug"),
    }

    def cards(self):
        return offer_cards()

    class Meta:
        icon = "list-ul"
        label = "Angebote (Auswahl nach Filter)"
        template = "pages/blocks/offer_teasers.html"


class EmployerTeaserBlock(LiveListBlock):
    """Employers in a daily stable shuffle: every company, small or large, gets the same chance."""

    heading = blocks.CharBlock(label="Überschrift", default="Arbeitgeber in der Region")
    occupational_field = TaxonomyChoiceBlock("taxonomy.OccupationalField", label="Berufsfeld")
    benefit = TaxonomyChoiceBlock("taxonomy.Benefit", label="Vorteil")
    count = blocks.IntegerBlock(label="Anzahl", default=6, min_value=1, max_value=24)

    list_name = context_name = "employers"
    FILTERS = {
        "occupational_field": (None, "occupational_fields__slug"),
        "benefit": (None, "benefits__slug"),
    }

    def cards(self):
        return employer_cards()

    def pick(self, queryset, count):
        return list(shuffled(queryset, daily_seed())[:count])

    class Meta:
        icon = "site"
        label = "Arbeitgeber (Auswahl)"
        template = "pages/blocks/employer_teasers.html"


class EventListBlock(LiveListBlock):
    heading = blocks.CharBlock(label="Überschrift", default="Nächste Veranstaltungen")
    kind = blocks.ChoiceBlock(label="Art", choices=[("", "— alle —"), *EVENT_KINDS], required=False)
    target_group = TaxonomyChoiceBlock("taxonomy.TargetGroup", label="Zielgruppe")
    count = blocks.IntegerBlock(label="Anzahl", default=3, min_value=1, max_value=12)

    list_name = context_name = "events"
    FILTERS = {"kind": (None, "kind"), "target_group": (None, "target_groups__slug")}

    def cards(self):
        return event_cards()

    class Meta:
        icon = "date"
        label = "Veranstaltungen"
        template = "pages/blocks/event_list.html"


class VideoBlock(blocks.StructBlock):
    """A video that loads nothing from the provider until the visitor clicks."""

    url = blocks.URLBlock(
        label="Video-Adresse",
        help_text="YouTube wird über youtube-nocookie.com, Vimeo mit „Do not track“ eingebunden.",
    )
    title = blocks.CharBlock(label="Titel des Videos", max_length=150)
    description = blocks.TextBlock(
        label="Beschreibung oder Transkript", required=False, max_length=2000
    )

    def clean(self, value):
        value = super().clean(value)
        try:
            validate_embed_url(value.get("url") or "-")
        except ValidationError as exc:
            raise StructBlockValidationError(block_errors={"url": exc}) from exc
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["embed"] = privacy_embed(value.get("url"))
        return context

    class Meta:
        icon = "media"
        label = "Video (lädt erst nach Klick)"
        template = "pages/blocks/video.html"


class RetentionPeriodsBlock(blocks.StructBlock):
    """The personal data the platform stores and for how long, from the retention registry,
    so the data-protection page can never fall behind the code that deletes it."""

    heading = blocks.CharBlock(label="Überschrift", default="Welche Daten wir wie lange speichern")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["purgers"] = retention.purgers()
        return context

    class Meta:
        icon = "lock"
        label = "Speicherfristen (automatisch)"
        template = "pages/blocks/retention_periods.html"


def body_blocks():
    """The block set of every editorial body."""
    return [
        ("heading", HeadingBlock()),
        ("text", TextBlock()),
        ("image", ImageBlock()),
        ("cta", CallToActionBlock()),
        ("faq", FAQBlock()),
        ("offers", OfferTeaserBlock()),
        ("employers", EmployerTeaserBlock()),
        ("events", EventListBlock()),
        ("video", VideoBlock()),
        ("retention", RetentionPeriodsBlock()),
    ]
