"""Which Wagtail menus each role sees: only what that role works with.

Company logins get their own short menu (wagtail_hooks.company_menu). Region editors and
platform admins lose Wagtail's leftovers they never use (Sammlungen, Weiterleitungen,
Workflows, Berichte); on the public host, which has no page tree, also "Seiten" and the
dashboard's page count ("1 Seite"). Region superusers (the technical admins) keep all.
"""

from einblick.employers.company_access import company_employer_id
from tenants.utils import is_public_schema

EDITOR_MAIN = {"reports"}
EDITOR_SETTINGS = {"collections", "redirects", "workflows", "workflow-tasks"}
PLATFORM_MAIN = {"reports", "explorer"}
PLATFORM_SETTINGS = EDITOR_SETTINGS


def role(user) -> str:
    """ "platform", "company", "editor" or "technical" (a region superuser)."""
    if is_public_schema():
        return "platform"
    if company_employer_id(user) is not None:
        return "company"
    return "technical" if user.is_superuser else "editor"


def hidden_main(user) -> set[str]:
    return {"platform": PLATFORM_MAIN, "editor": EDITOR_MAIN}.get(role(user), set())


def hidden_settings(user) -> set[str]:
    return {"platform": PLATFORM_SETTINGS, "editor": EDITOR_SETTINGS}.get(role(user), set())


def shows_page_count(user) -> bool:
    return role(user) != "platform"
