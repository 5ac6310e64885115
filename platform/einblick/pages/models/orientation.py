"""Career orientation pages: the pupils' interest check and the occupational outlook.

The check runs in the browser: the page carries the statements, the scoring table and the
newest offers per Berufsfeld; a static script (pages/js/interest-check.js) scores the answers
and shows the result. No answer ever reaches the server (no form is submitted).
"""

import json

from django.db import models
from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from einblick.events.queries import event_cards
from einblick.offers.models import Offer
from einblick.offers.queries import offer_cards
from einblick.outlook.charts import outlook_summary
from einblick.outlook.models import OutlookFigure
from einblick.taxonomy.models import INTEREST_TOPICS, InterestQuestion, OccupationalField
from einblick.taxonomy.regional.visibility import visible

from ..routes import list_url

INTRO_FEATURES = ["bold", "italic", "link"]
# answer value, label, share of a statement's points
ANSWERS = [
    ("ja", _("Stimmt"), 1.0),
    ("teils", _("Teils"), 0.5),
    ("nein", _("Stimmt nicht"), 0.0),
]
JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def newest_offers_by_field(field_ids, per_field: int) -> dict[int, list[Offer]]:
    """The `per_field` newest public offers of each Berufsfeld, in two queries plus cards."""
    through = Offer.occupational_fields.through
    ranked = (
        through.objects.filter(
            offer__in=Offer.objects.public().values("pk"), occupationalfield_id__in=field_ids
        )
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=F("occupationalfield_id"),
                order_by=[F("offer__created_at").desc(), F("offer_id").desc()],
            )
        )
        .filter(rank__lte=per_field)
        .order_by("occupationalfield_id", "rank")
        .values_list("occupationalfield_id", "offer_id")
    )
    pairs = list(ranked)
    cards = {o.pk: o for o in offer_cards().filter(pk__in={offer for _, offer in pairs})}
    result: dict[int, list[Offer]] = {}
    for field_id, offer_id in pairs:
        if offer_id in cards:
            result.setdefault(field_id, []).append(cards[offer_id])
    return result


class InterestCheckPage(Page):
    """ "Interessen-Check": statements → Berufsfelder, scored in the browser only."""

    intro = RichTextField("Einleitung", blank=True, features=INTRO_FEATURES)
    offers_per_field = models.PositiveSmallIntegerField(
        "Angebote je Berufsfeld im Ergebnis", default=3
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("offers_per_field")]
    parent_page_types = ["pages.HomePage", "pages.LandingPage", "pages.StandardPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Interessen-Check"
        verbose_name_plural = "Interessen-Checks"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        fields = list(visible(OccupationalField))
        slugs = {f.slug for f in fields}
        questions = [
            (q, {slug: p for slug, p in q.weights.items() if slug in slugs})
            for q in InterestQuestion.objects.active()
        ]
        questions = [(q, weights) for q, weights in questions if weights]
        offers = newest_offers_by_field([f.pk for f in fields], self.offers_per_field or 3)
        by_slug = {f.slug: f for f in fields}
        context["topics"] = [
            (label, [(q, self._weight_list(w, by_slug)) for q, w in questions if q.topic == key])
            for key, label in INTEREST_TOPICS
        ]
        context["answers"] = ANSWERS
        context["result_fields"] = [
            {
                "field": f,
                "offers": offers.get(f.pk, []),
                "url": list_url("offers", berufsfeld=f.slug),
            }
            for f in fields
        ]
        context["events"] = list(event_cards().filter(target_groups__slug="schueler")[:3])
        context["events_url"] = list_url("events")
        context["scoring_json"] = self.scoring_json(questions, fields)
        return context

    @staticmethod
    def _weight_list(weights: dict, by_slug: dict) -> list[tuple[object, int]]:
        """(Berufsfeld, points), most points first, then by the field's short label."""
        fields = [(by_slug[slug], p) for slug, p in weights.items()]
        return sorted(fields, key=lambda item: (-item[1], item[0].short_label))

    @staticmethod
    def scoring_json(questions, fields) -> str:
        """The scoring table for the script, escaped for a <script type="application/json">."""
        data = {
            "answers": {value: share for value, _, share in ANSWERS},
            "questions": [
                {"slug": q.slug, "text": q.label, "weights": weights} for q, weights in questions
            ],
            "fields": [f.slug for f in fields],
        }
        return json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES)


def public_offer_counts(field_ids) -> dict[int, int]:
    """Public offers per Berufsfeld (one query)."""
    through = Offer.occupational_fields.through
    rows = (
        through.objects.filter(
            offer__in=Offer.objects.public().values("pk"), occupationalfield_id__in=field_ids
        )
        .values("occupationalfield_id")
        .annotate(n=Count("offer_id", distinct=True))
    )
    return {row["occupationalfield_id"]: row["n"] for row in rows}


class OutlookPage(Page):
    """ "Berufe mit Zukunft in <Region>": the region's occupational outlook, linked to offers."""

    intro = RichTextField("Einleitung", blank=True, features=INTRO_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["pages.HomePage", "pages.LandingPage", "pages.StandardPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Berufe mit Zukunft"
        verbose_name_plural = "Berufe mit Zukunft"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        figures = sorted(
            OutlookFigure.objects.latest().select_related("occupational_field"),
            key=lambda f: (-f.gap_share, f.occupation_group),
        )
        counts = public_offer_counts([f.occupational_field_id for f in figures])
        context["rows"] = [
            {
                "figure": f,
                "offers": counts.get(f.occupational_field_id, 0),
                "url": list_url("offers", berufsfeld=f.occupational_field.slug)
                if f.occupational_field
                else "",
            }
            for f in figures
        ]
        context.update(outlook_summary(figures, "outlook-chart"))
        return context
