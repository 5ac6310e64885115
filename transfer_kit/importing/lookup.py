"""Find shared taxonomy entries from the words people put in spreadsheets.

„Branche“ in a CRM export is free text („Gastronomie“, „Metallbau / Schlosserei“,
„Bank, Versicherung“). It is matched to Berufsfeld slugs in this order: the user mapping's
[branchen] table, exact slug or name, then a keyword table of common German branch words.
Whatever stays unmatched is reported as a note (the row is still imported).
"""

import re

from einblick.taxonomy.names import base_form, normalise_key, occupation_keys

from .mapping import normalise

# normalised keyword (substring of the cell) → Berufsfeld slug; keys of ≤ 3 letters match
# whole words only. Longer keywords win ("medizintechnik" before "medizin").
BRANCHE_KEYWORDS = {
    "bau": "bau-architektur-vermessung",
    "architektur": "bau-architektur-vermessung",
    "dachdeck": "bau-architektur-vermessung",
    "maurer": "bau-architektur-vermessung",
    "zimmerei": "bau-architektur-vermessung",
    "sanitaer": "bau-architektur-vermessung",
    "shk": "bau-architektur-vermessung",
    "heizung": "bau-architektur-vermessung",
    "vermessung": "bau-architektur-vermessung",
    "metall": "metall-maschinenbau",
    "maschinenbau": "metall-maschinenbau",
    "stahl": "metall-maschinenbau",
    "schlosserei": "metall-maschinenbau",
    "kfz": "metall-maschinenbau",
    "fahrzeug": "metall-maschinenbau",
    "automobil": "metall-maschinenbau",
    "autohaus": "metall-maschinenbau",
    "werkzeug": "metall-maschinenbau",
    "elektro": "elektro",
    "energie": "elektro",
    "stadtwerke": "elektro",
    "it": "it-computer",
    "edv": "it-computer",
    "software": "it-computer",
    "informatik": "it-computer",
    "digital": "it-computer",
    "telekommunikation": "it-computer",
    "chemie": "naturwissenschaften",
    "labor": "naturwissenschaften",
    "pharma": "naturwissenschaften",
    "biotech": "naturwissenschaften",
    "forschung": "naturwissenschaften",
    "optik": "technik-technologiefelder",
    "photonik": "technik-technologiefelder",
    "feinmechanik": "technik-technologiefelder",
    "medizintechnik": "technik-technologiefelder",
    "mechatronik": "technik-technologiefelder",
    "technik": "technik-technologiefelder",
    "bank": "wirtschaft-verwaltung",
    "sparkasse": "wirtschaft-verwaltung",
    "versicherung": "wirtschaft-verwaltung",
    "finanz": "wirtschaft-verwaltung",
    "handel": "wirtschaft-verwaltung",
    "verwaltung": "wirtschaft-verwaltung",
    "steuer": "wirtschaft-verwaltung",
    "immobilien": "wirtschaft-verwaltung",
    "oeffentlicherdienst": "wirtschaft-verwaltung",
    "behoerde": "wirtschaft-verwaltung",
    "logistik": "verkehr-logistik",
    "spedition": "verkehr-logistik",
    "transport": "verkehr-logistik",
    "verkehr": "verkehr-logistik",
    "lager": "verkehr-logistik",
    "gastro": "dienstleistung",
    "hotel": "dienstleistung",
    "restaurant": "dienstleistung",
    "tourismus": "dienstleistung",
    "reinigung": "dienstleistung",
    "friseur": "dienstleistung",
    "kosmetik": "dienstleistung",
    "sicherheit": "dienstleistung",
    "dienstleist": "dienstleistung",
    "gesundheit": "gesundheit",
    "pflege": "gesundheit",
    "klinik": "gesundheit",
    "krankenhaus": "gesundheit",
    "arzt": "gesundheit",
    "praxis": "gesundheit",
    "apotheke": "gesundheit",
    "medizin": "gesundheit",
    "therapie": "gesundheit",
    "sozial": "soziales-paedagogik",
    "kita": "soziales-paedagogik",
    "erzieh": "soziales-paedagogik",
    "paedagog": "soziales-paedagogik",
    "bildung": "soziales-paedagogik",
    "jugend": "soziales-paedagogik",
    "landwirtschaft": "landwirtschaft-natur-umwelt",
    "garten": "landwirtschaft-natur-umwelt",
    "forst": "landwirtschaft-natur-umwelt",
    "agrar": "landwirtschaft-natur-umwelt",
    "umwelt": "landwirtschaft-natur-umwelt",
    "produktion": "produktion-fertigung",
    "fertigung": "produktion-fertigung",
    "lebensmittel": "produktion-fertigung",
    "baeckerei": "produktion-fertigung",
    "fleischerei": "produktion-fertigung",
    "textil": "produktion-fertigung",
    "kunststoff": "produktion-fertigung",
    "holz": "produktion-fertigung",
    "tischlerei": "produktion-fertigung",
    "glas": "produktion-fertigung",
    "medien": "medien",
    "verlag": "medien",
    "werbung": "medien",
    "marketing": "medien",
    "druck": "medien",
    "kunst": "kunst-kultur-gestaltung",
    "kultur": "kunst-kultur-gestaltung",
    "design": "kunst-kultur-gestaltung",
    "gestaltung": "kunst-kultur-gestaltung",
    "museum": "kunst-kultur-gestaltung",
    "theater": "kunst-kultur-gestaltung",
}


class TaxonomyLookup:
    """Resolve cell text to entries of one taxonomy model (by slug, name or keyword)."""

    def __init__(self, queryset, extra: dict[str, list[str]] | None = None, keywords=None):
        self.entries = {entry.slug: entry for entry in queryset}
        self.by_key = {}
        for entry in self.entries.values():
            names = [getattr(entry, a, "") for a in ("slug", "name", "short_name", "name_plural")]
            names += getattr(entry, "search_terms", None) or []
            # gendered and short forms ("Kfz-Mechatroniker:in", "Restaurantfachfrau")
            for key in occupation_keys(*names):
                self.by_key.setdefault(key, entry)
        self.extra = extra or {}
        self.keywords = sorted((keywords or {}).items(), key=lambda kv: -len(kv[0]))

    def _one(self, text: str) -> list | None:
        key = normalise(text)
        if not key:
            return []
        if key in self.extra:
            return [self.entries[s] for s in self.extra[key] if s in self.entries]
        if key in self.by_key:
            return [self.by_key[key]]
        base = normalise_key(base_form(text))
        if base in self.by_key:
            return [self.by_key[base]]
        words = set(re.findall(r"[a-z0-9]+", text.lower()))
        for keyword, slug in self.keywords:
            hit = keyword in words if len(keyword) <= 3 else keyword in key
            if hit and slug in self.entries:
                return [self.entries[slug]]
        return None

    def find(self, text: str) -> tuple[list, list[str]]:
        """(entries, unmatched parts) for a cell like „Metallbau / Schlosserei; Elektro“."""
        whole = self._one(text)
        if whole is not None:
            return whole, []
        found, unknown = [], []
        for part in re.split(r"[;|\n]|/(?!-)", text):
            result = self._one(part)
            if result is None:
                pieces = [p for p in re.split(r",|\bund\b|&|\+", part) if p.strip()]
                results = [(p, self._one(p)) for p in pieces]
                unknown += [p.strip() for p, r in results if r is None]
                found += [e for _, r in results if r for e in r]
            else:
                found += result
        return list(dict.fromkeys(found)), unknown
