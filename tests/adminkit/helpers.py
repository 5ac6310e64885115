"""Logins for admin tests (users live in each region's schema)."""

from django.db import connection

from einblick.employers.company_access import setup_region_groups
from einblick.employers.models import EmployerMembership
from tests import factories


def login(client, region, username="root", *, superuser=True, groups=(), employer=None):
    """Create a user in `region`'s schema (None: public), log `client` in, return the user.

    Leaves that schema active (the test body keeps working in it).
    """
    if region is None:
        connection.set_schema_to_public()
    else:
        connection.set_tenant(region)
        setup_region_groups()
    user = factories.user(username, superuser=superuser, groups=groups)
    if employer is not None:
        EmployerMembership.objects.create(user=user, employer=employer)
    client.force_login(user)
    return user


def _field_data(form, data):
    for name, field in form.fields.items():
        if field.disabled:
            continue
        value = form[name].value()
        key = form.add_prefix(name)
        if value is None or value == "":
            continue
        if isinstance(value, bool):
            if value:
                data[key] = "on"
            continue
        if isinstance(value, (list, tuple)):
            data[key] = [getattr(v, "pk", v) for v in value]
            continue
        formatted = field.widget.format_value(value)
        data[key] = formatted if formatted is not None else value


def form_data(form, **changes) -> dict:
    """POST data reproducing an admin edit form as rendered (incl. inline formsets)."""
    data = {}
    _field_data(form, data)
    for formset in getattr(form, "formsets", {}).values():
        management = formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management[name].value()
        for child in formset.forms:
            _field_data(child, data)
    data.update(changes)
    return data
