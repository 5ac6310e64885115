"""Default text of the cross-region portal's Impressum, Datenschutz and Barrierefreiheit.

The platform edits the text in its admin (Einstellungen → Rechtliches des Portals); these
defaults fill a fresh installation so the legal pages are never empty. The operator's name,
address and contact come from the portal's brand settings (Kontakt/Agentur) and are shown
above the text, the retention periods of the privacy page from the retention registry
(einblick.core.retention): both stay right without anybody copying them into the text.
"""

from django.utils.translation import gettext_lazy as _


def default_imprint() -> str:
    return (
        "<p>Einblick Thüringen ist das regionenübergreifende Portal der regionalen "
        "Arbeitgeberportale in Thüringen. Es bündelt die Angebote der Regionen, die ihr eigenes "
        "Portal mit Einblick betreiben.</p>"
        "<h2>Verantwortlich für den Inhalt</h2>"
        "<p>Für die Seiten dieses Portals ist die oben genannte Betreiberin verantwortlich. "
        "Für die Inhalte der regionalen Portale sind die jeweiligen Regionen verantwortlich; "
        "ihr Impressum steht jeweils unten auf ihren Seiten.</p>"
        "<h2>Inhalte der Arbeitgeber</h2>"
        "<p>Für Profile und Angebote der Unternehmen sind die Unternehmen selbst verantwortlich. "
        "Die Redaktionen der Regionen prüfen neue Inhalte, bevor sie erscheinen.</p>"
        "<h2>Links zu anderen Websites</h2>"
        "<p>Für Inhalte fremder Websites, auf die wir verlinken, sind deren Betreiber:innen "
        "verantwortlich. Erfahren wir von rechtswidrigen Inhalten, entfernen wir den Link.</p>"
    )


def default_privacy() -> str:
    return (
        "<p>Wir respektieren deine Privatsphäre: keine Werbung, kein Tracking und keine Cookies "
        "für Besucher:innen.</p>"
        "<h2>Verantwortliche Stelle</h2>"
        "<p>Verantwortlich im Sinne der Datenschutz-Grundverordnung (DSGVO) ist die oben "
        "genannte Betreiberin des Portals.</p>"
        "<h2>Aufruf der Website</h2>"
        "<p>Beim Aufruf einer Seite verarbeitet der Server technisch notwendige Daten "
        "(IP-Adresse, Zeitpunkt, aufgerufene Seite, Browserkennung), um die Seite auszuliefern "
        "und die Website vor Angriffen zu schützen (Art. 6 Abs. 1 lit. f DSGVO). Wir zählen "
        "Seitenaufrufe und Suchanfragen nur als Summen je Tag, ohne IP-Adresse und ohne "
        "Cookie.</p>"
        "<h2>Keine Cookies, kein Tracking</h2>"
        "<p>Wer das Portal nur besucht, erhält keine Cookies. Wir binden keine Analyse-, "
        "Werbe- oder Schriftendienste anderer Anbieter ein; alle Inhalte kommen von unserem "
        "Server.</p>"
        "<h2>Merkliste</h2>"
        "<p>Die Merkliste speichert gemerkte Angebote nur in deinem Browser. Wir erhalten sie "
        "nicht.</p>"
        "<h2>Angebote der Regionen</h2>"
        "<p>Wenn du ein Angebot öffnest, wechselst du auf das Portal der jeweiligen Region. "
        "Dort gilt deren Datenschutzerklärung, zum Beispiel für Anmeldungen zu "
        "Veranstaltungen oder Anfragen an Unternehmen.</p>"
        "<h2>Deine Rechte</h2>"
        "<p>Du hast das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der "
        "Verarbeitung, auf Widerspruch und auf Datenübertragbarkeit. Du kannst dich bei einer "
        "Aufsichtsbehörde beschweren, in Thüringen beim Thüringer Landesbeauftragten für den "
        "Datenschutz und die Informationsfreiheit.</p>"
    )


def default_accessibility() -> str:
    return (
        "<p>Wir möchten, dass alle Menschen Einblick Thüringen nutzen können – mit Tastatur, "
        "Screenreader, Vergrößerung oder auf einem kleinen Bildschirm.</p>"
        "<h2>Stand der Vereinbarkeit</h2>"
        "<p>Das Portal soll die Anforderungen der Barrierefreie-Informationstechnik-Verordnung "
        "(BITV 2.0) und der WCAG 2.1 auf Stufe AA erfüllen. Jede Seitenart wird bei jeder "
        "Änderung automatisch geprüft: auf Kontraste, Beschriftungen, Tastaturbedienung und "
        "darauf, dass sie ohne seitliches Scrollen auf 320 Pixel breite Bildschirme passt.</p>"
        "<h2>Nicht barrierefreie Inhalte</h2>"
        "<ul><li>Dokumente (PDF), die Unternehmen hochladen, sind möglicherweise nicht "
        "barrierefrei.</li><li>Eingebettete Videos externer Anbieter haben nicht immer "
        "Untertitel.</li></ul>"
        "<h2>Barriere melden</h2>"
        "<p>Ist dir eine Barriere aufgefallen oder brauchst du einen Inhalt in anderer Form? "
        "Schreib uns über die oben genannten Kontaktdaten. Wir antworten innerhalb von zwei "
        "Wochen.</p>"
        "<h2>Durchsetzungsverfahren</h2>"
        "<p>Antworten wir nicht oder nicht zufriedenstellend, kannst du dich an die für Thüringen zuständige "
        "Durchsetzungsstelle für barrierefreie Informationstechnik (Schlichtungsverfahren) "
        "wenden.</p>"
    )


# (kind, URL name, title shown as the page heading and in the footer)
LEGAL_PAGES = {
    "imprint": ("portal_imprint", _("Impressum")),
    "privacy": ("portal_privacy", _("Datenschutz")),
    "accessibility": ("portal_accessibility", _("Erklärung zur Barrierefreiheit")),
}
