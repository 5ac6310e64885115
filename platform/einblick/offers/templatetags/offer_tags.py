"""Presentation helpers for offers: period, pay and location in plain German (or English under /en/)."""

from django import template
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

register = template.Library()

PAY_UNIT_TEXT = {
    "hour": gettext_lazy("pro Stunde"),
    "month": gettext_lazy("im Monat"),
    "total": gettext_lazy("insgesamt"),
}


def _date(value):
    return date_format(value, _("j. F Y"))


@register.filter
def period_label(offer) -> str:
    if offer.period_kind == "on_request":
        return _("nach Absprache")
    if offer.period_kind == "season":
        return str(offer.get_season_display()) if offer.season else _("wiederkehrend")
    start, end = offer.start_date, offer.end_date
    if start and end:
        if start == end:
            return _("am %(date)s") % {"date": _date(start)}
        return _("%(start)s bis %(end)s") % {"start": _date(start), "end": _date(end)}
    if start:
        return _("ab %(date)s") % {"date": _date(start)}
    if end:
        return _("bis %(date)s") % {"date": _date(end)}
    return _("nach Absprache")


@register.filter
def pay_label(offer) -> str:
    """'12,50 € pro Stunde', 'unbezahlt', or '' when the employer gave no information."""
    if offer.pay_kind == "unpaid":
        return _("unbezahlt")
    if offer.pay_kind not in ("paid", "allowance"):
        return ""
    prefix = _("Aufwandsentschädigung") if offer.pay_kind == "allowance" else ""
    if offer.pay_amount is None:
        return prefix or _("bezahlt")
    decimals = 0 if offer.pay_amount == offer.pay_amount.to_integral_value() else 2
    amount = f"{number_format(offer.pay_amount, decimals, force_grouping=True)}\u00a0€"
    unit = str(PAY_UNIT_TEXT.get(offer.pay_unit, ""))
    return " ".join(part for part in (prefix, amount, unit) if part)


@register.simple_tag
def offer_location(offer) -> dict:
    street, postcode, city, lat, lon = offer.effective_location()
    return {"street": street, "postcode": postcode, "city": city, "lat": lat, "lon": lon}
