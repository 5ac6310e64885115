"""Move a region through its lifecycle: in preparation → live ⇄ deactivated.

Deleting (after an automatic export) lives in transfer_kit.lifecycle, which can export.
Every change saves the Region row, which moves the shared content version: the host cache,
the portal's region list and the search's region names follow on the next request.
"""

from .models import Region, Status

# Allowed moves: from → to.
TRANSITIONS = {
    Status.PREPARATION: {Status.LIVE},
    Status.LIVE: {Status.DEACTIVATED},
    Status.DEACTIVATED: {Status.LIVE},
}
LABELS = dict(Status.choices)


class LifecycleError(Exception):
    """A move the lifecycle does not allow; the message says what is possible."""


def allowed_moves(region: Region) -> list[str]:
    return sorted(TRANSITIONS.get(region.lifecycle, set()))


def set_status(region: Region, status: str) -> Region:
    """Move `region` to `status` (a Status value) or raise LifecycleError."""
    if region.is_public:
        raise LifecycleError("Das regionenübergreifende Portal hat keinen Lebenszyklus.")
    if status not in LABELS:
        raise LifecycleError(f"Unbekannter Status „{status}“; möglich: {', '.join(LABELS)}.")
    current = region.lifecycle
    if status == current:
        return region
    if status not in TRANSITIONS.get(current, set()):
        possible = ", ".join(f"„{LABELS[s]}“" for s in allowed_moves(region)) or "keiner"
        raise LifecycleError(
            f"Die Region „{region.name}“ ist {LABELS[current]}; "
            f"„{LABELS[status]}“ geht von dort nicht. Möglich: {possible}."
        )
    region.status = status
    region.is_active = status == Status.LIVE
    region.save(update_fields=["status", "is_active"])
    return region


def go_live(region: Region) -> Region:
    return set_status(region, Status.LIVE)


def deactivate(region: Region) -> Region:
    return set_status(region, Status.DEACTIVATED)


def mark_in_preparation(region: Region) -> Region:
    """For a region that was just created (onboarding): not listed, preview only."""
    region.status = Status.PREPARATION
    region.is_active = False
    region.save(update_fields=["status", "is_active"])
    return region
