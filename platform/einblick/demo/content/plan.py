"""Plan demo content for one region: plain specs, no database access.

Everything is derived from a seeded `random.Random` and the fictional pools in demo/data/,
so the same seed, region and day give the same plan. Coverage is built in, not left to
chance: companies are taken round robin over the Berufsfelder, the first offers cover every
Berufsfeld and offer types are assigned round robin. The fixed facts every plan builds in
are in `rules`, the spec classes in `specs`.
"""

import datetime
import random
import re
from decimal import Decimal

from django.utils import timezone
from django.utils.text import slugify

from einblick.offers.inclusive import is_inclusive_title

from . import bookings
from .pools import Pools
from .rules import (
    AREA_CODES,
    ASCII,
    BASE_EMPLOYERS,
    BASE_OFFERS,
    MUST_SHOW,
    ORGAN_BUILDER,
    SCHOOL_TYPES,
    SEASON_WORDS,
    TARGETS_BY_TYPE,
    WEEKDAYS,
    WEIMAR_ONLY_TITLE,
    fits_field,
    fits_period,
    holiday_start,
    one_gender_form,
)
from .specs import EmployerSpec, EventSpec, OfferSpec, RegionPlan


def _at(day, hour, minute=0):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def _initials(name: str) -> str:
    words = [w for w in re.findall(r"[A-Za-zÄÖÜäöü]+", name) if w[0].isupper()]
    return "".join(w[0] for w in words[:2]).upper() or name[:2].upper()


def parse_pay(text: str) -> tuple:
    """ "14,50 € pro Stunde" -> ("paid", Decimal("14.50"), "hour"); unclear texts -> ("", None, "")."""
    low = text.lower()
    if low.startswith(("unbezahlt", "kostenlos")):
        return "unpaid", None, ""
    match = re.search(r"(\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?)\s*€", text)
    if match is None or "teilnahmebeitrag" in low:
        return "", None, ""
    amount = Decimal(match.group(1).replace(".", "").replace(",", ".")).quantize(Decimal("0.01"))
    unit = "hour" if "stunde" in low else "month" if ("monat" in low or "jahr" in low) else "total"
    return ("allowance" if "aufwand" in low else "paid"), amount, unit


def event_day(month: int, weekday: str, today: datetime.date, *, past: bool) -> datetime.date:
    """The event's weekday in the second week of `month`: next occurrence, or the last one."""

    def occurrence(year):
        day = datetime.date(year, month, 8)
        return day + datetime.timedelta(days=(WEEKDAYS.index(weekday) - day.weekday()) % 7)

    upcoming = occurrence(today.year)
    if upcoming < today:
        upcoming = occurrence(today.year + 1)
    return occurrence(upcoming.year - 1) if past else upcoming


class Planner:
    def __init__(self, catalog, pools: Pools, region_slug, *, seed, scale, today):
        self.catalog = catalog
        self.pools = pools
        self.slug = region_slug
        self.rng = random.Random(f"einblick-demo:{seed}:{region_slug}")
        self.scale = scale
        self.today = today
        self.streets = pools.streets_of(region_slug)
        self.city = self.streets[0]["city"] if self.streets else region_slug.title()
        self.used_slugs = set()

    def plan(self):
        result = RegionPlan()
        result.employers = self._employers()
        result.offers = self._offers(result.employers)
        result.events = self._events(result.employers)
        return result

    def _slug(self, text):
        base = slugify(text)[:100] or "eintrag"
        slug, n = base, 2
        while slug in self.used_slugs:
            slug, n = f"{base}-{n}", n + 1
        self.used_slugs.add(slug)
        return slug

    def _address(self):
        street = self.rng.choice(self.streets)
        return {
            "street": f"{street['street']} {self.rng.randint(1, 60)}",
            "postcode": street["postcode"],
            "city": street["city"],
            "latitude": street["latitude"],
            "longitude": street["longitude"],
        }

    # --- employers -----------------------------------------------------------------------
    def _employers(self):
        cat = self.catalog
        companies = self.pools.companies_of(self.slug)
        by_field = {}
        for company in companies:
            by_field.setdefault(company["field"], []).append(company)
        # Round robin over the Berufsfelder, so a small scale still covers all of them.
        ordered, depth = [], max((len(v) for v in by_field.values()), default=0)
        for level in range(depth):
            for field_slug in cat.fields:
                if level < len(by_field.get(field_slug, [])):
                    ordered.append(by_field[field_slug][level])
        count = min(len(ordered), max(len(cat.fields), round(BASE_EMPLOYERS * self.scale)))
        chosen = ordered[:count]
        if self.slug == "weimar":
            chosen.append(ORGAN_BUILDER)
        return [self._employer(index, company) for index, company in enumerate(chosen)]

    def _employer(self, index, company):
        rng, cat = self.rng, self.catalog
        name = company["name"]
        if company.get("legal_form"):
            name = f"{name} {company['legal_form']}"
        occupations = [o for o in company.get("occupations", []) if o in cat.occupation_names]
        fields = [company["field"]] + [cat.occupation_field[o] for o in occupations]
        fields = sorted({f for f in fields if f in cat.fields}, key=cat.fields.index)
        if company["field"] in fields:  # the main field first
            fields.remove(company["field"])
            fields.insert(0, company["field"])
        domain = company["slug"].replace("-", "")[:30]
        contacts = []
        for _ in range(rng.choice([1, 1, 2])):
            person = rng.choice(self.pools.first_names)
            last = rng.choice(self.pools.last_names)
            role = rng.choice(self.pools.roles)
            gender = person["gender"] if person["gender"] in ("f", "m") else "neutral"
            local = f"{person['name']}.{last}".lower().translate(ASCII)
            contacts.append(
                {
                    "name": f"{person['name']} {last}",
                    "role": role.get(gender) or role["neutral"],
                    "email": f"{re.sub(r'[^a-z.]', '', local)}@{domain}.example",
                    "phone": f"{AREA_CODES.get(self.slug, '0361')} {rng.randint(100000, 999999)}",
                }
            )
        values = {
            "name": name,
            "slug": self._slug(company["slug"]),
            "pitch": company["pitch"][:300],
            "philosophy": f"<p>{company['philosophy']}</p>",
            "size_class": company["size_class"],
            "website": f"https://www.{domain}.example",
            "email": f"kontakt@{domain}.example",
            "phone": contacts[0]["phone"],
            **self._address(),
        }
        m2m = {
            "occupational_fields": fields,
            "occupations": occupations,
            "benefits": [b for b in company.get("benefits", []) if b in cat.benefits],
        }
        key = f"demo:{self.slug}:employer:{company['slug']}"
        return EmployerSpec(key, values, m2m, contacts, (_initials(company["name"]), index))

    def _offers(self, employers):
        rng, cat = self.rng, self.catalog
        by_field = {}
        for emp in employers:
            by_field.setdefault(emp.m2m["occupational_fields"][0], []).append(emp)
        specs = []
        for index, (type_slug, title, field_slug, hint) in enumerate(MUST_SHOW):
            trained = (
                [e for e in employers if any(hint in o for o in e.m2m["occupations"])]
                or by_field.get(field_slug)
                or employers
            )
            emp = trained[0]
            occupation = next((o for o in emp.m2m["occupations"] if hint in o), None)
            specs.append(
                self._offer(f"must-{index + 1}", emp, type_slug, field_slug, title, occupation)
            )
        coverage = max(len(cat.offer_types), len(cat.fields))
        count = max(coverage, round(BASE_OFFERS * self.scale))
        for index in range(count):
            type_slug = cat.offer_types[index % len(cat.offer_types)]
            if index < len(cat.fields):
                field_slug = cat.fields[index]
                emp = rng.choice(by_field.get(field_slug) or employers)
            else:
                emp = rng.choice(employers)
                field_slug = rng.choice(emp.m2m["occupational_fields"])
            spec = self._offer(f"{index + 1:04}", emp, type_slug, field_slug)
            # A few drafts and expired offers (after the coverage block) for the status filters.
            extra = index - coverage
            if extra >= 0 and extra % 41 == 0:
                spec.live = False
            elif extra >= 0 and extra % 37 == 3:
                spec.values.update(
                    period_kind="dates",
                    start_date=self.today - datetime.timedelta(days=40),
                    end_date=self.today - datetime.timedelta(days=3),
                    season="",
                )
            specs.append(spec)
        if self.slug == "weimar":
            organ = next(e for e in employers if e.key.endswith(ORGAN_BUILDER["slug"]))
            specs.append(
                self._offer(
                    "orgelbau",
                    organ,
                    "schnuppertag",
                    ORGAN_BUILDER["field"],
                    WEIMAR_ONLY_TITLE,
                    "orgel-und-harmoniumbauer",
                )
            )
        return specs

    def _pick_occupation(self, emp, field_slug):
        cat = self.catalog
        own = [o for o in emp.m2m["occupations"] if cat.occupation_field.get(o) == field_slug]
        if own:
            return self.rng.choice(own)
        options = cat.occupations_by_field.get(field_slug) or []
        return self.rng.choice(options)[0] if options else None

    def _offer(self, key, emp, type_slug, field_slug, title=None, occupation=None):
        cat = self.catalog
        occupation = occupation or self._pick_occupation(emp, field_slug)
        texts = self.pools.offer_texts.get(type_slug, {})
        words = {
            "employer": emp.values["name"],
            "occupation": cat.occupation_names.get(occupation, ""),
            "field": cat.field_names.get(field_slug, field_slug),
            "city": self.city,
        }
        period = self._offer_period(type_slug, texts.get("facts", {}))
        if title is None:
            title = self._offer_title(texts, words, period, field_slug)
        values = self._offer_values(texts, words, emp, title, field_slug)
        values.update(period)
        m2m = {
            "occupational_fields": [field_slug],
            "occupations": [occupation] if occupation else [],
            "target_groups": [
                t for t in TARGETS_BY_TYPE.get(type_slug, ["schueler"]) if t in cat.target_groups
            ],
            "school_levels": cat.school_levels[:4] if type_slug in SCHOOL_TYPES else [],
        }
        return OfferSpec(
            key=f"demo:{self.slug}:offer:{key}",
            employer_key=emp.key,
            offer_type=type_slug,
            values=values,
            m2m=m2m,
        )

    def _offer_title(self, texts, words, period, field_slug):
        """A title fitting period and Berufsfeld, in one gender form (see rules)."""
        templates = texts.get("titles") or []
        if not words["occupation"]:
            templates = [t for t in templates if "{occupation}" not in t]
        titles = [t.format(**words) for t in templates]
        fitting = [t for t in titles if fits_period(t, period) and fits_field(t, field_slug)]
        title = self.rng.choice(fitting or [f"Angebot im Bereich {words['field']}"])
        return one_gender_form(title if is_inclusive_title(title) else f"{title} (m/w/d)")

    def _offer_values(self, texts, words, emp, title, field_slug):
        """The offer's own fields; the period fields are left open (see `_offer_period`)."""
        rng = self.rng
        facts = texts.get("facts", {})
        pay_kind, pay_amount, pay_unit = parse_pay(rng.choice(facts.get("pay") or [""]))
        tasks = [t for t in texts.get("tasks") or [] if fits_field(t, field_slug)]
        return {
            "title": title[:200],
            "slug": self._slug(title),
            "description": "<p>"
            + rng.choice(texts.get("descriptions") or ["{employer} freut sich auf dich."]).format(
                **words
            )
            + "</p>",
            "min_age": None,
            "min_class": None,
            "period_kind": "on_request",
            "start_date": None,
            "end_date": None,
            "season": "",
            "places": rng.randint(1, 6),
            "pay_kind": pay_kind,
            "pay_amount": pay_amount,
            "pay_unit": pay_unit,
            "hours": rng.choice(facts.get("hours") or ["nach Absprache"])[:200],
            "tasks": "\n".join(rng.sample(tasks, k=min(3, len(tasks)))).format(**words),
            "people": rng.choice(texts.get("who_you_meet") or [""]).format(**words),
            "how_to_apply": "Schreib uns kurz, wer du bist und was dich interessiert – "
            "ein Lebenslauf genügt. Wir melden uns innerhalb einer Woche.",
            "apply_email": emp.values["email"],
            "contact_name": emp.contacts[0]["name"],
        }

    def _offer_period(self, type_slug, facts):
        """Age, class and period fields that depend on the offer type."""
        rng, today, changes = self.rng, self.today, {}
        period_text = rng.choice(facts.get("period") or [""]).lower()
        season = next((v for k, v in SEASON_WORDS.items() if k in period_text), "")
        if type_slug in SCHOOL_TYPES:
            changes["min_class"] = rng.choice([7, 8, 9])
        if type_slug == "ferienjob":
            changes.update(min_age=rng.choice([15, 16]), period_kind="season")
            changes["season"] = season or "sommerferien"
        elif type_slug in ("ausbildungsplatz", "duales-studium"):
            month = 10 if type_slug == "duales-studium" else 8
            year = today.year + (1 if today.month >= month - 1 else 0)
            changes.update(period_kind="dates", start_date=datetime.date(year, month, 1))
        elif type_slug == "feriencamp":  # Monday to Friday of the next such holidays
            start = holiday_start(season or "sommerferien", today)
            changes.update(
                period_kind="dates", start_date=start, end_date=start + datetime.timedelta(4)
            )
        elif type_slug in ("schnuppertag", "tag-der-offenen-tuer"):
            start = today + datetime.timedelta(days=rng.randint(10, 150))
            changes.update(period_kind="dates", start_date=start, end_date=start)
        elif season:
            changes.update(period_kind="season", season=season)
        return changes

    # --- events --------------------------------------------------------------------------
    def _events(self, employers):
        rng, specs = self.rng, []
        venues = self.pools.event_venues.get(self.slug, {})
        # Events are few and carry the upcoming/past mix: plan all of them at any scale.
        for index, entry in enumerate(self.pools.events):
            low, high = entry.get("employers_min", 1), entry.get("employers_max", 5)
            guests = rng.sample(employers, k=min(len(employers), rng.randint(low, high)))
            words = {"city": self.city, "employer": guests[0].values["name"]}
            hour, minute = (int(x) for x in entry["start"].split(":"))
            day = event_day(entry["month"], entry["weekday"], self.today, past=index % 4 == 3)
            start = _at(day, hour, minute)
            title = entry["title"].format(**words)
            where = entry.get("venues", {}).get(self.slug, "")
            if where == "employer":
                place = {"venue": guests[0].values["name"], **_place(guests[0].values)}
            elif where in venues:
                place = {"venue": venues[where]["name"], **_place(venues[where])}
            else:
                place = {
                    "venue": f"Teilnehmende Betriebe in {self.city}",
                    "street": "",
                    "postcode": "",
                    "city": self.city,
                    "latitude": None,
                    "longitude": None,
                }
            values = {
                "title": title,
                "slug": self._slug(title),
                "kind": entry["kind"],
                "start": start,
                "end": start + datetime.timedelta(hours=entry.get("duration_hours", 2)),
                "description": f"<p>{entry['description'].format(**words)}</p>",
                "registration_url": "",
                **place,
                **bookings.event_values(entry.get("registration"), start),
            }
            targets = [t for t in entry.get("target_groups", []) if t in self.catalog.target_groups]
            booking_rng = random.Random(f"einblick-demo:{self.slug}:{entry['slug']}")
            specs.append(
                EventSpec(
                    key=f"demo:{self.slug}:event:{entry['slug']}",
                    values=values,
                    employer_keys=sorted(g.key for g in guests),
                    target_groups=targets,
                    slots=bookings.plan_slots(entry.get("registration"), day),
                    participants=bookings.plan_participants(
                        entry.get("registration"),
                        self.pools,
                        booking_rng,
                        self.pools.schools.get(self.slug, []),
                    ),
                )
            )
        return specs


def _place(source):
    return {k: source[k] for k in ("street", "postcode", "city", "latitude", "longitude")}
