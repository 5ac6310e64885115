"""WCAG 2.1 contrast maths and the search for the nearest passing shade.

Colours are "#rrggbb" strings. Shades are searched in OKLCH (a perceptual colour space):
only the lightness moves, hue is kept and chroma is reduced just enough to stay displayable,
so the suggestion still looks like the editor's colour, only lighter or darker.
"""

import math
import re
from collections.abc import Callable

HEX_RE = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
AA_NORMAL = 4.5
AA_LARGE = 3.0  # large text and user-interface components


def is_hex_colour(value: str) -> bool:
    return bool(HEX_RE.match(value or ""))


def normalise(value: str) -> str:
    """'#AbC' → '#aabbcc'; raises ValueError for anything else."""
    if not is_hex_colour(value):
        raise ValueError(f"„{value}“ ist keine Farbe im Format #RRGGBB.")
    digits = value[1:]
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return "#" + digits.lower()


def to_rgb(value: str) -> tuple[int, int, int]:
    digits = normalise(value)[1:]
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def to_hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{max(0, min(255, round(c))):02x}" for c in rgb)


def _linear(channel: float) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(value: str) -> float:
    """WCAG 2.1 relative luminance (0 = black, 1 = white)."""
    r, g, b = (_linear(c) for c in to_rgb(value))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2.1 contrast ratio between two colours, 1.0 … 21.0."""
    la, lb = relative_luminance(a), relative_luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def format_ratio(ratio: float) -> str:
    """German notation, truncated (never rounded up past a threshold): 4.4987 → '4,49:1'."""
    return f"{math.floor(ratio * 100) / 100:.2f}".replace(".", ",") + ":1"


# --- OKLab / OKLCH -------------------------------------------------------------------------


def _to_oklab(value: str) -> tuple[float, float, float]:
    r, g, b = (_linear(c) for c in to_rgb(value))
    lms = (
        0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b,
        0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b,
        0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b,
    )
    l_, m_, s_ = (math.copysign(abs(v) ** (1 / 3), v) for v in lms)
    return (
        0.2104542553 * l_ + 0.7936177850 * m_ - 0.0040720468 * s_,
        1.9779984951 * l_ - 2.4285922050 * m_ + 0.4505937099 * s_,
        0.0259040371 * l_ + 0.7827717662 * m_ - 0.8086757660 * s_,
    )


def _from_oklab(lab: tuple[float, float, float]) -> tuple[float, float, float] | None:
    """OKLab → sRGB 0…255, or None when the colour is not displayable."""
    lum, a, b = lab
    l_ = lum + 0.3963377774 * a + 0.2158037573 * b
    m_ = lum - 0.1055613458 * a - 0.0638541728 * b
    s_ = lum - 0.0894841775 * a - 1.2914855480 * b
    lin = (
        4.0767416621 * l_**3 - 3.3077115913 * m_**3 + 0.2309699292 * s_**3,
        -1.2684380046 * l_**3 + 2.6097574011 * m_**3 - 0.3413193965 * s_**3,
        -0.0041960863 * l_**3 - 0.7034186147 * m_**3 + 1.7076147010 * s_**3,
    )
    if any(c < -1e-4 or c > 1 + 1e-4 for c in lin):
        return None
    out = []
    for c in lin:
        c = min(1.0, max(0.0, c))
        srgb = 12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055
        out.append(srgb * 255)
    return out[0], out[1], out[2]


def with_lightness(value: str, lightness: float) -> str:
    """The colour with its OKLCH lightness set, hue kept, chroma reduced to stay in gamut."""
    lum, a, b = _to_oklab(value)
    chroma, hue = math.hypot(a, b), math.atan2(b, a)
    lightness = min(1.0, max(0.0, lightness))
    lo, hi = 0.0, chroma
    best = _from_oklab((lightness, 0.0, 0.0))
    if (
        rgb := _from_oklab((lightness, chroma * math.cos(hue), chroma * math.sin(hue)))
    ) is not None:
        return to_hex(rgb)
    for _ in range(20):  # binary search the largest displayable chroma
        mid = (lo + hi) / 2
        rgb = _from_oklab((lightness, mid * math.cos(hue), mid * math.sin(hue)))
        if rgb is None:
            hi = mid
        else:
            lo, best = mid, rgb
    return to_hex(best)


def lightness(value: str) -> float:
    return _to_oklab(value)[0]


def mix(a: str, b: str, weight_a: float) -> str:
    """Linear sRGB-channel mix: weight_a of a, the rest b."""
    ra, rb = to_rgb(a), to_rgb(b)
    return to_hex(tuple(x * weight_a + y * (1 - weight_a) for x, y in zip(ra, rb, strict=True)))


def nearest_passing_shade(
    value: str, passes: Callable[[str], bool], step: float = 0.005
) -> str | None:
    """The shade of `value` closest in lightness for which `passes(shade)` is true.

    Darker and lighter candidates are tried alternately at growing distance; None when no
    lightness works (the constraints contradict each other).
    """
    if passes(normalise(value)):
        return normalise(value)
    start = lightness(value)
    for i in range(1, int(1 / step) + 2):
        for direction in (-1, 1):
            target = start + direction * i * step
            if not 0.0 <= target <= 1.0:
                continue
            candidate = with_lightness(value, target)
            if passes(candidate):
                return candidate
    return None
