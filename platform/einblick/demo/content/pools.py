"""Reference pools for demo content: files in demo/data/ or a small built-in sample."""

import json
from dataclasses import dataclass, field
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

# --- Built-in sample (used for every pool whose file is missing) ---------------------------
SAMPLE_SURNAMES = [
    "Hoffmann",
    "Krause",
    "Wagner",
    "Schubert",
    "Richter",
    "Lehmann",
    "Zimmermann",
    "Vogel",
    "Hartmann",
    "Köhler",
    "Walther",
    "Seidel",
    "Günther",
    "Bachmann",
    "Ernst",
    "Kühn",
    "Otto",
    "Scholz",
    "Lorenz",
    "Möller",
    "Winkler",
    "Fuchs",
    "Sommer",
    "Engel",
]
SAMPLE_FIRST_NAMES = [
    "Anna",
    "Jonas",
    "Lea",
    "Paul",
    "Marie",
    "Felix",
    "Sophie",
    "Lukas",
    "Emma",
    "Tim",
    "Hannah",
    "Max",
    "Lena",
    "Ben",
    "Clara",
    "Noah",
    "Mia",
    "Elias",
    "Ida",
    "Karl",
]
# Company name patterns per Berufsfeld slug: "{name}" is a surname, "{city}" the region city.
SAMPLE_COMPANY_PATTERNS = {
    "landwirtschaft-natur-umwelt": [
        "Gärtnerei {name}",
        "Agrargenossenschaft Saaletal",
        "Forstbetrieb {name}",
    ],
    "produktion-fertigung": [
        "Bäckerei {name}",
        "Fleischerei {name}",
        "Optikwerkstatt {name}",
        "Brauhaus {name}",
    ],
    "bau-architektur-vermessung": [
        "Bauunternehmen {name} GmbH",
        "Dachdeckerei {name}",
        "Tischlerei {name}",
        "Malerbetrieb {name}",
    ],
    "metall-maschinenbau": [
        "Metallbau {name} GmbH",
        "{name} Feinmechanik",
        "Kfz-Werkstatt {name}",
        "Maschinenbau {name} KG",
    ],
    "elektro": ["Elektro {name} GmbH", "{name} Elektrotechnik", "Stadtwerke-Service {city}"],
    "it-computer": ["{name} IT-Systemhaus", "Softwarewerk {city}", "Datenwerk {name}"],
    "naturwissenschaften": ["{name} Laborservice", "Photonik Labor {city}", "Biotech {name} GmbH"],
    "technik-technologiefelder": [
        "{name} Messtechnik",
        "Optische Systeme {name}",
        "Lasertechnik {city}",
    ],
    "wirtschaft-verwaltung": [
        "Steuerkanzlei {name}",
        "Sparkassen-Service {city}",
        "Versicherungsbüro {name}",
    ],
    "verkehr-logistik": ["Spedition {name}", "{name} Logistik", "Verkehrsbetrieb {city}"],
    "dienstleistung": [
        "Hotel {name}",
        "Friseursalon {name}",
        "Gasthaus Zum {name}",
        "Reinigung {name}",
    ],
    "gesundheit": [
        "Zahnarztpraxis {name}",
        "Pflegedienst {name}",
        "Apotheke am Markt {name}",
        "Physiotherapie {name}",
    ],
    "soziales-paedagogik": [
        "Kita Sonnenblume {city}",
        "Familienzentrum {name}",
        "Jugendhilfe {city}",
    ],
    "gesellschafts-geisteswissenschaften": [
        "Stadtarchiv-Service {city}",
        "Bildungswerk {name}",
        "Museumsdienst {city}",
    ],
    "kunst-kultur-gestaltung": [
        "Atelier {name}",
        "Goldschmiede {name}",
        "Theaterwerkstatt {city}",
        "Orgelbau {name}",
    ],
    "medien": ["Druckerei {name}", "{name} Medienhaus", "Werbeagentur {name}"],
}
SAMPLE_CITIES = {
    "jena": {
        "city": "Jena",
        "postcodes": ["07743", "07745", "07747", "07749"],
        "center": (50.9271, 11.5892),
        "streets": [
            "Löbdergraben",
            "Wagnergasse",
            "Carl-Zeiss-Platz",
            "Leutragraben",
            "Westbahnhofstraße",
            "Otto-Schott-Straße",
            "Göschwitzer Straße",
            "Rudolstädter Straße",
            "Am Anger",
            "Camsdorfer Ufer",
            "Dornburger Straße",
            "Löbstedter Straße",
            "Tatzendpromenade",
        ],
        "venues": ["Volkshaus Jena", "Sparkassen-Arena", "Ernst-Abbe-Hochschule, Haus 5"],
    },
    "weimar": {
        "city": "Weimar",
        "postcodes": ["99423", "99425", "99427"],
        "center": (50.9795, 11.3235),
        "streets": [
            "Schillerstraße",
            "Frauenplan",
            "Marktstraße",
            "Karl-Liebknecht-Straße",
            "Ettersburger Straße",
            "Erfurter Straße",
            "Berkaer Straße",
            "Rießnerstraße",
            "Bauhausstraße",
            "Am Poseckschen Garten",
            "Steubenstraße",
            "Weimarplatz",
            "Kromsdorfer Straße",
        ],
        "venues": [
            "Weimarhalle",
            "congress centrum neue weimarhalle",
            "Bauhaus-Universität, Audimax",
        ],
    },
}
SAMPLE_PITCHES = [
    "Familienbetrieb mit Herz: Bei uns lernst du vom ersten Tag an im echten Arbeitsalltag.",
    "Kleines Team, kurze Wege – du bekommst Verantwortung und eine feste Ansprechperson.",
    "Wir bilden seit Jahrzehnten aus und übernehmen unsere Azubis gern.",
    "Moderne Technik, regionale Wurzeln: Gestalte mit uns die Zukunft der Region.",
    "Bei uns zählt, was du kannst und lernen willst – nicht, wo du herkommst.",
    "Wir zeigen dir, wie vielseitig unser Handwerk ist – probier dich aus!",
]
SAMPLE_PHILOSOPHY = [
    "<p>Wir arbeiten im Team und nehmen uns Zeit für Fragen. Azubis bekommen eine "
    "Patin oder einen Paten und lernen alle Bereiche kennen.</p>",
    "<p>Wir legen Wert auf Fairness, pünktliche Vergütung und eine gute Einarbeitung. "
    "Wer mitdenkt, kann bei uns schnell Verantwortung übernehmen.</p>",
    "<p>Nachhaltigkeit und Qualität sind uns wichtig – von der Auswahl der Materialien bis "
    "zum Umgang miteinander.</p>",
]
SAMPLE_TASKS = [
    "Du begleitest das Team im Alltag und packst bei echten Aufträgen mit an.",
    "Du lernst Werkzeuge, Maschinen und Abläufe kennen und setzt ein eigenes kleines Projekt um.",
    "Du unterstützt bei Planung, Kundenkontakt und Dokumentation.",
]
SAMPLE_PEOPLE = [
    "Dein Ausbildungsteam, unsere Azubis und die Meisterin bzw. den Meister.",
    "Kolleg:innen aus Werkstatt, Büro und Kundendienst.",
    "Ein festes Team und eine Ansprechperson, die sich Zeit für dich nimmt.",
]
SAMPLE_EVENTS = [
    ("ausbildungsmesse", "Ausbildungsmesse {city} {year}", 40, 9, 15),
    ("woche_offene_unternehmen", "Woche der offenen Unternehmen {city}", 20, 8, 17),
    ("tag_offene_tuer", "Tag der offenen Tür im Handwerk", 12, 10, 16),
    ("elternabend", "Elternabend: Ausbildung oder Studium?", 7, 18, 20),
    ("infoveranstaltung", "Infoabend Duales Studium", 30, 17, 19),
    ("workshop", "Bewerbungsfoto-Workshop für Schüler:innen", 55, 14, 17),
    ("ausbildungsmesse", "Ausbildungsmesse {city} {last_year}", -150, 9, 15),
    ("workshop", "Workshop: Dein erstes Vorstellungsgespräch", -30, 15, 17),
]


@dataclass
class Pools:
    surnames: list = field(default_factory=lambda: list(SAMPLE_SURNAMES))
    first_names: list = field(default_factory=lambda: list(SAMPLE_FIRST_NAMES))
    company_patterns: dict = field(default_factory=lambda: dict(SAMPLE_COMPANY_PATTERNS))
    cities: dict = field(default_factory=lambda: dict(SAMPLE_CITIES))
    pitches: list = field(default_factory=lambda: list(SAMPLE_PITCHES))
    philosophy: list = field(default_factory=lambda: list(SAMPLE_PHILOSOPHY))
    tasks: list = field(default_factory=lambda: list(SAMPLE_TASKS))
    people: list = field(default_factory=lambda: list(SAMPLE_PEOPLE))
    events: list = field(default_factory=lambda: list(SAMPLE_EVENTS))
    sources: dict = field(default_factory=dict)


def _read(name: str):
    path = DATA_DIR / name
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def load_pools() -> Pools:
    """The reference pools; each missing file falls back to the built-in sample."""
    pools = Pools()
    return pools
