"""Update an existing region from its changed region file: brand, agency and legal details,
editors and towns. Pages are never touched (the region's editors own them), nor are the
addresses (DNS/TLS: the platform team) or imports (they run as import runs with undo).

`plan_update` lists every change without writing anything (the dry run); `apply_update`
writes exactly those changes in one transaction.
"""

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django_tenants.utils import tenant_context

from themes.models import BrandSettings
from transfer_kit.models import RegionProfile
from transfer_kit.problems import Problem
from transfer_kit.regionfile.checks import check_installation
from transfer_kit.regionfile.loader import RegionFile, load_region_file
from transfer_kit.regionfile.validator import in_file_order

from .brand import BRAND_FIELDS, apply_brand
from .editors import ROLE_LABELS, create_editors
from .run import OnboardingError

# Problems that concern only a new region (its slug and addresses are taken by itself).
NEW_REGION_ONLY = ("slug", "domains", "imports")
# The legal pages the brand links to stay as the editors set them.
LEGAL_PAGES = {"impressum": "imprint_page", "datenschutz": "privacy_page",
               "barrierefreiheit": "accessibility_page"}  # fmt: skip


@dataclass
class UpdatePlan:
    """What an update would change, in German lines, and what it needs to do so."""

    region: object
    rf: RegionFile
    changes: list[str] = field(default_factory=list)
    new_editors: list[dict] = field(default_factory=list)
    logo_changed: bool = False


def check_update_file(path: str | Path, region) -> RegionFile:
    """Every problem of the file for updating `region` at once, or the loaded file."""
    rf, problems = load_region_file(path)
    if rf is not None and isinstance(rf.data, dict):
        theme = rf.data.get("theme")
        if isinstance(theme, dict) and rf.logo_path is not None and not rf.logo_path.exists():
            del theme["logo"]  # not uploaded again: the region keeps its logo
        problems = problems + check_installation(rf, problems)
        problems = [p for p in problems if not p.path.startswith(NEW_REGION_ONLY)]
        if rf.get("slug") != region.slug:
            problems.append(
                Problem(
                    "slug",
                    f"„{region.slug}“ (die Region, die aktualisiert wird)",
                    f"„{rf.get('slug')}“",
                    f'slug = "{region.slug}" eintragen oder die Datei der richtigen Region wählen.',
                )
            )
        problems = in_file_order(problems, rf.data)
    if problems:
        raise OnboardingError(problems, source=str(path))
    return rf


def _digest(handle) -> str:
    return hashlib.sha256(handle.read()).hexdigest()


def _brand_changes(rf, settings) -> tuple[list[str], bool]:
    changes = []
    if settings.theme != rf["theme"]["name"]:
        changes.append(f"Theme: „{settings.theme}“ → „{rf['theme']['name']}“")
    brand = rf["theme"].get("brand", {})
    for key, name in BRAND_FIELDS.items():
        new = brand.get(key)
        if new and str(getattr(settings, name) or "").lower() != str(new).lower():
            changes.append(f"Marke {key}: „{getattr(settings, name) or ''}“ → „{new}“")
    agency, legal = rf["agency"], rf["legal"]
    for label, old, new in (
        ("Agentur", settings.agency_name, agency["name"]),
        ("Agentur-E-Mail", settings.agency_email, agency["email"]),
        ("Agentur-Telefon", settings.agency_phone, agency.get("phone", "")),
        ("Agentur-Website", settings.agency_url, agency.get("website", "")),
        *[
            (f"Link {key}", getattr(settings, f"{key}_url"), legal.get(f"{key}_url", ""))
            for key in ("imprint", "privacy", "accessibility")
        ],
    ):
        if (old or "") != (new or ""):
            changes.append(f"{label}: „{old or ''}“ → „{new or ''}“")
    logo_changed = False
    if rf.logo_path is not None:
        with rf.logo_path.open("rb") as handle:
            new_logo = _digest(handle)
        old_logo = ""
        if settings.logo:
            with settings.logo.file.open("rb") as handle:
                old_logo = _digest(handle)
        if new_logo != old_logo:
            logo_changed = True
            changes.append(f"Logo: neue Datei {rf.logo_path.name}")
    return changes, logo_changed


def _town_changes(profile, rf) -> list[str]:
    old = {town["name"] for town in (profile.towns if profile else [])}
    new = {town["name"] for town in rf.get("towns", [])}
    return [f"Ort neu: {name}" for name in sorted(new - old)] + [
        f"Ort entfällt: {name}" for name in sorted(old - new)
    ]


def plan_update(region, path: str | Path) -> UpdatePlan:
    """The dry run: check the file and list every change; writes nothing."""
    rf = check_update_file(path, region)
    plan = UpdatePlan(region, rf)
    with tenant_context(region):
        brand, plan.logo_changed = _brand_changes(rf, BrandSettings.load())
        known = {e.lower() for e in get_user_model().objects.values_list("email", flat=True)}
    plan.new_editors = [e for e in rf.editors if e["email"].strip().lower() not in known]
    editors = [
        f"Einladung an {e['name']} <{e['email']}> ({ROLE_LABELS[e['role']]})"
        for e in plan.new_editors
    ]
    profile = RegionProfile.objects.filter(region=region).first()
    plan.changes = brand + editors + _town_changes(profile, rf)
    return plan


def apply_update(plan: UpdatePlan) -> list[str]:
    """Write the planned changes (brand, editors, towns, profile); returns the change lines."""
    rf, region = plan.rf, plan.region
    with transaction.atomic():
        RegionProfile.objects.update_or_create(
            region=region,
            defaults={
                "agency": rf["agency"],
                "legal": rf["legal"],
                "towns": rf.get("towns", []),
                "brand": rf["theme"],
                "source": rf.path.read_text(encoding="utf-8"),
            },
        )
        try:
            connection.set_tenant(region)
            current = BrandSettings.load()
            pages = {slug: getattr(current, name) for slug, name in LEGAL_PAGES.items()}
            apply_brand(rf, pages, logo=plan.logo_changed)
            host = region.primary_host() or rf["domains"][0]
            create_editors(rf, host, plan.new_editors)
        finally:
            connection.set_schema_to_public()
    return plan.changes
