"""axe-core in the browser tests: the script (from npm, tests/browser/package.json) and a
filter for the findings that block (serious and critical)."""

import json
from pathlib import Path

AXE = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"


def serious_violations(page, axe_source: str) -> list[str]:
    """axe-core's serious and critical findings on the page, one line each."""
    page.add_script_tag(content=axe_source)
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} – "
        + "; ".join(
            n["target"][0] if isinstance(n["target"][0], str) else json.dumps(n["target"])
            for n in v["nodes"][:3]
        )
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
