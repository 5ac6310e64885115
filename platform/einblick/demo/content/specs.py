"""The plain specs a region plan consists of (no database access)."""

from dataclasses import dataclass, field


@dataclass
class Catalog:
    """Active taxonomy entries available to the plan (slugs, in display order)."""

    offer_types: list
    fields: list
    occupations_by_field: dict  # field slug -> [(slug, name)]
    benefits: list
    target_groups: list
    school_levels: list
    field_names: dict = field(default_factory=dict)

    def __post_init__(self):
        self.occupation_names = {}
        self.occupation_field = {}
        for field_slug, items in self.occupations_by_field.items():
            for slug, name in items:
                self.occupation_names[slug] = name
                self.occupation_field[slug] = field_slug


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
    slots: list = field(default_factory=list)  # EventSlot values (demo.content.bookings)
    participants: list = field(default_factory=list)  # registrations to seed


@dataclass
class RegionPlan:
    employers: list = field(default_factory=list)
    offers: list = field(default_factory=list)
    events: list = field(default_factory=list)
