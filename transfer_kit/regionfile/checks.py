"""Checks of a schema-valid region file against the installation (slug, domains, files, ...)."""

from django.apps import apps

from tenants.validation import RegionProblem, validate_region
from transfer_kit.onboarding.brand import available_themes, check_brand
from transfer_kit.problems import Problem, show

from .loader import RegionFile

# region-file key → (app label, model) of the shared taxonomy
TAXONOMY_MODELS = {
    "offer_types": ("taxonomy", "OfferType"),
    "occupational_fields": ("taxonomy", "OccupationalField"),
    "occupations": ("taxonomy", "Occupation"),
    "benefits": ("taxonomy", "Benefit"),
    "target_groups": ("taxonomy", "TargetGroup"),
}


def taxonomy_model(key: str):
    """The taxonomy model for a region-file key, or None while the app has no such model."""
    try:
        return apps.get_model(*TAXONOMY_MODELS[key])
    except LookupError:
        return None


def check_installation(rf: RegionFile, known: list[Problem] = ()) -> list[Problem]:
    """Every problem that would stop the onboarding on this installation.

    Runs also when the schema check found problems (so the user sees everything at once),
    skipping only the checks whose fields are already reported as malformed.
    """
    broken = {p.path.split(".")[0].split("[")[0] for p in known}
    checks = [
        ("theme", _check_files),
        ("imports", _check_files_imports),
        ("theme", _check_theme),
        ("editors", _check_editors),
        ("taxonomy", _check_taxonomy),
    ]
    problems = _check_region(rf, broken)
    for field, check in checks:
        if field in broken or field not in rf.data and field not in ("imports", "taxonomy"):
            continue
        problems += check(rf)
    return problems


def region_file_path(problem: RegionProblem) -> str:
    """Where a region-input problem sits in the region file (``domains[1]``)."""
    if problem.field != "domain":
        return problem.field
    return "domains" if problem.index is None else f"domains[{problem.index}]"


def _check_region(rf: RegionFile, broken: set[str]) -> list[Problem]:
    """Name, slug, domains, state and regional key: the same validator as create_region."""
    problems = []
    for problem in validate_region(rf.region_spec()):
        path = region_file_path(problem)
        if path.split("[")[0] not in broken:
            problems.append(Problem(path, problem.expected, problem.found, problem.fix))
    return problems


LOGO_MIN_HEIGHT = 96  # px; the header shows the logo 48 px high, twice that for sharp screens
LOGO_FORMATS = {"PNG", "JPEG", "WEBP"}


def _check_files(rf: RegionFile) -> list[Problem]:
    missing = _missing_files(rf, [("theme.logo", rf["theme"].get("logo"))])
    if missing or not rf["theme"].get("logo"):
        return missing
    return _check_logo(rf["theme"]["logo"], rf.resolve(rf["theme"]["logo"]))


def _check_logo(relative: str, path) -> list[Problem]:
    """The logo is a real PNG/JPG/WebP image, at least LOGO_MIN_HEIGHT px high."""
    from PIL import Image, UnidentifiedImageError

    expected = f"ein PNG-, JPG- oder WebP-Bild, mindestens {LOGO_MIN_HEIGHT} px hoch"
    try:
        with Image.open(path) as image:
            image.verify()
            kind, (width, height) = image.format, image.size
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        kind, width, height = None, 0, 0
    if kind not in LOGO_FORMATS:
        found = f"{show(relative)} ist kein lesbares PNG-, JPG- oder WebP-Bild"
        fix = "Das Logo im Grafikprogramm als PNG exportieren (nicht nur umbenennen)."
    elif height < LOGO_MIN_HEIGHT:
        found = f"{show(relative)} ist {width} × {height} px groß"
        fix = f"Das Logo in höherer Auflösung exportieren (mindestens {LOGO_MIN_HEIGHT} px hoch)."
    else:
        return []
    return [Problem("theme.logo", expected, found, fix)]


def _check_files_imports(rf: RegionFile) -> list[Problem]:
    imports = rf.get("imports", {})
    return _missing_files(
        rf, [(f"imports.{k}", v) for k, v in imports.items() if "preset" not in k]
    )


def _missing_files(rf: RegionFile, files: list[tuple[str, str | None]]) -> list[Problem]:
    problems = []
    for path, relative in files:
        if relative and not rf.resolve(relative).is_file():
            problems.append(
                Problem(
                    path,
                    "eine vorhandene Datei (Pfad relativ zur TOML-Datei)",
                    f"{show(relative)} – nicht gefunden unter {rf.resolve(relative)}",
                    "Die Datei neben die TOML-Datei legen oder den Pfad korrigieren.",
                )
            )
    return problems


def _check_theme(rf: RegionFile) -> list[Problem]:
    name = rf["theme"]["name"]
    themes = available_themes()
    if name in themes:
        return check_brand(rf["theme"])
    return [
        Problem(
            "theme.name",
            "ein installiertes Theme: " + ", ".join(sorted(themes)),
            show(name),
            "Einen der genannten Theme-Namen eintragen.",
        )
    ]


def _check_editors(rf: RegionFile) -> list[Problem]:
    problems, seen = [], {}
    for index, editor in enumerate(rf["editors"]):
        email = editor["email"].strip().lower()
        if email in seen:
            problems.append(
                Problem(
                    f"editors[{index}].email",
                    "jede E-Mail-Adresse nur einmal",
                    f"{show(editor['email'])} steht auch bei editors[{seen[email]}]",
                    "Den doppelten [[editors]]-Block löschen.",
                )
            )
        seen.setdefault(email, index)
    return problems


def _check_taxonomy(rf: RegionFile) -> list[Problem]:
    problems = []
    for key, slugs in rf.hidden_taxonomy.items():
        model = taxonomy_model(key)
        if model is None or not slugs:
            continue
        known = set(model.objects.filter(slug__in=slugs).values_list("slug", flat=True))
        for index, slug in enumerate(slugs):
            if slug not in known:
                problems.append(
                    Problem(
                        f"taxonomy.hide.{key}[{index}]",
                        f"das Kürzel eines vorhandenen Eintrags ({model._meta.verbose_name})",
                        show(slug),
                        "Kürzel im Plattform-Admin unter /cms/ nachschlagen (Taxonomien).",
                    )
                )
    return problems
