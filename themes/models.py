"""Per-region brand settings, edited in the region's Wagtail admin (Einstellungen → Marke).

One row per schema (BaseGenericSetting): each region schema has its own, the public schema's
row brands the cross-region portal. Colour choices are checked by the accessibility guard
(themes.guard) and refused below WCAG 2.1 AA.
"""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import PreviewableMixin

from .active import ActiveTheme
from .guard import check_colours
from .registry import get_theme, theme_choices
from .tokens import COLOUR_LABELS
from .widgets import ColourPicker

hex_colour = RegexValidator(
    r"^#[0-9a-fA-F]{6}$", "Bitte eine Farbe im Format #RRGGBB angeben, z. B. #1D4F91."
)
PICKER_HELP = "Farbe wählen – oder „Farbe des Themes verwenden“ ankreuzen."
COLOUR_FIELDS = {
    "primary": "primary_color",
    "secondary": "secondary_color",
    "accent": "accent_color",
}


def _optional(to, label, help_text=""):
    """An optional link to an image or a page; deleting the target empties it."""
    return models.ForeignKey(
        to,
        verbose_name=label,
        help_text=help_text,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


def _image(label, help_text=""):
    return _optional("wagtailimages.Image", label, help_text)


def _page(label):
    return _optional("wagtailcore.Page", label)


def _colour(label):
    return models.CharField(
        label,
        max_length=7,
        blank=True,
        validators=[hex_colour],
        help_text="Leer lassen, um die Farbe des Themes zu verwenden.",
    )


@register_setting(icon="image")
class BrandSettings(PreviewableMixin, BaseGenericSetting):
    """Name, look and footer of one portal (a region, or the cross-region portal)."""

    theme = models.CharField(
        "Theme",
        max_length=30,
        blank=True,
        choices=theme_choices,
        help_text="Leer: neutrales Standard-Theme „Thüringen“.",
    )
    primary_color = _colour("Primärfarbe")
    secondary_color = _colour("Sekundärfarbe")
    accent_color = _colour("Akzentfarbe")

    portal_name = models.CharField(
        "Portalname", max_length=80, blank=True, help_text="Leer: Name der Region."
    )
    claim = models.CharField("Claim", max_length=160, blank=True)
    logo = _image(
        "Logo", "Wird neben dem Portalnamen gezeigt; am besten quer, mindestens 96 px hoch."
    )
    favicon = _image("Favicon", "Quadratisch, mindestens 192 × 192 px.")
    hero_image = _image("Titelbild", "Großes Bild auf der Startseite.")
    social_image = _image("Vorschaubild für soziale Medien", "Ideal 1200 × 630 px.")

    imprint_page = _page("Impressum (Seite)")
    imprint_url = models.URLField("Impressum (externe Adresse)", blank=True)
    privacy_page = _page("Datenschutz (Seite)")
    privacy_url = models.URLField("Datenschutz (externe Adresse)", blank=True)
    accessibility_page = _page("Barrierefreiheit (Seite)")
    accessibility_url = models.URLField("Barrierefreiheit (externe Adresse)", blank=True)
    footer_text = models.TextField("Text in der Fußzeile", blank=True)

    agency_name = models.CharField("Name der Agentur/Stelle", max_length=120, blank=True)
    agency_address = models.TextField("Anschrift", blank=True)
    agency_phone = models.CharField("Telefon", max_length=40, blank=True)
    agency_email = models.EmailField("E-Mail", blank=True)
    agency_url = models.URLField("Website", blank=True)

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    HelpPanel(
                        "Farben werden beim Speichern auf ausreichenden Kontrast (WCAG 2.1 AA) "
                        "geprüft. Die Vorschau rechts zeigt Änderungen vor dem Speichern."
                    ),
                    FieldPanel("theme"),
                    MultiFieldPanel(
                        [
                            FieldPanel(
                                "primary_color", widget=ColourPicker(), help_text=PICKER_HELP
                            ),
                            FieldPanel(
                                "secondary_color", widget=ColourPicker(), help_text=PICKER_HELP
                            ),
                            FieldPanel(
                                "accent_color", widget=ColourPicker(), help_text=PICKER_HELP
                            ),
                        ],
                        heading="Farben",
                    ),
                ],
                heading="Gestaltung",
            ),
            ObjectList(
                [
                    FieldPanel("portal_name"),
                    FieldPanel("claim"),
                    FieldPanel("logo"),
                    FieldPanel("favicon"),
                    FieldPanel("hero_image"),
                    FieldPanel("social_image"),
                ],
                heading="Portal und Bilder",
            ),
            ObjectList(
                [
                    MultiFieldPanel(
                        [FieldPanel("imprint_page"), FieldPanel("imprint_url")], heading="Impressum"
                    ),
                    MultiFieldPanel(
                        [FieldPanel("privacy_page"), FieldPanel("privacy_url")],
                        heading="Datenschutz",
                    ),
                    MultiFieldPanel(
                        [FieldPanel("accessibility_page"), FieldPanel("accessibility_url")],
                        heading="Barrierefreiheit",
                    ),
                    FieldPanel("footer_text"),
                ],
                heading="Fußzeile",
            ),
            ObjectList(
                [
                    FieldPanel("agency_name"),
                    FieldPanel("agency_address"),
                    FieldPanel("agency_phone"),
                    FieldPanel("agency_email"),
                    FieldPanel("agency_url"),
                ],
                heading="Kontakt",
            ),
        ]
    )

    class Meta:
        verbose_name = "Marke und Gestaltung"
        verbose_name_plural = "Marke und Gestaltung"

    def colour_overrides(self) -> dict[str, str]:
        return {role: getattr(self, f) for role, f in COLOUR_FIELDS.items() if getattr(self, f)}

    def active_theme(self, portal_name: str = "") -> ActiveTheme:
        return ActiveTheme(
            get_theme(self.theme), self.colour_overrides(), self.portal_name or portal_name
        )

    def clean(self):
        super().clean()
        overrides = {
            role: value
            for role, value in self.colour_overrides().items()
            if hex_colour.regex.match(value)
        }
        errors: dict[str, list[str]] = {}
        for problem in check_colours(get_theme(self.theme).tokens, overrides):
            field = COLOUR_FIELDS.get(problem.adjust, "theme")
            errors.setdefault(field, []).append(problem.message())
        if errors:
            raise ValidationError(errors)

    # --- preview (Wagtail's preview panel on the settings page) -----------------------------
    def get_preview_template(self, request, mode_name):
        return "themes/brand_preview.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context["colour_labels"] = COLOUR_LABELS
        return context
