import pytest

BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0"


@pytest.fixture
def spool(settings, tmp_path):
    """A spool directory of this test only, with counting on (einblick.insights)."""
    settings.INSIGHTS_SPOOL_DIR = tmp_path / "spool"
    settings.INSIGHTS_COUNTING = True
    return settings.INSIGHTS_SPOOL_DIR
