"""Towns for the distance filter of onboarded regions (registered with search at startup).

A region onboarded from a region file has its `[[towns]]` in its RegionProfile; those are
the towns its visitors can search around. Regions without a profile keep search's default
(the Thuringian town list, `transfer_kit/data/thuringia_towns.json`).
"""


def region_towns(region_slug: str | None) -> list[dict]:
    from search.towns import _from_file

    from .models import RegionProfile

    if region_slug:
        profile = RegionProfile.objects.filter(region__slug=region_slug).only("towns").first()
        if profile and profile.towns:
            return [
                {
                    "name": town["name"],
                    "lat": float(town["latitude"]),
                    "lon": float(town["longitude"]),
                    "regions": {region_slug},
                }
                for town in profile.towns
            ]
    return _from_file(region_slug)
