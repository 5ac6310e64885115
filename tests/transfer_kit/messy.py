"""A messy data set as districts really export it, built in code (tests and benchmarks).

Employers: an Excel workbook with a title row, CRM column names, free-text head counts,
phone numbers in every style and some duplicate rows. Offers: a Windows-1252 CSV with `;`,
a title row, both-forms titles, gendered occupation names, "mehrere" places, "nach
Absprache" pay and offers that ended last year.
"""

import csv
import io

from openpyxl import Workbook

EMPLOYEES = ["ca. 50", "10-49", "250+", "k.A.", "12", "", "1.200", "unter 10", "50 MA"]
PHONES = ["Tel.0367198676", "+49(0)3671-16860", "03641 / 5551234", "", "0171 1234567"]
BRANCHES = ["Metallbau / Schlosserei", "Gastronomie", "Bäckerei", "Kfz-Werkstatt", "Pflege"]
TITLES = [
    "Ausbildung zur Kauffrau / zum Kaufmann für Büromanagement {n}",
    "Ferienjob im Lager (m/w/d) {n}",
    "Praktikum Kfz-Mechatroniker:in {n}",
    "Schnuppertag in der Backstube {n}",
    "Ausbildung zur Köchin oder zum Koch {n}",
]
TYPES = ["Ausbildungsplatz", "Ferienjob", "Schülerpraktikum", "schnuppertag", "Ausbildungsplatz"]
OCCUPATIONS = ["Kfz-Mechatroniker:in", "Restaurantfachmann/-frau",
               "Fachverkäufer:in im Lebensmittelhandwerk", "", "Koch/Köchin"]  # fmt: skip
PLACES = ["mehrere", "2", "2-3", "", "ca. 5"]
PAY = [("bezahlt", "nach Absprache"), ("bezahlt", "12,50 €/Std."), ("", ""), ("unbezahlt", ""),
       ("bezahlt", "")]  # fmt: skip


def employers_xlsx(path, count: int, duplicates: int = 0):
    """`count` distinct employers (ids K-1 …) plus `duplicates` repeated rows."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Firmenliste Wirtschaftsförderung, Stand 11/2026"])
    sheet.append([])
    sheet.append(["Kd-Nr.", "Firma", "Straße", "PLZ", "Ort", "Telefon", "Mitarbeiter", "Branche"])
    rows = [
        [f"K-{n}", f"Firma {n} GmbH", f"Hauptstraße {n}", 7545 if n % 3 else "07973",
         "Gera", PHONES[n % 5], EMPLOYEES[n % len(EMPLOYEES)], BRANCHES[n % 5]]
        for n in range(1, count + 1)
    ]  # fmt: skip
    for row in rows + rows[:duplicates]:
        sheet.append(row)
    book.save(path)
    return path


def offer_rows(count: int, employers: int, *, ended_every: int = 10, places=None):
    for n in range(1, count + 1):
        i = n % 5
        ended = n % ended_every == 0
        kind, amount = PAY[i]
        yield [
            f"A-{n}", TITLES[i].format(n=n), TYPES[i], f"K-{(n % employers) + 1}",
            "01.07.2025" if ended else "01.07.2027", "15.08.2025" if ended else "15.08.2027",
            places or PLACES[i], kind, amount, OCCUPATIONS[i],
        ]  # fmt: skip


def offers_csv(path, count: int, employers: int, **options):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Angebote für das Portal – Export aus dem Fachverfahren"])
    writer.writerow(["Angebots-ID", "Titel", "Art", "Kundennummer", "Beginn", "Ende", "Plätze",
                     "Vergütung", "Betrag", "Berufe"])  # fmt: skip
    writer.writerows(offer_rows(count, employers, **options))
    path.write_bytes(buffer.getvalue().encode("cp1252"))
    return path
