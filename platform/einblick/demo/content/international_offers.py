"""Languages at work, German level and English translations of demo offers (issue 20).

Applied to the region plan before it is written, so the writer publishes the values with
a revision like every other field. Deterministic: its own seeded random generator, so the
rest of the plan stays as it was. Jena gets 15 English translations (IT internships first,
so an English query like "internship IT" finds one) and a few English-speaking teams without
a translation (the English page shows those in German with a note).
"""

import random

ENGLISH_TYPES = {
    "studierendenpraktikum": "internship for students",
    "pflichtpraktikum": "mandatory internship",
    "abschlussarbeit": "thesis project",
    "werkstudierendenjob": "working student job",
    "berufseinstieg": "graduate job",
    "duales-studium": "dual study programme",
    "ferienjob": "summer job",
    "ausbildungsplatz": "apprenticeship",
}
FIELDS_EN = {
    "it-computer": "IT",
    "naturwissenschaften": "science",
    "elektro": "electrical engineering",
    "metall-maschinenbau": "mechanical engineering",
    "technik-technologiefelder": "technology",
    "produktion-fertigung": "production",
    "wirtschaft-verwaltung": "business administration",
    "gesundheit": "healthcare",
    "medien": "media",
    "verkehr-logistik": "logistics",
}
SUMMARIES = {
    "studierendenpraktikum": "Spend a few months with our {field} team in {city} and work "
    "on real projects from day one. Our team speaks English, and we help you settle in.",
    "pflichtpraktikum": "Complete the internship your degree requires with us. You get a "
    "mentor, clear tasks in {field} and a certificate at the end.",
    "abschlussarbeit": "Write your bachelor's or master's thesis on a real {field} question "
    "from our daily work, with a supervisor on our side.",
    "werkstudierendenjob": "Work 10 to 20 hours a week alongside your studies and gain hands-on "
    "experience in {field}. Flexible hours around your exams.",
    "berufseinstieg": "Start your career in {field} with a structured onboarding plan and a "
    "buddy in the team. German lessons during working hours are possible.",
    "duales-studium": "Combine university and practice: you study and work with us in {field} "
    "in alternating phases, paid from the first month.",
    "ferienjob": "Earn money during the holidays and get to know our team in {city}. No "
    "previous experience needed.",
    "ausbildungsplatz": "Learn a trade in {field} with us: three years of training, a fixed "
    "wage and a good chance to stay on afterwards.",
}
ENGLISH_COUNT = {"jena": 15, "weimar": 3}
OTHER_LANGUAGES = ["pl", "uk", "ru", "tr", "ar", "vi", "fr", "es"]


def _field(spec) -> str:
    return (spec.m2m.get("occupational_fields") or [""])[0]


def _english_title(spec, employer_name: str) -> str:
    title = f"{FIELDS_EN[_field(spec)]} {ENGLISH_TYPES[spec.offer_type]}"
    return f"{title[0].upper()}{title[1:]} at {employer_name}"


def _priority(spec):
    field = _field(spec)
    internship = spec.offer_type in ("studierendenpraktikum", "pflichtpraktikum")
    return (field != "it-computer", not internship, spec.key)


def add_international(plan, region_slug: str, city: str, seed: int) -> None:
    """Set work_languages, german_level, title_en and summary_en on the plan's offers."""
    rng = random.Random(f"einblick-demo:{seed}:{region_slug}:international")
    names = {e.key: e.values["name"] for e in plan.employers}
    live = [s for s in plan.offers if s.live]
    candidates = sorted((s for s in live if s.offer_type in ENGLISH_TYPES), key=_priority)
    fitting = [s for s in candidates if _field(s) in FIELDS_EN]
    translated = fitting[: ENGLISH_COUNT.get(region_slug, 0)]
    english_only = [s for s in candidates if s not in translated][:4]
    for spec in plan.offers:
        values = spec.values
        values.update(work_languages=["de"], german_level="", title_en="", summary_en="")
        if spec in translated or spec in english_only:
            values["work_languages"] = ["de", "en"]
            values["german_level"] = rng.choice(["none", "a2", "b1"])
        elif rng.random() < 0.12:
            values["work_languages"] = ["de", rng.choice(OTHER_LANGUAGES)]
            values["german_level"] = rng.choice(["a2", "b1", "b2"])
        if spec in translated:
            field = FIELDS_EN[_field(spec)]
            values["title_en"] = _english_title(spec, names.get(spec.employer_key, ""))
            values["summary_en"] = SUMMARIES[spec.offer_type].format(field=field, city=city)
