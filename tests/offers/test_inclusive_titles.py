"""Job titles must be gender-inclusive."""

import pytest
from django.core.exceptions import ValidationError

from einblick.offers.inclusive import is_inclusive_title, validate_inclusive_title


@pytest.mark.parametrize(
    "title",
    [
        "Ausbildung zum Mechatroniker (m/w/d)",
        "Mechatroniker:in gesucht",
        "Bäcker*innen-Schnuppertag",
        "Kaufmann/-frau für Büromanagement",
        "Ferienjob im Lager",
        "Praktikum in der Bäckerei",
        "Schnuppertag Mechatronik",
        "Sommer-Ferienjob (w/m/d)",
        "Duales Studium Informatik",
        "Ausbildung Mikrotechnologe/Mikrotechnologin",
        "Praktikum bei Klavierbau Hoffmann",
    ],
)
def test_inclusive_titles_pass(title):
    assert is_inclusive_title(title)


@pytest.mark.parametrize(
    ("title", "word"),
    [
        ("Ausbildung zum Mechatroniker", "Mechatroniker"),
        ("Praktikant gesucht", "Praktikant"),
        ("Verkäuferin im Einzelhandel", "Verkäuferin"),
        ("Kaufmann für Büromanagement", "Kaufmann"),
    ],
)
def test_non_inclusive_titles_are_refused_with_a_helpful_message(title, word):
    with pytest.raises(ValidationError) as excinfo:
        validate_inclusive_title(title)
    message = excinfo.value.messages[0]
    assert message.startswith(f"Der Titel „{title}“ ist nicht geschlechtergerecht: „{word}“")
    assert f"Nutzen Sie am besten die Form mit „:in“ („{word}:in“)" in message
    assert "„(m/w/d)“ wird ebenfalls akzeptiert" in message
