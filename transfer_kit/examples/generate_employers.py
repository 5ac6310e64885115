"""Generate the example employer list for Gera (a CRM export as Excel writes it).

Deterministic: `python transfer_kit/examples/generate_employers.py [COUNT]` rewrites
gera-arbeitgeber.csv (Windows-1252, `;`, German CRM headers). The companies are invented.
"""

import random
import sys
from pathlib import Path

# run as a plain script: the shared CSV helper lives under the `platform/` source root
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "platform"))
from einblick.security.spreadsheets import SafeCsvWriter  # noqa: E402

HEADERS = [
    "Kundennummer", "Firma", "Straße", "PLZ", "Ort", "Branche", "Ansprechpartner",
    "E-Mail", "Telefon", "Webseite", "Mitarbeiter",
]  # fmt: skip
PREFIXES = ["Elster", "Weiße Elster", "Ostthüringer", "Geraer", "Vogtland", "Saale", "Südost",
            "Thüringer", "Bieblacher", "Untermhäuser", "Lusaner", "Langenberger", "Zwötzener"]  # fmt: skip
TRADES = [
    ("Metallbau", "Metall / Schlosserei"), ("Elektrotechnik", "Elektro"),
    ("Bäckerei", "Lebensmittel"), ("Pflegedienst", "Pflege"), ("Spedition", "Logistik"),
    ("Software", "IT / Software"), ("Autohaus", "Kfz"), ("Bau", "Bau"), ("Steuerbüro", "Steuerberatung"),
    ("Hotel", "Gastronomie, Hotel"), ("Optik", "Optik und Feinmechanik"), ("Druckerei", "Druck / Medien"),
    ("Gartenbau", "Garten- und Landschaftsbau"), ("Labor", "Chemie / Labor"), ("Kita", "Soziales"),
]  # fmt: skip
FORMS = ["GmbH", "GmbH & Co. KG", "e. K.", "AG", "OHG", "e. V."]
STREETS = ["Sorge", "Heinrichstraße", "Leipziger Straße", "Schloßstraße", "Wiesestraße",
           "Berliner Straße", "Zeitzer Straße", "Ernst-Toller-Straße", "Keplerstraße"]  # fmt: skip
TOWNS = [("07545", "Gera"), ("07546", "Gera"), ("07548", "Gera"), ("07549", "Gera"),
         ("07586", "Bad Köstritz"), ("07580", "Ronneburg"), ("07570", "Weida")]  # fmt: skip
FIRST = ["Anna", "Jörg", "Özlem", "Lukas", "Marta", "Sören", "Hannah", "Jürgen", "Lea", "Björn"]
LAST = ["Müller", "Schäfer", "Köhler", "Weiß", "Krüger", "Böhm", "Schröder", "Förster", "Hoß"]


def ascii_mail(text: str) -> str:
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("Ö", "Oe")):
        text = text.replace(umlaut, plain)
    return text.lower()


def rows(count: int, seed: int = 5):
    rnd = random.Random(seed)
    for n in range(1, count + 1):
        trade, branche = rnd.choice(TRADES)
        name = f"{rnd.choice(PREFIXES)} {trade} {n:03d} {rnd.choice(FORMS)}"
        postcode, town = rnd.choice(TOWNS)
        first, last = rnd.choice(FIRST), rnd.choice(LAST)
        domain = f"firma{n:03d}.example"
        yield [
            f"K-{10000 + n}", name, f"{rnd.choice(STREETS)} {rnd.randint(1, 120)}", postcode,
            town, branche, f"{first} {last}", ascii_mail(f"{first}.{n}@{domain}"),
            f"0365 {rnd.randint(100000, 999999)}", f"www.{domain}", str(rnd.choice([4, 12, 35, 80, 300])),
        ]  # fmt: skip


def write(path: Path, count: int = 500) -> Path:
    with path.open("w", encoding="cp1252", newline="") as handle:
        writer = SafeCsvWriter(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADERS)
        writer.writerows(rows(count))
    return path


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    print(write(Path(__file__).with_name("gera-arbeitgeber.csv"), count))
