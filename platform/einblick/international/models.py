"""Pages and snippets of the international section (issue 20).

`InternationalGuidePage`: the step-by-step guide for small companies recruiting skilled
workers from abroad, with printable checklists, a glossary and a yearly "last checked" date
(the report `overdue_guides` lists pages not checked for a year). `BestPracticeStoryPage`:
how a local company did it, linked from its employer profile. `Contact` and
`ContactDirectoryPage`: the local contacts directory; platform-wide entries
(`international_shared.SharedContact`) are included per region on the directory page.
"""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from einblick.events.models import Event
from einblick.events.queries import event_cards
from themes.page_language import one_per_translation

from .blocks import ChecklistBlock, GlossaryEntryBlock, StepBlock
from .filters import ContactFilter
from .shared.models import ContactFields

INTRO_FEATURES = ["bold", "italic", "link", "ul"]
EVENT_KIND = "fachkraefte_international"
REVIEW_AFTER = datetime.timedelta(days=365)
SECTION_PARENTS = ["pages.HomePage", "pages.LandingPage", "pages.StandardPage"]


class InternationalGuidePage(Page):
    """Guide "Fachkräfte aus dem Ausland gewinnen" for small and micro companies."""

    intro = RichTextField("Einleitung", features=INTRO_FEATURES, blank=True)
    steps = StreamField([("step", StepBlock())], verbose_name="Schritte", blank=True)
    checklists = StreamField(
        [("checklist", ChecklistBlock())], verbose_name="Checklisten zum Ausdrucken", blank=True
    )
    glossary = StreamField(
        [("entry", GlossaryEntryBlock())], verbose_name="Begriffe (Glossar)", blank=True
    )
    last_checked = models.DateField(
        "Zuletzt inhaltlich geprüft am",
        default=timezone.localdate,
        help_text="Rechtliche Angaben ändern sich: Bitte mindestens einmal im Jahr prüfen und "
        "das Datum erneuern. Seiten ohne Prüfung seit 12 Monaten stehen im Bericht "
        "„Leitfäden prüfen“.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("steps"),
        FieldPanel("checklists"),
        FieldPanel("glossary"),
        FieldPanel("last_checked"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("steps"),
        index.SearchField("glossary"),
    ]
    parent_page_types = SECTION_PARENTS
    subpage_types = [
        "international.BestPracticeStoryPage",
        "international.ContactDirectoryPage",
        "pages.StandardPage",
    ]

    class Meta:
        verbose_name = "Leitfaden Fachkräfte international"
        verbose_name_plural = "Leitfäden Fachkräfte international"

    @classmethod
    def overdue(cls, today: datetime.date | None = None):
        """Guide pages whose content was last checked more than 12 months ago."""
        today = today or timezone.localdate()
        return cls.objects.filter(last_checked__lt=today - REVIEW_AFTER).order_by("last_checked")

    @property
    def is_overdue(self) -> bool:
        return self.last_checked < timezone.localdate() - REVIEW_AFTER

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["events"] = list(event_cards(Event.objects.upcoming().filter(kind=EVENT_KIND))[:4])
        stories = BestPracticeStoryPage.objects.live().public().order_by("-pk")
        context["stories"] = one_per_translation(stories)[:6]  # in the page's language
        directories = ContactDirectoryPage.objects.live().public()  # in the guide's language
        context["directory"] = directories.filter(locale=self.locale).first() or directories.first()
        return context


class BestPracticeStoryPage(Page):
    """How a local company recruited and welcomed skilled workers from abroad."""

    employer = models.ForeignKey(
        "employers.Employer",
        verbose_name="Arbeitgeber",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="best_practice_stories",
    )
    intro = models.TextField("Kurzfassung", max_length=400)
    quote = models.TextField("Zitat", max_length=500)
    quote_author = models.CharField("Wer sagt das?", max_length=150)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="Foto",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    photo_alt = models.CharField(
        "Alternativtext des Fotos",
        max_length=250,
        help_text="Was ist zu sehen? z. B. „Pflegefachfrau Ana mit ihrer Chefin im Garten“.",
    )
    body = RichTextField("Geschichte", features=["bold", "italic", "link", "ul", "h3"])
    company_size = models.CharField("Unternehmensgröße", max_length=100, blank=True)
    origin_country = models.CharField("Herkunftsland", max_length=100, blank=True)
    time_to_hire = models.CharField("Dauer bis zur Einstellung", max_length=100, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("employer"),
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("quote"), FieldPanel("quote_author")], heading="Zitat"),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_alt")], heading="Foto"),
        FieldPanel("body"),
        FieldRowPanel(
            [FieldPanel("company_size"), FieldPanel("origin_country"), FieldPanel("time_to_hire")],
            heading="Fakten",
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("quote"),
        index.SearchField("body"),
    ]
    parent_page_types = ["international.InternationalGuidePage", *SECTION_PARENTS]
    subpage_types = []

    class Meta:
        verbose_name = "Erfolgsgeschichte"
        verbose_name_plural = "Erfolgsgeschichten"

    def clean(self):
        super().clean()
        if self.photo_id is None:
            raise ValidationError({"photo": "Bitte ein Foto wählen."})
        if not self.photo_alt.strip():
            raise ValidationError(
                {"photo_alt": "Bitte beschreiben, was auf dem Foto zu sehen ist."}
            )

    @property
    def facts(self) -> list[tuple[str, str]]:
        rows = [
            (_("Unternehmensgröße"), self.company_size),
            (_("Herkunftsland"), self.origin_country),
            (_("Dauer bis zur Einstellung"), self.time_to_hire),
        ]
        return [(label, value) for label, value in rows if value]


class Contact(ContactFields, index.Indexed):
    """A contact person or office of the region (Ausländerbehörde, Kammer, Sprachschule …)."""

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("organisation")]),
        FieldPanel("kind"),
        FieldPanel("note"),
        FieldPanel("topics"),
        FieldPanel("languages"),
        FieldPanel("opening_hours"),
        MultiFieldPanel(
            [
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldPanel("website"),
            ],
            heading="Erreichbarkeit",
        ),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("organisation")]

    class Meta(ContactFields.Meta):
        verbose_name = "Kontakt"
        verbose_name_plural = "Kontakte"


class ContactDirectoryPage(Page):
    """The public contacts directory: the region's contacts and included shared ones."""

    intro = RichTextField("Einleitung", features=INTRO_FEATURES, blank=True)
    shared_contacts = ParentalManyToManyField(
        "international_shared.SharedContact",
        verbose_name="Landesweite Kontakte übernehmen",
        blank=True,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("shared_contacts", widget=forms.CheckboxSelectMultiple),
    ]
    parent_page_types = ["international.InternationalGuidePage", *SECTION_PARENTS]
    subpage_types = []

    class Meta:
        verbose_name = "Kontaktverzeichnis"
        verbose_name_plural = "Kontaktverzeichnisse"

    def contacts(self, params=None):
        """(filter, contacts): own and included shared contacts matching `params`, by name."""
        own = ContactFilter(params or None, queryset=Contact.objects.all())
        shared = ContactFilter(params or None, queryset=self.shared_contacts.all())
        if own.is_bound and not own.form.is_valid():
            return own, []
        rows = sorted([*own.qs, *shared.qs], key=lambda c: (c.name.casefold(), c.city))
        return own, rows

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters, contacts = self.contacts(request.GET)
        context.update(filters=filters, filter_form=filters.form, contacts=contacts)
        return context
