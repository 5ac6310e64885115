"""German starter text of the international guide (written by the Einblick team).

Editors adapt it to their region; the legal facts were checked on `CHECKED` and must be
re-checked yearly (the report "Leitfäden prüfen").
"""

ANERKENNUNG = "https://www.anerkennung-in-deutschland.de/"
MAKE_IT = "https://www.make-it-in-germany.com/de/"
BA = "https://www.arbeitsagentur.de/unternehmen/arbeitskraefte/fachkraefte-ausland"


def guide_step(title, what, who, documents, duration, links=()):
    return {
        "type": "step",
        "value": {
            "title": title,
            "what": what,
            "who_helps": who,
            "documents": list(documents),
            "duration": duration,
            "links": [{"label": label, "url": url} for label, url in links],
        },
    }


STEPS = [
    guide_step(
        "Bedarf klären und Stelle beschreiben",
        "<p>Schreiben Sie auf, welche Aufgaben die neue Kollegin oder der neue Kollege "
        "übernimmt, welcher Abschluss wirklich nötig ist und welches Deutsch im Alltag "
        "gebraucht wird. Oft reicht für den Start ein Niveau A2 oder B1, wenn das Team "
        "unterstützt.</p>",
        "Arbeitgeber-Service der Agentur für Arbeit, Ihre Kammer (IHK oder HWK)",
        ["Stellenbeschreibung", "Anforderungsprofil mit nötigen Deutschkenntnissen"],
        "1 bis 2 Wochen",
        [("Fachkräfte aus dem Ausland (Bundesagentur für Arbeit)", BA)],
    ),
    guide_step(
        "Fachkräfte finden und ansprechen",
        "<p>Veröffentlichen Sie die Stelle auch auf Englisch und nennen Sie die Sprachen, die "
        "im Team gesprochen werden. Die Zentrale Auslands- und Fachvermittlung (ZAV), "
        "Hochschulen und Partnerprogramme helfen bei der Suche.</p>",
        "Zentrale Auslands- und Fachvermittlung (ZAV), International Office der Hochschulen",
        ["Stellenanzeige auf Deutsch und Englisch"],
        "1 bis 6 Monate",
        [("Make it in Germany: Informationen für Arbeitgeber", MAKE_IT)],
    ),
    guide_step(
        "Anerkennung des Abschlusses prüfen",
        "<p>Für reglementierte Berufe (z. B. Pflege, Erziehung) ist die Anerkennung Pflicht, "
        "für viele Ausbildungsberufe ist sie für das Visum nötig. Zuständig ist je nach Beruf "
        "die Kammer oder eine Landesbehörde. Sind die Unterlagen vollständig, entscheidet die "
        "Stelle in der Regel innerhalb von drei Monaten.</p>",
        "Anerkennungsberatung (IQ Netzwerk), zuständige Kammer oder Landesbehörde",
        [
            "Zeugnisse und Abschlüsse",
            "amtliche Übersetzungen",
            "Lebenslauf",
            "Nachweise über Berufserfahrung",
        ],
        "2 bis 4 Monate",
        [("Anerkennungs-Finder", ANERKENNUNG)],
    ),
    guide_step(
        "Aufenthaltstitel und Visum klären",
        "<p>Welcher Aufenthaltstitel passt, hängt von Abschluss, Gehalt und Herkunftsland ab: "
        "zum Beispiel die Blaue Karte EU für Akademiker:innen, ein Titel für Fachkräfte mit "
        "Berufsausbildung oder die Chancenkarte zur Arbeitssuche. Bürger:innen der EU brauchen "
        "keinen Aufenthaltstitel.</p>",
        "Ausländerbehörde, Landesservice für Fachkräfte",
        ["Arbeitsvertrag oder verbindliches Angebot", "Pass", "Anerkennungsbescheid"],
        "1 bis 3 Monate",
    ),
    guide_step(
        "Beschleunigtes Fachkräfteverfahren nutzen",
        "<p>Als Arbeitgeber können Sie mit einer Vollmacht der Fachkraft bei der "
        "Ausländerbehörde das beschleunigte Fachkräfteverfahren beantragen. Die Behörde "
        "koordiniert dann Anerkennung, Zustimmung der Bundesagentur für Arbeit und den "
        "Visumstermin mit festen Fristen. Das Verfahren ist gebührenpflichtig.</p>",
        "Ausländerbehörde (zentrale Stelle für das Fachkräfteverfahren)",
        [
            "Vollmacht der Fachkraft",
            "Vereinbarung mit der Ausländerbehörde",
            "Unterlagen zur Anerkennung",
        ],
        "etwa 2 bis 4 Monate bis zum Visum",
    ),
    guide_step(
        "Zustimmung der Bundesagentur für Arbeit",
        "<p>Für die meisten Aufenthaltstitel prüft die Bundesagentur für Arbeit, ob Lohn und "
        "Arbeitsbedingungen denen vergleichbarer deutscher Beschäftigter entsprechen. Sie füllen "
        "dazu das Formular „Erklärung zum Beschäftigungsverhältnis“ aus.</p>",
        "Arbeitgeber-Service der Agentur für Arbeit",
        ["Erklärung zum Beschäftigungsverhältnis", "Arbeitsvertrag"],
        "1 bis 2 Wochen",
    ),
    guide_step(
        "Deutsch lernen ermöglichen",
        "<p>Planen Sie Deutschkurse von Anfang an ein, am besten teilweise in der Arbeitszeit. "
        "Berufssprachkurse werden öffentlich gefördert; Sprachschulen vor Ort bieten auch "
        "Kurse am Abend an. Ein:e Sprachpat:in im Team hilft im Alltag.</p>",
        "Sprachschulen, Migrationsberatung, Agentur für Arbeit (Berufssprachkurse)",
        ["Einstufungstest", "Kursplan"],
        "laufend, erste Stufe etwa 3 bis 6 Monate",
    ),
    guide_step(
        "Ankommen organisieren",
        "<p>Helfen Sie bei Wohnung, Anmeldung beim Bürgeramt, Bankkonto, Krankenversicherung "
        "und Steuer-Identifikationsnummer. Eine möblierte Übergangswohnung nimmt viel Druck aus "
        "den ersten Wochen.</p>",
        "Migrationsberatung, Welcome Center, Bürgeramt",
        ["Wohnungsgeberbestätigung", "Pass und Visum", "Nachweis der Krankenversicherung"],
        "2 bis 4 Wochen",
    ),
    guide_step(
        "Einarbeitung planen und das Team vorbereiten",
        "<p>Ein schriftlicher Einarbeitungsplan, eine feste Ansprechperson (Pat:in) und ein "
        "kurzes interkulturelles Training für das Team machen den Start leichter. Sprechen Sie "
        "Erwartungen offen an: Pünktlichkeit, Hierarchie, Feedback.</p>",
        "Kammern, Migrationsberatung, Anbieter interkultureller Trainings",
        ["Einarbeitungsplan", "Liste der Ansprechpersonen"],
        "die ersten 100 Tage",
    ),
    guide_step(
        "Dranbleiben: Familie, Verlängerung, Bindung",
        "<p>Denken Sie rechtzeitig an die Verlängerung des Aufenthaltstitels und informieren "
        "Sie über Familiennachzug, Kita und Schule. Wer sich willkommen fühlt, bleibt.</p>",
        "Ausländerbehörde, Migrationsberatung",
        ["Ablaufdatum des Aufenthaltstitels im Kalender"],
        "laufend",
    ),
]


def _checklist(heading, items):
    return {"type": "checklist", "value": {"heading": heading, "items": items}}


CHECKLISTS = [
    _checklist(
        "Vor der Einreise",
        [
            "Stellenbeschreibung mit nötigen Deutschkenntnissen fertig",
            "Anerkennung beantragt oder geklärt, dass sie nicht nötig ist",
            "Vollmacht für das beschleunigte Fachkräfteverfahren unterschrieben",
            "Arbeitsvertrag verschickt",
            "Wohnung oder Übergangsunterkunft reserviert",
            "Pat:in im Team benannt",
        ],
    ),
    _checklist(
        "Erste Woche",
        [
            "Anmeldung beim Bürgeramt (innerhalb von zwei Wochen)",
            "Krankenversicherung und Sozialversicherungsnummer",
            "Bankkonto für das Gehalt",
            "Rundgang, Arbeitsschutz-Unterweisung, Zugänge",
            "Termine für den Deutschkurs",
        ],
    ),
    _checklist(
        "Die ersten 100 Tage",
        [
            "Feedbackgespräche nach 2, 6 und 12 Wochen",
            "Fortschritt im Deutschkurs besprochen",
            "Team-Training zur Zusammenarbeit in gemischten Teams",
            "Ablaufdatum des Aufenthaltstitels notiert",
        ],
    ),
]


def _term(term, explanation):
    return {"type": "entry", "value": {"term": term, "explanation": explanation}}


GLOSSARY = [
    _term(
        "Anerkennung",
        "Eine zuständige Stelle prüft, ob ein ausländischer Abschluss einem deutschen "
        "gleichwertig ist. Für manche Berufe ist das Pflicht, für das Visum oft auch.",
    ),
    _term(
        "Anerkennungszuschuss",
        "Ein Zuschuss des Bundes zu den Kosten der Anerkennung für Menschen mit geringem "
        "Einkommen, die schon in Deutschland leben.",
    ),
    _term(
        "Aufenthaltstitel",
        "Die Erlaubnis, in Deutschland zu leben; sie sagt auch, ob und wie man arbeiten darf. "
        "Beispiele: Visum, Aufenthaltserlaubnis, Blaue Karte EU, Niederlassungserlaubnis.",
    ),
    _term(
        "Beschleunigtes Fachkräfteverfahren",
        "Ein Verfahren, das der Arbeitgeber bei der Ausländerbehörde beantragt: Anerkennung, "
        "Zustimmung und Visum laufen mit festen, kurzen Fristen.",
    ),
    _term(
        "Blaue Karte EU",
        "Ein Aufenthaltstitel für Menschen mit Hochschulabschluss und einem Arbeitsvertrag "
        "mit einem Mindestgehalt, das jedes Jahr neu festgelegt wird.",
    ),
    _term(
        "Chancenkarte",
        "Ein Aufenthaltstitel zur Arbeitssuche für bis zu ein Jahr, vergeben nach einem "
        "Punktesystem (Abschluss, Sprache, Erfahrung, Alter). Nebenbei darf man in Teilzeit "
        "arbeiten und Probebeschäftigungen machen.",
    ),
    _term(
        "Vorrangprüfung",
        "Die Prüfung, ob für eine Stelle bevorzugte Bewerber:innen (etwa aus Deutschland oder "
        "der EU) verfügbar sind. Für anerkannte Fachkräfte entfällt sie in der Regel.",
    ),
    _term(
        "Westbalkanregelung",
        "Eine Regel, nach der Menschen aus Albanien, Bosnien und Herzegowina, Kosovo, "
        "Montenegro, Nordmazedonien und Serbien mit einem Arbeitsangebot in Deutschland "
        "arbeiten dürfen, auch ohne anerkannten Abschluss. Die Zahl der Zustimmungen pro Jahr "
        "ist begrenzt.",
    ),
    _term(
        "Zustimmung der BA",
        "Die Bundesagentur für Arbeit prüft, ob Lohn und Arbeitsbedingungen denen "
        "vergleichbarer Beschäftigter entsprechen, und stimmt der Beschäftigung zu.",
    ),
    _term(
        "Vorabzustimmung",
        "Der Arbeitgeber lässt die Zustimmung der Bundesagentur für Arbeit schon vor dem "
        "Visumsantrag erteilen; das verkürzt das Verfahren bei der Botschaft.",
    ),
    _term(
        "Berufssprachkurs",
        "Ein öffentlich geförderter Deutschkurs mit Fachsprache für den Beruf, auch neben "
        "der Arbeit möglich.",
    ),
]
