"""English text of the demo's translated pages (issue 20), written by the Einblick team.

The home page, "For companies" and the international guide get an English version in
every demo region; the German pages stay the source (docs/redaktion/englische-fassungen.md).
"""

from einblick.international.guide_content import ANERKENNUNG, BA, MAKE_IT, guide_step

MAKE_IT_EN = MAKE_IT.replace("/de/", "/en/")


def home(region: str) -> dict:
    return {
        "title": f"Einblick {region}",
        "hero_title": f"Find your way into work in {region}",
        "hero_text": "Internships, holiday jobs, apprenticeships and first jobs with "
        f"employers in {region}. Many teams speak English – tick “English spoken” in the "
        "search.",
        "body": [
            ("offers", {"heading": "Internships", "offer_type": "studierendenpraktikum",
                        "occupational_field": "", "target_group": "", "count": 6}),
            ("cta", {"heading": "Do you train apprentices or offer internships?",
                     "text": f"Present your company on Einblick {region} free of charge – "
                     "every business gets the same space, however small.",
                     "link_label": "For companies", "link_page": None,
                     "link_url": "/en/fuer-unternehmen/"}),
        ],
    }  # fmt: skip


def companies(region: str) -> dict:
    return {
        "title": "For companies",
        "intro": f"<p>Einblick {region} brings your company together with pupils, students "
        "and skilled workers from abroad – free of charge and without advertising.</p>",
        "body": [
            ("text", "<h3>How it works</h3><ul><li>You get a profile with logo, photos, "
             "contact persons and your benefits as an employer.</li><li>You publish offers "
             "in German and, if you like, in English.</li><li>Every business gets the same "
             "space.</li></ul>"),
            ("cta", {"heading": "Recruiting skilled workers from abroad",
                     "text": "Ten steps from the job description to the induction, with "
                     "checklists and local contacts.",
                     "link_label": "Read the guide", "link_page": None,
                     "link_url": "/en/fuer-unternehmen/fachkraefte-international/"}),
        ],
    }  # fmt: skip


STEPS = [
    guide_step("Define the need and describe the job",
          "<p>Write down the tasks, the qualification that is really needed and the German "
          "used in daily work. Level A2 or B1 is often enough to start when the team "
          "helps.</p>",
          "Employer service of the employment agency, your chamber (IHK or HWK)",
          ["Job description", "Requirements including German level"], "1 to 2 weeks",
          [("Skilled workers from abroad (Federal Employment Agency)", BA)]),
    guide_step("Find and approach candidates",
          "<p>Publish the job in English too and name the languages your team speaks. The "
          "international placement service (ZAV), universities and partner programmes "
          "help.</p>",
          "International placement service (ZAV), universities' international offices",
          ["Job advertisement in German and English"], "1 to 6 months",
          [("Make it in Germany: information for employers", MAKE_IT_EN)]),
    guide_step("Check the recognition of qualifications",
          "<p>Recognition is required for regulated professions (e.g. nursing) and often "
          "for the visa. The chamber or a state authority decides, usually within three "
          "months of a complete application.</p>",
          "Recognition counselling (IQ network), the responsible chamber or authority",
          ["Certificates", "Certified translations", "CV", "Proof of work experience"],
          "2 to 4 months", [("Recognition finder", ANERKENNUNG)]),
    guide_step("Clarify the residence permit and visa",
          "<p>The right residence title depends on qualification, salary and country of "
          "origin: the EU Blue Card for graduates, a title for skilled workers with "
          "vocational training or the Opportunity Card for job seekers. EU citizens need "
          "none.</p>",
          "Immigration office, state service for skilled workers",
          ["Employment contract or binding offer", "Passport", "Recognition notice"],
          "1 to 3 months"),
    guide_step("Use the fast-track procedure for skilled workers",
          "<p>With a power of attorney from the candidate, you can apply for the fast-track "
          "procedure at the immigration office, which coordinates recognition, approval and "
          "the visa appointment with fixed deadlines. A fee applies.</p>",
          "Immigration office (central office for the fast-track procedure)",
          ["Power of attorney", "Agreement with the immigration office"],
          "about 2 to 4 months until the visa"),
    guide_step("Approval of the Federal Employment Agency",
          "<p>For most residence titles the agency checks that pay and working conditions "
          "match those of comparable German employees. You fill in the form “Declaration of "
          "employment relationship”.</p>",
          "Employer service of the employment agency",
          ["Declaration of employment relationship", "Employment contract"], "1 to 2 weeks"),
    guide_step("Make learning German possible",
          "<p>Plan German courses from the start, ideally partly in working hours. "
          "Job-related language courses are publicly funded; a language buddy in the team "
          "helps every day.</p>",
          "Language schools, migration counselling, employment agency",
          ["Placement test", "Course plan"], "ongoing, first level about 3 to 6 months"),
    guide_step("Organise the arrival",
          "<p>Help with housing, registration at the citizens' office, bank account, health "
          "insurance and tax ID. A furnished temporary flat takes pressure off the first "
          "weeks.</p>",
          "Migration counselling, welcome centre, citizens' office",
          ["Landlord's confirmation", "Passport and visa", "Proof of health insurance"],
          "2 to 4 weeks"),
    guide_step("Plan the induction and prepare the team",
          "<p>A written induction plan, a fixed buddy and a short intercultural training for "
          "the team make the start easier. Talk openly about expectations.</p>",
          "Chambers, migration counselling, intercultural trainers",
          ["Induction plan", "List of contact persons"], "the first 100 days"),
    guide_step("Keep going: family, renewal, retention",
          "<p>Remember to renew the residence title in time and give information on family "
          "reunification, childcare and school. People who feel welcome stay.</p>",
          "Immigration office, migration counselling",
          ["Expiry date of the residence title in the calendar"], "ongoing"),
]  # fmt: skip

CHECKLISTS = [
    {"type": "checklist", "value": {"heading": "Before arrival", "items": [
        "Job description with the German level needed", "Recognition applied for or not needed",
        "Employment contract sent", "Flat or temporary housing reserved", "Buddy named"]}},
    {"type": "checklist", "value": {"heading": "First week", "items": [
        "Registration at the citizens' office (within two weeks)",
        "Health insurance and social security number", "Bank account for the salary",
        "Tour, safety briefing, accounts", "Dates for the German course"]}},
]  # fmt: skip

GLOSSARY = [
    {"type": "entry", "value": {"term": term, "explanation": explanation}}
    for term, explanation in [
        ("Anerkennung (recognition)", "An authority checks whether a foreign qualification is "
         "equivalent to a German one."),
        ("Aufenthaltstitel (residence title)", "The permission to live in Germany; it also says "
         "whether and how you may work."),
        ("Blaue Karte EU (EU Blue Card)", "A residence title for university graduates with a job "
         "offer above a yearly minimum salary."),
        ("Chancenkarte (Opportunity Card)", "A residence title to look for work for up to one "
         "year, granted by a points system."),
        ("Berufssprachkurs (job-related German course)", "A publicly funded German course with "
         "the language of your profession."),
    ]
]  # fmt: skip


def guide(region: str) -> dict:
    return {
        "title": "Recruiting skilled workers from abroad",
        "intro": f"<p>A guide for small companies in {region}: ten steps from the job "
        "description to the induction, with printable checklists, a glossary and local "
        "contacts.</p>",
        "steps": STEPS,
        "checklists": CHECKLISTS,
        "glossary": GLOSSARY,
        "search_description": "Guide for small companies: finding, hiring and welcoming "
        "skilled workers from abroad.",
    }


def _offers(heading, offer_type="", target_group=""):
    return ("offers", {"heading": heading, "offer_type": offer_type, "occupational_field": "",
                       "target_group": target_group, "count": 6})  # fmt: skip


def _events(heading, target_group=""):
    return ("events", {"heading": heading, "kind": "", "target_group": target_group, "count": 3})


def menu(region: str) -> dict:
    """English values of the pages in the main menu (below the home page), by slug."""
    return {
        "angebote": {"title": "Offers"},
        "arbeitgeber": {"title": "Employers"},
        "veranstaltungen": {"title": "Events"},
        "fuer-schuelerinnen": {
            "title": "For pupils",
            "intro": f"<p>Want to know what a job really feels like? In {region}, holiday "
            "jobs, internships and taster days are waiting for you – close to home.</p>",
            "body": [
                _offers("School internships", "schuelerpraktikum", "schueler"),
                _offers("Holiday jobs", "ferienjob", "schueler"),
            ],
        },
        "fuer-eltern": {
            "title": "For parents",
            "intro": f"<p>How can you support your child in choosing a career? Employers in "
            f"{region} show what training with them looks like.</p>",
            "body": [_events("Parents' evenings and information events", "eltern")],
        },
        "fuer-schulen": {
            "title": "For schools",
            "intro": f"<p>Company visits, projects and career days with employers in {region} "
            "for your class.</p>",
            "body": [
                _offers("Offers for schools", "kooperationsangebot-schulen"),
                _events("Events for classes", "lehrkraefte-schulen"),
            ],
        },
        "fuer-unternehmen": companies(region),
        "aktuelles": {
            "title": "News",
            "intro": f"<p>News about training and work in {region}.</p>",
        },
    }


NEWS = {
    "ausbildungsmesse-angekuendigt": (
        "Training fair: more than 40 companies introduce themselves",
        "At the fair you can ask apprentices and trainers directly what their day looks like.",
    ),
    "ferienjobs-sommer": (
        "Summer holiday jobs are online now",
        "From the café to the workshop: the first holiday jobs for the summer are here.",
    ),
    "neue-betriebe": (
        "New on board: craft businesses from the region",
        "Several small businesses now show what they train – with the same space as large "
        "companies.",
    ),
}


def news(slug: str) -> dict | None:
    if slug not in NEWS:
        return None
    title, intro = NEWS[slug]
    return {"title": title, "intro": intro, "body": [("text", f"<p>{intro}</p>")]}


def directory(region: str) -> dict:
    return {
        "title": "Local contacts",
        "intro": f"<p>Authorities, chambers, counselling services and language schools in "
        f"{region} that support companies and skilled workers from abroad.</p>",
    }
