"""`onboard_region`: check everything, then create the region in one transaction."""

import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from django.db import connection, transaction

from tenants.lifecycle import mark_in_preparation
from tenants.provisioning import create_region
from tenants.utils import region_url
from transfer_kit.models import RegionProfile
from transfer_kit.problems import Problem
from transfer_kit.regionfile.checks import check_installation
from transfer_kit.regionfile.loader import RegionFile, load_region_file
from transfer_kit.regionfile.validator import in_file_order

from .brand import apply_brand
from .brand_preview import logo_warning
from .editors import create_editors
from .pages import build_page_tree
from .taxonomy import hide_taxonomy


class OnboardingError(Exception):
    """The region file has problems; nothing was created. `problems` lists all of them."""

    def __init__(self, problems: list[Problem], source: str = ""):
        self.problems = problems
        self.source = source
        super().__init__(f"{len(problems)} Problem(e) in {source}")


@dataclass
class Steps:
    """Progress output per step with its duration."""

    write: callable
    timings: list[tuple[str, float]] = field(default_factory=list)
    progress: object = None  # transfer_kit.jobs.Progress of the admin's progress page

    def count(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.count(done, total)

    def add(self, label: str, elapsed: float, detail: str = "") -> None:
        self.timings.append((label, elapsed))
        self.write(f"  ✓ {label:<34} {elapsed:6.2f} s{detail}")

    @contextmanager
    def step(self, label: str):
        if self.progress is not None:
            self.progress.step(label)
        started = time.perf_counter()
        notes: list[str] = []
        yield notes
        self.add(label, time.perf_counter() - started, f" – {'; '.join(notes)}" if notes else "")


@dataclass
class OnboardingResult:
    region: object | None
    url: str
    timings: list[tuple[str, float]]
    import_reports: dict = field(default_factory=dict)

    @property
    def total(self) -> float:
        return sum(seconds for _, seconds in self.timings)


def check_region_file(path: str | Path) -> RegionFile:
    """Every problem of the file and of the installation at once (in file order), or the
    loaded file."""
    rf, problems = load_region_file(path)
    if rf is not None and isinstance(rf.data, dict):
        problems = problems + check_installation(rf, problems)
        if not any(p.path.startswith("imports") for p in problems):
            from transfer_kit.importing.onboarding import check_import_files

            problems += check_import_files(rf)
        problems = in_file_order(problems, rf.data)
    if problems:
        raise OnboardingError(problems, source=str(path))
    return rf


def onboard(
    path: str | Path,
    *,
    dry_run: bool = False,
    live: bool = False,
    write=print,
    progress=None,
) -> OnboardingResult:
    """Validate `path`, then create region, brand, pages, editors and imports atomically.

    The region starts in preparation (only its editors and preview-link holders see it)
    unless `live`; tenants.lifecycle.go_live lists it later. `progress` (transfer_kit.jobs)
    hears of every step and of the rows imported so far."""
    steps = Steps(write, progress=progress)
    with steps.step("Regionsbeschreibung prüfen") as notes:
        rf = check_region_file(path)
        notes.append(f"{len(rf.pages)} Seiten, {len(rf.editors)} Redakteur:innen")
        if warning := logo_warning(rf):
            notes.append(warning)
    url = region_url(rf["domains"][0])
    if dry_run:
        write("  Probelauf: alles geprüft, nichts angelegt.")
        return OnboardingResult(None, url, steps.timings)
    reports = {}
    try:
        with transaction.atomic():
            with steps.step("Region anlegen (Schema klonen)") as notes:
                region = create_region(rf.region_spec())
                if not live:
                    mark_in_preparation(region)
                notes.append(f"Schema {region.schema_name}, {', '.join(rf['domains'])}")
            RegionProfile.objects.create(
                region=region,
                agency=rf["agency"],
                legal=rf["legal"],
                towns=rf.get("towns", []),
                brand=rf["theme"],
                source=rf.path.read_text(encoding="utf-8"),
            )
            connection.set_tenant(region)
            with steps.step("Startseiten anlegen") as notes:
                pages = build_page_tree(rf, url)
                notes.append(f"{len(pages) + 1} Seiten")
            with steps.step("Theme und Marke anwenden") as notes:
                notes += apply_brand(rf, pages)
            with steps.step("Taxonomie ausblenden") as notes:
                notes.append(f"{hide_taxonomy(rf.hidden_taxonomy)} Einträge ausgeblendet")
            with steps.step("Redakteur:innen einladen") as notes:
                users = create_editors(rf, rf["domains"][0])
                notes.append(f"{len(users)} Einladungen (werden nach dem Speichern versandt)")
            from transfer_kit.importing.onboarding import run_onboarding_imports

            reports = run_onboarding_imports(rf, steps)
            committing = time.perf_counter()
        # After-commit work: invitations go out, admin search gets the imported records.
        steps.add("Speichern, E-Mails, Admin-Suche", time.perf_counter() - committing)
    finally:
        connection.set_schema_to_public()
    return OnboardingResult(region, url, steps.timings, reports)
