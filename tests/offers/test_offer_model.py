"""Offers: public visibility, automatic expiry, validation, region isolation."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from django_tenants.utils import tenant_context

from einblick.offers.models import Offer
from tests import factories


def test_offer_disappears_on_its_end_date_without_anyone_acting(jena):
    today = timezone.localdate()
    offer = factories.offer("Ferienjob im Lager", end_date=today)
    assert offer in Offer.objects.public()
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    assert offer not in Offer.objects.public(now=tomorrow)
    assert offer.status == "published"


def test_expire_at_hides_offer_and_status_says_expired(jena):
    offer = factories.offer(expire_at=timezone.now() - datetime.timedelta(minutes=1))
    assert offer not in Offer.objects.public()
    assert offer.status == "expired"


def test_draft_and_unpublished_employer_hide_offer(jena):
    draft = factories.offer(live=False)
    hidden_employer = factories.employer(live=False)
    of_hidden = factories.offer(employer_obj=hidden_employer)
    public = set(Offer.objects.public())
    assert draft not in public and of_hidden not in public
    assert draft.status == "draft"


def test_full_clean_refuses_non_inclusive_title_and_bad_period(jena):
    offer = Offer(
        title="Ausbildung zum Mechatroniker",
        employer=factories.employer(),
        offer_type=factories.offer_type(),
        period_kind="dates",
    )
    with pytest.raises(ValidationError) as excinfo:
        offer.full_clean()
    assert set(excinfo.value.message_dict) >= {"title", "start_date"}


def test_region_b_never_sees_region_a_offers(jena, weimar_region):
    factories.offer("Praktikum nur in Jena")
    with tenant_context(weimar_region):
        assert not Offer.objects.filter(title="Praktikum nur in Jena").exists()
        factories.offer("Praktikum nur in Weimar")
    assert list(Offer.objects.values_list("title", flat=True)) == ["Praktikum nur in Jena"]
