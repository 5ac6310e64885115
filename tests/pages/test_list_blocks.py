"""Live list blocks (offers, employers, events): public cards narrowed by the block's filters."""

import datetime

from django.utils import timezone
from django_tenants.utils import tenant_context

from einblick.pages.blocks import EmployerTeaserBlock, EventListBlock, OfferTeaserBlock
from einblick.taxonomy.models import Benefit
from tests import factories


def _context(block, **value):
    return block.get_context(block.to_python(value))


def test_offer_teasers_show_public_offers_of_the_chosen_type_and_link_the_filtered_list(
    taxonomies, jena_region, weimar_region
):
    # given public offers of two types, a draft, and an offer of the same type in Weimar
    with tenant_context(weimar_region):
        factories.offer(title="Ferienjob in Weimar", type_obj=factories.offer_type("ferienjob"))
    with tenant_context(jena_region):
        ferienjob = factories.offer_type("ferienjob")
        shown = factories.offer(title="Ferienjob im Lager (m/w/d)", type_obj=ferienjob)
        factories.offer(title="Ferienjob Entwurf (m/w/d)", type_obj=ferienjob, live=False)
        factories.offer(title="Praktikum Metall (m/w/d)")

        # when the block is rendered in Jena with the type filter
        context = _context(OfferTeaserBlock(), heading="Jobs", offer_type="ferienjob", count=4)

    # then only Jena's public offer of that type is shown, and the link keeps the filter
    assert context["offers"] == [shown]
    assert context["more_url"] == "/angebote/?typ=ferienjob"


def test_employer_teasers_filter_by_benefit_and_link_the_whole_directory(taxonomies, jena):
    # given two public employers, one with a benefit, and a draft employer with it
    benefit = Benefit.objects.active().first()
    with_benefit = factories.employer(name="Mit Vorteil GmbH")
    with_benefit.benefits.add(benefit)
    with_benefit.save()
    factories.employer(name="Ohne Vorteil GmbH")
    draft = factories.employer(name="Entwurf GmbH", live=False)
    draft.benefits.add(benefit)
    draft.save()

    # when the block filters by the benefit (no count given)
    context = _context(EmployerTeaserBlock(), heading="Betriebe", benefit=benefit.slug, count=None)

    # then only the public employer with the benefit is shown; the link has no filter
    assert context["employers"] == [with_benefit]
    assert context["more_url"] == "/arbeitgeber/"


def test_event_list_shows_the_next_three_events_of_a_kind_by_default(jena):
    # given four upcoming fairs, a past fair and an upcoming workshop
    now = timezone.now()
    fairs = [
        factories.event(kind="ausbildungsmesse", start=now + datetime.timedelta(days=d))
        for d in (4, 1, 3, 2)
    ]
    factories.event(kind="ausbildungsmesse", start=now - datetime.timedelta(days=2))
    factories.event(kind="workshop", start=now + datetime.timedelta(days=1))

    # when the block asks for fairs without a count
    context = _context(EventListBlock(), heading="Termine", kind="ausbildungsmesse", count=None)

    # then the three next fairs are shown, soonest first, with the calendar link
    assert context["events"] == [fairs[1], fairs[3], fairs[2]]
    assert context["more_url"] == "/veranstaltungen/"
