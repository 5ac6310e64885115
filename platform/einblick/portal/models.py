"""The cross-region portal's own legal texts, kept in the public schema."""

from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField

from .legal import default_accessibility, default_imprint, default_privacy

FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]


@register_setting(icon="doc-full")
class PortalLegalTexts(BaseGenericSetting):
    """Impressum, Datenschutz and Barrierefreiheitserklärung of the cross-region portal."""

    imprint = RichTextField("Impressum", features=FEATURES, default=default_imprint)
    privacy = RichTextField("Datenschutzerklärung", features=FEATURES, default=default_privacy)
    accessibility = RichTextField(
        "Erklärung zur Barrierefreiheit", features=FEATURES, default=default_accessibility
    )

    panels = [
        HelpPanel(
            "Name, Anschrift und Kontakt der Betreiberin stehen über jedem Text; sie kommen aus "
            "„Marke und Gestaltung“ (Kontakt). Die Speicherfristen personenbezogener Daten "
            "stehen automatisch unter der Datenschutzerklärung."
        ),
        FieldPanel("imprint"),
        FieldPanel("privacy"),
        FieldPanel("accessibility"),
    ]

    class Meta:
        verbose_name = "Rechtliches des Portals"
