"""Generate the example offers file for Gera, beside the employer list (gera-arbeitgeber.csv).

Deterministic: `python transfer_kit/examples/generate_offers.py [COUNT]` rewrites
gera-angebote.csv (Windows-1252, `;`, the column names a district's spreadsheet uses). Each
offer belongs to a company of the employer list by its Kundennummer. The offers are invented.
"""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "platform"))
from einblick.security.spreadsheets import SafeCsvWriter  # noqa: E402

HEADERS = ["Angebots-ID", "Titel", "Art", "Kundennummer", "Beginn", "Ende", "Plätze",
           "Vergütung", "Betrag", "Berufe", "Beschreibung"]  # fmt: skip
# (title, offer type, occupation, paid?) – titles name every gender, as the portal asks
OFFERS = [
    ("Schülerpraktikum in der Backstube", "Schülerpraktikum", "Bäcker/-in", False),
    ("Ferienjob im Lager (m/w/d)", "Ferienjob", "", True),
    ("Ausbildung zur Kauffrau / zum Kaufmann für Büromanagement", "Ausbildungsplatz",
     "Kaufmann/-frau für Büromanagement", True),
    ("Schnuppertag Kfz-Mechatroniker:in", "Schnuppertag", "Kfz-Mechatroniker:in", False),
    ("Ausbildung Elektroniker:in für Energie- und Gebäudetechnik", "Ausbildungsplatz",
     "Elektroniker:in – Energie- und Gebäudetechnik", True),
    ("Praktikum in der Pflege für Schüler:innen", "Schülerpraktikum", "Pflegefachmann/-frau", False),
    ("Duales Studium Informatik (m/w/d)", "Duales Studium", "", True),
    ("Ferienjob an der Rezeption (m/w/d)", "Ferienjob", "Hotelfachmann/-frau", True),
]  # fmt: skip
DESCRIPTIONS = [
    "Du schaust erfahrenen Kolleg:innen über die Schulter und packst selbst mit an.",
    "Ein fester Ansprechpartner begleitet dich; Arbeitskleidung stellen wir.",
    "Ab Klasse 8; bitte kurz per E-Mail melden, wann du Zeit hast.",
]


def rows(count: int, employers: int = 500, seed: int = 7):
    rnd = random.Random(seed)
    for n in range(1, count + 1):
        title, kind, occupation, paid = OFFERS[n % len(OFFERS)]
        month = rnd.choice([3, 4, 7, 10])
        start = f"{rnd.randint(1, 14):02d}.{month:02d}.2027"
        end = f"{rnd.randint(15, 28):02d}.{month:02d}.2027"
        yield [
            f"A-{n:04d}", title, kind, f"K-{10000 + rnd.randint(1, employers)}",
            "" if kind in ("Ausbildungsplatz", "Duales Studium") else start,
            "" if kind in ("Ausbildungsplatz", "Duales Studium") else end,
            rnd.choice(["1", "2", "mehrere", ""]), "bezahlt" if paid else "unbezahlt",
            rnd.choice(["12,50 €/Std.", "nach Absprache", ""]) if paid else "",
            occupation, rnd.choice(DESCRIPTIONS),
        ]  # fmt: skip


def write(path: Path, count: int = 60) -> Path:
    with path.open("w", encoding="cp1252", newline="") as handle:
        writer = SafeCsvWriter(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADERS)
        writer.writerows(rows(count))
    return path


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    print(write(Path(__file__).with_name("gera-angebote.csv"), count))
