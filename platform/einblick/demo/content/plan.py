"""Plan demo content for one region: plain specs, no database access.

Everything is derived from a seeded `random.Random`, so the same seed, region and day give
the same plan. Coverage is built in, not left to chance: offer types are assigned round
robin and the first employers cover every Berufsfeld.
"""

import datetime
import random
import re
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone
from django.utils.text import slugify

from einblick.offers.inclusive import is_inclusive_title

from .pools import Pools

BASE_EMPLOYERS = 64
BASE_OFFERS = 224
SIZE_WEIGHTS = [("micro", 30), ("small", 35), ("medium", 25), ("large", 10)]
# Offers that the search "Must show" list relies on, in every region.
MUST_SHOW = [
    ("ausbildungsplatz", "Ausbildung Bäcker/-in (m/w/d)", "produktion-fertigung", "baecker"),
    (
        "ausbildungsplatz",
        "Ausbildung Mechatroniker/-in (m/w/d)",
        "metall-maschinenbau",
        "mechatron",
    ),
    (
        "ausbildungsplatz",
        "Ausbildung Elektroniker/-in für Energie- und Gebäudetechnik (m/w/d)",
        "elektro",
        "elektroniker",
    ),
    ("schuelerpraktikum", "Praktikum in der Backstube", "produktion-fertigung", "baecker"),
    ("schuelerpraktikum", "Praktikum Elektrotechnik (m/w/d)", "elektro", "elektro"),
]
WEIMAR_ONLY_TITLE = "Schnuppertag Orgelbau (m/w/d)"
TARGETS_BY_TYPE = {
    "ferienjob": ["schueler", "studierende"],
    "schuelerpraktikum": ["schueler"],
    "studierendenpraktikum": ["studierende"],
    "pflichtpraktikum": ["schueler", "studierende"],
    "abschlussarbeit": ["studierende"],
    "projekt-facharbeit": ["schueler", "lehrkraefte-schulen"],
    "schnuppertag": ["schueler", "eltern"],
    "feriencamp": ["schueler"],
    "tag-der-offenen-tuer": ["schueler", "eltern", "lehrkraefte-schulen"],
    "kooperationsangebot-schulen": ["lehrkraefte-schulen"],
    "ausbildungsplatz": ["schueler", "absolventen"],
    "duales-studium": ["schueler", "absolventen"],
    "werkstudierendenjob": ["studierende"],
    "berufseinstieg": ["absolventen", "arbeitsuchende"],
}
SCHOOL_TYPES = {"schuelerpraktikum", "schnuppertag", "feriencamp", "projekt-facharbeit"}
AREAS = ["im Lager", "im Verkauf", "in der Produktion", "im Service", "in der Werkstatt", "im Büro"]


@dataclass
class Catalog:
    """Active taxonomy slugs available to the plan (from the public schema)."""

    offer_types: list
    fields: list
    occupations_by_field: dict  # field slug -> [(slug, name)]
    benefits: list
    target_groups: list
    school_levels: list
    field_names: dict = field(default_factory=dict)


@dataclass
class EmployerSpec:
    key: str
    values: dict
    m2m: dict
    contacts: list
    logo: tuple  # (initials, colour index)


@dataclass
class OfferSpec:
    key: str
    employer_key: str
    offer_type: str
    values: dict
    m2m: dict
    live: bool = True


@dataclass
class EventSpec:
    key: str
    values: dict
    employer_keys: list
    target_groups: list


@dataclass
class RegionPlan:
    employers: list = field(default_factory=list)
    offers: list = field(default_factory=list)
    events: list = field(default_factory=list)


def _euro(value: str) -> Decimal:
    return Decimal(value).quantize(Decimal("0.01"))


def _at(day, hour):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def _initials(name: str) -> str:
    words = [w for w in re.findall(r"[A-Za-zÄÖÜäöü]+", name) if w[0].isupper()]
    return "".join(w[0] for w in words[:2]).upper() or name[:2].upper()


def _occupation(catalog, field_slug, rng, hint=""):
    options = catalog.occupations_by_field.get(field_slug) or []
    if hint:
        hinted = [o for o in options if hint in o[0]]
        options = hinted or options
    return rng.choice(options) if options else None


class Planner:
    def __init__(
        self, catalog: Catalog, pools: Pools, region_slug: str, *, seed: int, scale: float, today
    ):
        self.catalog = catalog
        self.pools = pools
        self.slug = region_slug
        self.rng = random.Random(f"einblick-demo:{seed}:{region_slug}")
        self.scale = scale
        self.today = today
        city = pools.cities.get(region_slug)
        self.city = city or {
            "city": region_slug.title(),
            "postcodes": ["00000"],
            "center": (50.98, 11.03),
            "streets": ["Hauptstraße", "Bahnhofstraße", "Marktplatz"],
            "venues": ["Rathaus"],
        }
        self.used_slugs = set()

    def _slug(self, text: str) -> str:
        base = slugify(text)[:100] or "eintrag"
        slug, n = base, 2
        while slug in self.used_slugs:
            slug, n = f"{base}-{n}", n + 1
        self.used_slugs.add(slug)
        return slug

    def _address(self):
        rng, c = self.rng, self.city
        lat, lon = c["center"]
        return {
            "street": f"{rng.choice(c['streets'])} {rng.randint(1, 120)}",
            "postcode": rng.choice(c["postcodes"]),
            "city": c["city"],
            "latitude": round(lat + rng.uniform(-0.02, 0.02), 5),
            "longitude": round(lon + rng.uniform(-0.03, 0.03), 5),
        }

    def plan(self) -> RegionPlan:
        result = RegionPlan()
        result.employers = self._employers()
        result.offers = self._offers(result.employers)
        result.events = self._events(result.employers)
        return result

    # --- employers -----------------------------------------------------------------------
    def _employers(self) -> list:
        rng, fields = self.rng, self.catalog.fields
        count = max(len(fields), round(BASE_EMPLOYERS * self.scale))
        names, specs = set(), []
        for index in range(count):
            field_slug = fields[index % len(fields)]
            patterns = self.pools.company_patterns.get(field_slug) or ["{name} GmbH"]
            for _attempt in range(50):
                name = rng.choice(patterns).format(
                    name=rng.choice(self.pools.surnames), city=self.city["city"]
                )
                if name not in names:
                    break
            else:
                name = f"{name} {index + 1}"
            names.add(name)
            specs.append(self._employer(index, name, field_slug))
        if self.slug == "weimar":
            specs.append(
                self._employer(
                    count,
                    "Orgelbau-Werkstatt an der Ilm",
                    "kunst-kultur-gestaltung",
                    key="orgelbau",
                )
            )
        return specs

    def _employer(self, index, name, field_slug, key=None) -> EmployerSpec:
        rng, cat = self.rng, self.catalog
        fields = [field_slug]
        if rng.random() < 0.3:
            fields.append(rng.choice(cat.fields))
        fields = sorted(set(fields), key=cat.fields.index)
        occupations = sorted(
            {
                o[0]
                for f in fields
                for o in rng.sample(
                    cat.occupations_by_field.get(f, []),
                    k=min(2, len(cat.occupations_by_field.get(f, []))),
                )
            }
        )
        slug = self._slug(name)
        domain = slug.replace("-", "")[:24]
        first, last = rng.choice(self.pools.first_names), rng.choice(self.pools.surnames)
        values = {
            "name": name,
            "slug": slug,
            "pitch": rng.choice(self.pools.pitches),
            "philosophy": rng.choice(self.pools.philosophy),
            "size_class": rng.choices([s for s, _ in SIZE_WEIGHTS], [w for _, w in SIZE_WEIGHTS])[
                0
            ],
            "website": f"https://www.{domain}.example",
            "email": f"kontakt@{domain}.example",
            "phone": f"0364{rng.randint(1, 3)} {rng.randint(100000, 999999)}",
            **self._address(),
        }
        m2m = {
            "occupational_fields": fields,
            "occupations": occupations,
            "benefits": sorted(
                rng.sample(cat.benefits, k=min(len(cat.benefits), rng.randint(2, 5)))
            ),
        }
        contacts = [
            {
                "name": f"{first} {last}",
                "role": rng.choice(
                    ["Ausbildungsleitung", "Personal", "Inhaber:in", "Geschäftsführung"]
                ),
                "email": f"{first.lower()}.{last.lower()}@{domain}.example".replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ä", "ae"),
                "phone": values["phone"],
            }
        ]
        return EmployerSpec(
            key=f"demo:{self.slug}:employer:{key or index + 1:03}",
            values=values,
            m2m=m2m,
            contacts=contacts,
            logo=(_initials(name), index),
        )

    # --- offers --------------------------------------------------------------------------
    def _offers(self, employers) -> list:
        rng, cat = self.rng, self.catalog
        by_field = {}
        for emp in employers:
            by_field.setdefault(emp.m2m["occupational_fields"][0], []).append(emp)
        coverage = max(len(cat.offer_types), len(cat.fields))
        count = max(coverage, round(BASE_OFFERS * self.scale))
        specs = []
        for index, (type_slug, title, field_slug, hint) in enumerate(MUST_SHOW):
            emp = (by_field.get(field_slug) or employers)[0]
            specs.append(
                self._offer(f"must-{index + 1}", emp, type_slug, field_slug, title=title, hint=hint)
            )
        for index in range(count):
            type_slug = cat.offer_types[index % len(cat.offer_types)]
            if index < len(cat.fields):
                field_slug = cat.fields[index]
                emp = rng.choice(by_field.get(field_slug) or employers)
            else:
                emp = rng.choice(employers)
                field_slug = rng.choice(emp.m2m["occupational_fields"])
            spec = self._offer(f"{index + 1:04}", emp, type_slug, field_slug)
            # A few drafts and a few expired offers, so status filters have something to show.
            extra = index - coverage
            if extra >= 0 and extra % 41 == 0:
                spec.live = False
            elif extra >= 0 and extra % 37 == 3:
                spec.values.update(
                    period_kind="dates",
                    start_date=self.today - datetime.timedelta(days=40),
                    end_date=self.today - datetime.timedelta(days=3),
                )
            specs.append(spec)
        if self.slug == "weimar":
            organ = next(e for e in employers if e.key.endswith(":orgelbau"))
            specs.append(
                self._offer(
                    "orgelbau",
                    organ,
                    "schnuppertag",
                    "kunst-kultur-gestaltung",
                    title=WEIMAR_ONLY_TITLE,
                    hint="orgel",
                )
            )
        return specs

    def _title(self, type_slug, occupation_name, field_name, emp_name) -> str:
        rng = self.rng
        occ = occupation_name or field_name
        titles = {
            "ferienjob": f"Ferienjob {rng.choice(AREAS)} (m/w/d)",
            "schuelerpraktikum": f"Praktikum als {occ}",
            "studierendenpraktikum": f"Praktikum für Studierende: {field_name}",
            "pflichtpraktikum": f"Pflichtpraktikum im Bereich {field_name}",
            "abschlussarbeit": f"Abschlussarbeit (Bachelor/Master): {field_name}",
            "projekt-facharbeit": f"Seminarfacharbeit mit {emp_name}",
            "schnuppertag": f"Schnuppertag {occ}",
            "feriencamp": f"Feriencamp {field_name}",
            "tag-der-offenen-tuer": f"Tag der offenen Tür bei {emp_name}",
            "kooperationsangebot-schulen": f"Betriebserkundung für Schulklassen: {field_name}",
            "ausbildungsplatz": f"Ausbildung {occ} (m/w/d)",
            "duales-studium": f"Duales Studium {field_name} (m/w/d)",
            "werkstudierendenjob": f"Werkstudierendenjob {field_name} (m/w/d)",
            "berufseinstieg": f"Berufseinstieg als {occ} (m/w/d)",
        }
        title = titles.get(type_slug, f"Angebot {field_name}")
        if not is_inclusive_title(title):
            title = f"{title} (m/w/d)"
        return title[:200]

    def _offer(self, key, emp, type_slug, field_slug, *, title=None, hint="") -> OfferSpec:
        rng, cat, today = self.rng, self.catalog, self.today
        occupation = _occupation(cat, field_slug, rng, hint)
        field_name = cat.field_names.get(field_slug, field_slug)
        title = title or self._title(
            type_slug, occupation[1] if occupation else "", field_name, emp.values["name"]
        )
        values = {
            "title": title,
            "slug": self._slug(title),
            "description": f"<p>{rng.choice(self.pools.tasks)} {emp.values['pitch']}</p>",
            "min_age": None,
            "min_class": None,
            "period_kind": "on_request",
            "start_date": None,
            "end_date": None,
            "season": "",
            "places": rng.randint(1, 6),
            "pay_kind": "",
            "pay_amount": None,
            "pay_unit": "",
            "hours": rng.choice(
                [
                    "Mo–Fr, 8–14 Uhr",
                    "nach Absprache",
                    "Vollzeit, 39 Std./Woche",
                    "Teilzeit, 15–20 Std./Woche",
                ]
            ),
            "tasks": rng.choice(self.pools.tasks),
            "people": rng.choice(self.pools.people),
            "how_to_apply": "Schick uns eine kurze Nachricht: Wer bist du, was interessiert dich? Ein Lebenslauf genügt.",
            "apply_email": emp.values["email"],
            "contact_name": emp.contacts[0]["name"],
        }
        if type_slug in SCHOOL_TYPES:
            values.update(min_class=rng.choice([7, 8, 9]), min_age=None)
        elif type_slug in ("ferienjob",):
            values.update(
                min_age=rng.choice([15, 16]),
                period_kind="season",
                season="sommerferien",
                pay_kind="paid",
                pay_amount=_euro(rng.choice(["12.82", "13.50", "14.00"])),
                pay_unit="hour",
            )
        elif type_slug in ("werkstudierendenjob",):
            values.update(
                pay_kind="paid",
                pay_amount=_euro(rng.choice(["14.00", "15.50", "16.00"])),
                pay_unit="hour",
            )
        elif type_slug in ("ausbildungsplatz", "duales-studium"):
            start = datetime.date(today.year + (1 if today.month >= 8 else 0), 8, 1)
            values.update(
                period_kind="dates",
                start_date=start,
                pay_kind="paid",
                pay_amount=_euro(rng.choice(["920", "1000", "1068", "1150"])),
                pay_unit="month",
            )
        if type_slug in ("schnuppertag", "tag-der-offenen-tuer", "feriencamp"):
            start = today + datetime.timedelta(days=rng.randint(10, 120))
            end = start + datetime.timedelta(days=4 if type_slug == "feriencamp" else 0)
            values.update(period_kind="dates", start_date=start, end_date=end, pay_kind="unpaid")
        elif type_slug == "schuelerpraktikum" and rng.random() < 0.5:
            values.update(
                period_kind="season",
                season=rng.choice(["osterferien", "sommerferien", "herbstferien", "ganzjaehrig"]),
            )
        occupations = [occupation[0]] if occupation else []
        levels = cat.school_levels[:4] if type_slug in SCHOOL_TYPES and cat.school_levels else []
        m2m = {
            "occupational_fields": [field_slug],
            "occupations": occupations,
            "target_groups": [
                t for t in TARGETS_BY_TYPE.get(type_slug, ["schueler"]) if t in cat.target_groups
            ],
            "school_levels": levels,
        }
        return OfferSpec(
            key=f"demo:{self.slug}:offer:{key}",
            employer_key=emp.key,
            offer_type=type_slug,
            values=values,
            m2m=m2m,
        )

    # --- events --------------------------------------------------------------------------
    def _events(self, employers) -> list:
        rng, specs = self.rng, []
        # Events are few and carry the upcoming/past mix: plan all of them at any scale.
        for index, (kind, title, offset, start_h, end_h) in enumerate(self.pools.events):
            day = self.today + datetime.timedelta(days=offset)
            title = title.format(city=self.city["city"], year=day.year, last_year=day.year)
            venue = rng.choice(self.city["venues"])
            values = {
                "title": title,
                "slug": self._slug(title),
                "kind": kind,
                "start": _at(day, start_h),
                "end": _at(day, end_h),
                "venue": venue,
                "description": "<p>Lerne Unternehmen aus der Region kennen, stelle Fragen und sammle Eindrücke – der Eintritt ist frei.</p>",
                "registration_url": "",
                **self._address(),
            }
            guests = sorted(
                e.key for e in rng.sample(employers, k=min(len(employers), rng.randint(3, 12)))
            )
            targets = [
                t
                for t in (["eltern"] if kind == "elternabend" else ["schueler", "eltern"])
                if t in self.catalog.target_groups
            ]
            specs.append(
                EventSpec(
                    key=f"demo:{self.slug}:event:{index + 1:02}",
                    values=values,
                    employer_keys=guests,
                    target_groups=targets,
                )
            )
        return specs
