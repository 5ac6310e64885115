"""Benchmark (issue 16): a district's messy data at full size, onboarded, re-run, undone, moved.

The generated messy data set (tests/transfer_kit/messy.py): an Excel employers file with a
title row, free-text head counts, every phone style and 20 duplicate rows; a Windows-1252
CSV with `;`, a title row, both-forms titles, gendered occupation names, "mehrere" places,
"nach Absprache" pay and every tenth offer ended. 2,000 employers and 5,000 offers by default
(`BENCH_TRANSFER_EMPLOYERS`, `BENCH_TRANSFER_OFFERS` for a quicker run).

Checks what a person would check: every row a person would keep is kept (duplicates are
skipped, ended offers stored as expired), re-running changes nothing, undo restores the state
before the run. Prints onboarding, re-run, undo, export and import times side by side
(targets: export ≤ 10 s, import ≤ 30 s).
"""

import cProfile
import os
import shutil
import time
from pathlib import Path

from django.db import connection
from django.test import Client

from einblick.employers.models import Employer
from einblick.offers.models import Offer
from tenants.models import Region
from tests.transfer_kit.messy import employers_xlsx, offers_csv
from transfer_kit.bundle.export import export_region
from transfer_kit.bundle.load import import_region
from transfer_kit.importing.mapping import build_mapping
from transfer_kit.importing.runner import run_import
from transfer_kit.importing.undo import revert_import
from transfer_kit.models import ImportRun
from transfer_kit.onboarding.run import onboard

EXAMPLES = Path(__file__).resolve().parents[2] / "transfer_kit" / "examples"
EMPLOYERS = int(os.environ.get("BENCH_TRANSFER_EMPLOYERS", "2000"))
OFFERS = int(os.environ.get("BENCH_TRANSFER_OFFERS", "5000"))
DUPLICATES = 20


def _region_file(folder: Path) -> Path:
    """gera.toml as the district "Messy" with the two messy files as its imports."""
    text = (EXAMPLES / "gera.toml").read_text(encoding="utf-8")
    text = text.replace('name = "Gera"', 'name = "Messy"', 1)
    text = text.replace('slug = "gera"', 'slug = "messy"').replace(
        "gera.localhost", "messy.localhost"
    )
    text = text.replace('employers = "gera-arbeitgeber.csv"', 'employers = "firmen.xlsx"')
    text = text.replace('offers = "gera-angebote.csv"', 'offers = "angebote.csv"')
    shutil.copy(EXAMPLES / "gera-logo.png", folder / "gera-logo.png")
    employers_xlsx(folder / "firmen.xlsx", EMPLOYERS, duplicates=DUPLICATES)
    offers_csv(folder / "angebote.csv", OFFERS, EMPLOYERS)
    path = folder / "messy.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _rerun(kind: str, path: Path):
    mapping, _ = build_mapping(kind, "crm")
    return run_import(kind, path, mapping, progress=False)


def _offer_state() -> list[tuple]:
    return sorted(Offer.objects.values_list("external_id", "title", "places", "expired", "live"))


def _timed(fn, *args, **kwargs):
    """Run and time `fn`; with BENCH_PROFILE=<folder> also write a cProfile file per step
    (`python -m pstats <folder>/import_region.prof`, then `sort cumulative`, `stats 40`)."""
    folder = os.environ.get("BENCH_PROFILE")
    profile = cProfile.Profile() if folder else None
    started = time.perf_counter()
    if profile:
        profile.enable()
    result = fn(*args, **kwargs)
    seconds = time.perf_counter() - started
    if profile:
        profile.disable()
        Path(folder).mkdir(parents=True, exist_ok=True)
        profile.dump_stats(Path(folder) / f"{fn.__name__.strip('<>')}.prof")
    return result, seconds


def test_messy_district_onboard_rerun_undo_export_import(
    db, tmp_path, django_capture_on_commit_callbacks
):
    from einblick.taxonomy.loader import load_taxonomies

    load_taxonomies()
    region_file = _region_file(tmp_path)
    # when the district is onboarded with both files
    with django_capture_on_commit_callbacks(execute=True):
        result, onboarding = _timed(onboard, region_file, live=True, write=lambda line: None)
    employers, offers = result.import_reports["employers"], result.import_reports["offers"]
    # then every row a person would keep is kept
    assert employers.summary().startswith(
        f"{EMPLOYERS} neu angelegt, 0 aktualisiert, 0 unverändert, {DUPLICATES} übersprungen, "
        "0 fehlerhaft"
    )
    assert offers.summary().startswith(
        f"{OFFERS} neu angelegt, 0 aktualisiert, 0 unverändert, 0 übersprungen, 0 fehlerhaft"
    )
    region = Region.objects.get(slug="messy")
    connection.set_tenant(region)
    assert Employer.objects.count() == EMPLOYERS
    assert Offer.objects.public().count() == OFFERS - OFFERS // 10  # ended ones: expired
    kept = _offer_state()
    # when both files are imported again, then nothing changes
    (again_employers, again_offers), rerun = _timed(
        lambda: (
            _rerun("employers", tmp_path / "firmen.xlsx"),
            _rerun("offers", tmp_path / "angebote.csv"),
        )
    )
    assert again_employers.summary().startswith(f"0 neu angelegt, 0 aktualisiert, {EMPLOYERS}")
    assert again_offers.summary().startswith(f"0 neu angelegt, 0 aktualisiert, {OFFERS}")
    assert _offer_state() == kept
    # when a changed file updates every offer and that run is undone, then the state is back
    offers_csv(tmp_path / "angebote2.csv", OFFERS, EMPLOYERS, places="7")
    changed, update = _timed(_rerun, "offers", tmp_path / "angebote2.csv")
    assert changed.summary().startswith(f"0 neu angelegt, {OFFERS} aktualisiert")
    message, undo = _timed(revert_import, ImportRun.objects.get(pk=changed.run_id))
    assert message == f"0 neu angelegte Einträge entfernt, {OFFERS} wiederhergestellt."
    assert _offer_state() == kept
    # when the region is exported and imported as another region
    manifest, export = _timed(export_region, region, tmp_path / "messy.zip")
    copy, load = _timed(
        import_region, tmp_path / "messy.zip", slug="messy2", domains=["messy2.localhost"],
        write=lambda line: None,
    )  # fmt: skip
    connection.set_tenant(copy)
    assert (Employer.objects.count(), Offer.objects.count()) == (EMPLOYERS, OFFERS)
    connection.set_schema_to_public()
    assert Client(HTTP_HOST="messy2.localhost").get("/angebote/").status_code == 200
    _print(manifest, onboarding, rerun, update, undo, export, load)


def _print(manifest, onboarding, rerun, update, undo, export, load) -> None:
    print()
    print(
        f"Messy district ({EMPLOYERS} employers + {DUPLICATES} duplicate rows in Excel, "
        f"{OFFERS} offers in a Windows-1252 CSV; bundle: {manifest['counts']})"
    )
    for label, seconds, target in (
        ("onboarding (region + both imports)", onboarding, ""),
        ("re-run of both imports (no change)", rerun, ""),
        (f"import of a file changing all {OFFERS} offers", update, ""),
        (f"undo of that run ({OFFERS} offers restored)", undo, ""),
        ("export_region (zip)", export, "target ≤ 10 s"),
        ("import_region (as a new region)", load, "target ≤ 30 s"),
    ):
        print(f"  {label:<44}{seconds:>7.2f} s   {target}")
    print(f"  load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
