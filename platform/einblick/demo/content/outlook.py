"""Demo occupational outlook for Jena and Weimar and its page "Berufe mit Zukunft".

The CSV files go through the same row check as `import_outlook` (einblick.outlook.rows) and
are flagged as demo data. Idempotent: re-running updates the same rows, the page is added
only when missing.
"""

import csv
from pathlib import Path

from einblick.outlook.rows import check_rows, save_figures
from einblick.pages.models import OutlookPage

DATA = Path(__file__).resolve().parent.parent / "data"
SLUG = "berufe-mit-zukunft"


def demo_outlook_file(region_slug: str) -> Path:
    return DATA / f"outlook-{region_slug}.csv"


def load_demo_outlook(region, parent) -> OutlookPage | None:
    """Figures of `region` (current schema) and the outlook page below `parent`."""
    path = demo_outlook_file(region.slug)
    if not path.exists():
        return None
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(enumerate(csv.DictReader(handle, delimiter=";"), start=2))
    figures, problems = check_rows(rows)
    if problems:
        raise ValueError(f"{path.name}: " + "; ".join(map(str, problems)))
    save_figures(figures, demo=True)
    existing = OutlookPage.objects.child_of(parent).filter(slug=SLUG).first()
    if existing is not None:
        return existing
    page = OutlookPage(
        title=f"Berufe mit Zukunft in {region.name}",
        slug=SLUG,
        intro=f"<p>Welche Berufe werden in {region.name} in den nächsten Jahren besonders "
        "gebraucht? Die Prognose zeigt, wo mehr Fachkräfte gesucht werden, als es gibt – "
        "und welche Angebote dich dorthin bringen.</p>",
        search_description=f"Berufsprognose für {region.name}: Berufe mit Zukunft und passende Angebote",
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page
