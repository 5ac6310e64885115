import pytest

from .german_ui import GERMAN_WORDS, catalog_words


@pytest.fixture
def vocabulary():
    """Every German word the scan looks for (tests/international/german_ui.py)."""
    return GERMAN_WORDS | catalog_words()
