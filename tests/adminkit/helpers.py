"""Logins for admin tests (users live in each region's schema)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection

from einblick.employers.company_access import setup_region_groups
from einblick.employers.models import EmployerMembership


def login(client, region, username="root", *, superuser=True, groups=(), employer=None):
    """Create a user in `region`'s schema, log `client` in and return the user.

    Leaves `region`'s schema active (the test body keeps working in it).
    """
    connection.set_tenant(region)
    setup_region_groups()
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", "pw-12345678", is_staff=True
    )
    user.is_superuser = superuser
    user.save()
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    if employer is not None:
        EmployerMembership.objects.create(user=user, employer=employer)
    client.force_login(user)
    connection.set_tenant(region)
    return user
