"""A region onboarded from its file is found by the cross-region search once it is live."""

from io import StringIO
from pathlib import Path

from django.core.management import call_command

from search.query import document_counts

EXAMPLE = Path(__file__).resolve().parents[2] / "transfer_kit" / "examples" / "gera.toml"


def test_imported_offers_are_in_the_search_index_after_onboarding(
    taxonomies, django_capture_on_commit_callbacks
):
    # when the example region is onboarded with its employers and offers and put online
    with django_capture_on_commit_callbacks(execute=True):
        call_command("onboard_region", str(EXAMPLE), "--online", stdout=StringIO())
    # then its live offers and employers are search documents of that region
    counts = document_counts(["gera"])
    assert counts.get(("gera", "offer"), 0) > 0
    assert counts.get(("gera", "employer"), 0) > 0
