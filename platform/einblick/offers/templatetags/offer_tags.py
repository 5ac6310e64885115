"""Presentation helpers for offers: period, pay and location in plain German."""

from django import template
from django.utils.formats import date_format, number_format

register = template.Library()

PAY_UNIT_TEXT = {"hour": "pro Stunde", "month": "im Monat", "total": "insgesamt"}


def _date(value):
    return date_format(value, "j. F Y")


@register.filter
def period_label(offer) -> str:
    if offer.period_kind == "on_request":
        return "nach Absprache"
    if offer.period_kind == "season":
        return offer.get_season_display() if offer.season else "wiederkehrend"
    if offer.start_date and offer.end_date:
        if offer.start_date == offer.end_date:
            return f"am {_date(offer.start_date)}"
        return f"{_date(offer.start_date)} bis {_date(offer.end_date)}"
    if offer.start_date:
        return f"ab {_date(offer.start_date)}"
    if offer.end_date:
        return f"bis {_date(offer.end_date)}"
    return "nach Absprache"


@register.filter
def pay_label(offer) -> str:
    """'12,50 € pro Stunde', 'unbezahlt', or '' when the employer gave no information."""
    if offer.pay_kind == "unpaid":
        return "unbezahlt"
    if offer.pay_kind not in ("paid", "allowance"):
        return ""
    prefix = "Aufwandsentschädigung" if offer.pay_kind == "allowance" else ""
    if offer.pay_amount is None:
        return prefix or "bezahlt"
    decimals = 0 if offer.pay_amount == offer.pay_amount.to_integral_value() else 2
    amount = f"{number_format(offer.pay_amount, decimals, force_grouping=True)}\u00a0€"
    unit = PAY_UNIT_TEXT.get(offer.pay_unit, "")
    return " ".join(part for part in (prefix, amount, unit) if part)


@register.simple_tag
def offer_location(offer) -> dict:
    street, postcode, city, lat, lon = offer.effective_location()
    return {"street": street, "postcode": postcode, "city": city, "lat": lat, "lon": lon}
