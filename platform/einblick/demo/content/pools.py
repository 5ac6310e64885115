"""Reference pools for demo content: the fictional data files in demo/data/ (see README)."""

import json
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
FILES = ("companies", "streets", "people", "offer_texts", "events")


class PoolError(Exception):
    pass


@dataclass
class Pools:
    companies: list  # entries of companies.json
    streets: list
    first_names: list  # [{"name", "gender"}]
    last_names: list
    roles: list  # [{"neutral", "f", "m"}]
    offer_texts: dict  # offer type slug -> entry
    event_venues: dict  # region -> {venue slug: venue}
    events: list
    schools: dict  # region -> fictional school names (registrations)

    def companies_of(self, region: str) -> list:
        return [c for c in self.companies if c["region"] == region]

    def streets_of(self, region: str) -> list:
        return [s for s in self.streets if s["region"] == region]

    def regions(self) -> list:
        return sorted({c["region"] for c in self.companies})


def _read(data_dir: Path, name: str) -> dict:
    path = data_dir / f"{name}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PoolError(f"Demo-Datei fehlt: {path}") from None
    except json.JSONDecodeError as exc:
        raise PoolError(f"{path.name}: ungültiges JSON in Zeile {exc.lineno}: {exc.msg}") from None


def load_pools(data_dir: Path = DATA_DIR) -> Pools:
    data = {name: _read(data_dir, name) for name in FILES}
    people, events = data["people"], data["events"]
    return Pools(
        companies=data["companies"]["entries"],
        streets=data["streets"]["entries"],
        first_names=people["first_names"],
        last_names=people["last_names"],
        roles=people["roles"],
        offer_texts={e["offer_type"]: e for e in data["offer_texts"]["entries"]},
        event_venues={
            region: {v["slug"]: v for v in venues} for region, venues in events["venues"].items()
        },
        events=events["entries"],
        schools=events.get("schools", {}),
    )
