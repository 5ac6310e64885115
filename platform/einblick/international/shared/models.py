"""Contacts: the fields every contact has, and the platform-wide (shared) entries.

A region's own contacts live in its schema (`international.Contact`); entries useful to all
regions (a state service like ThAFF, a recognition hotline) live once in the public schema as
`SharedContact`, and a region includes the ones it wants on its contacts directory page.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from einblick.core.languages import ChoiceArrayField, language_list_field, language_names

CONTACT_KINDS = [
    ("auslaenderbehoerde", _("Ausländerbehörde")),
    ("kammer", _("IHK / Handwerkskammer")),
    ("arbeitsagentur", _("Agentur für Arbeit / Jobcenter")),
    ("landesservice", _("Landesservice für Fachkräfte")),
    ("anerkennung", _("Anerkennungsberatung")),
    ("sprachschule", _("Sprachschule / Deutschkurse")),
    ("migrationsberatung", _("Migrationsberatung")),
    ("hochschule", _("Hochschule / International Office")),
    ("sonstige", _("Sonstige")),
]
CONTACT_TOPICS = [
    ("anerkennung", _("Anerkennung von Abschlüssen")),
    ("aufenthalt", _("Aufenthalt und Visum")),
    ("sprache", _("Deutsch lernen")),
    ("rekrutierung", _("Fachkräfte finden")),
    ("foerderung", _("Förderung und Zuschüsse")),
    ("arbeitsrecht", _("Arbeitsrecht")),
    ("ankommen", _("Ankommen: Wohnen, Familie, Schule")),
    ("studium", _("Studium und Praktikum")),
]


class ContactFields(models.Model):
    """What a contact shows on the directory page (region and shared entries alike)."""

    name = models.CharField("Name", max_length=200, help_text="Person oder Stelle")
    organisation = models.CharField("Organisation", max_length=200, blank=True)
    kind = models.CharField("Art", max_length=30, choices=CONTACT_KINDS)
    topics = ChoiceArrayField(
        models.CharField(max_length=20, choices=CONTACT_TOPICS),
        verbose_name="Themen",
        default=list,
        blank=True,
    )
    languages = language_list_field(
        "Sprachen in der Beratung", "Sprachen, in denen man hier beraten wird."
    )
    opening_hours = models.TextField("Sprechzeiten", blank=True)
    street = models.CharField("Straße und Hausnummer", max_length=200, blank=True)
    postcode = models.CharField("PLZ", max_length=10, blank=True)
    city = models.CharField("Ort", max_length=100, blank=True)
    phone = models.CharField("Telefon", max_length=50, blank=True)
    email = models.EmailField("E-Mail", blank=True)
    website = models.URLField("Webseite", blank=True)
    note = models.TextField("Kurzbeschreibung", max_length=600, blank=True)

    class Meta:
        abstract = True
        ordering = ["kind", "name"]

    def __str__(self):
        return f"{self.name} ({self.organisation})" if self.organisation else self.name

    @property
    def language_names(self) -> list[str]:
        return language_names(self.languages)

    @property
    def topic_names(self) -> list[str]:
        names = dict(CONTACT_TOPICS)
        return [str(names[t]) for t in self.topics if t in names]


class SharedContact(ContactFields):
    """A contact every region may include (maintained on the platform admin)."""

    class Meta(ContactFields.Meta):
        verbose_name = "Landesweiter Kontakt"
        verbose_name_plural = "Landesweite Kontakte"
