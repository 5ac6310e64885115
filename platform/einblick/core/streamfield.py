"""StreamField content built in code (starter pages, demo pages, onboarding)."""

import uuid


def stream_block(block_type: str, value) -> dict:
    """One block in the raw StreamField format, with the id Wagtail expects."""
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}
