"""Privacy-friendly embed URLs for click-to-load videos and virtual tours.

Nothing here contacts a third party: the functions only rewrite URLs. The browser loads
the returned URL only after the visitor clicks (see pages/static/pages/js/media-consent.js).
Only hosts the platform allows (settings.EMBED_HOSTS) are ever embedded: checked when a
URL is entered (`validate_embed_url`) and again when a page is rendered (`privacy_embed`).
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode, urlparse

from django.conf import settings
from django.core.exceptions import ValidationError

# Sandbox tokens a video player needs (its own scripts and cookies-free storage origin);
# no forms, popups, top navigation or downloads.
IFRAME_SANDBOX = "allow-scripts allow-same-origin"
IFRAME_REFERRER_POLICY = "no-referrer"

_YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtube-nocookie.com"}
_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{6,20}$")


@dataclass(frozen=True)
class Embed:
    """Where the iframe will point after consent, and whom the visitor is about to contact."""

    src: str
    provider: str
    original_url: str
    sandbox: str = IFRAME_SANDBOX
    referrer_policy: str = IFRAME_REFERRER_POLICY


def _host(url: str) -> str:
    return (urlparse(url).hostname or "").lower()


def _youtube_id(url: str) -> str | None:
    parsed = urlparse(url)
    host = _host(url).removeprefix("www.")
    candidate = None
    if host == "youtu.be":
        candidate = parsed.path.lstrip("/").split("/")[0]
    elif host in {h.removeprefix("www.") for h in _YOUTUBE_HOSTS}:
        if parsed.path == "/watch":
            candidate = parse_qs(parsed.query).get("v", [None])[0]
        else:
            parts = [p for p in parsed.path.split("/") if p]
            if len(parts) >= 2 and parts[0] in {"embed", "shorts", "live", "v"}:
                candidate = parts[1]
    if candidate and _YOUTUBE_ID.match(candidate):
        return candidate
    return None


def _vimeo_id(url: str) -> str | None:
    host = _host(url).removeprefix("www.")
    if host not in {"vimeo.com", "player.vimeo.com"}:
        return None
    digits = [p for p in urlparse(url).path.split("/") if p.isdigit()]
    return digits[0] if digits else None


def allowed_hosts() -> set[str]:
    return {host.lower() for host in settings.EMBED_HOSTS}


def _rewrite(url: str) -> Embed:
    if video_id := _youtube_id(url):
        return Embed(
            src=f"https://www.youtube-nocookie.com/embed/{video_id}?rel=0",
            provider="YouTube (Google)",
            original_url=url,
        )
    if video_id := _vimeo_id(url):
        return Embed(
            src=f"https://player.vimeo.com/video/{video_id}?{urlencode({'dnt': 1})}",
            provider="Vimeo",
            original_url=url,
        )
    return Embed(src=url, provider=_host(url).removeprefix("www."), original_url=url)


def privacy_embed(url: str) -> Embed | None:
    """The embed for `url`: YouTube via youtube-nocookie.com, Vimeo with dnt=1, else as given.

    Returns None for empty or non-http(s) URLs (e.g. javascript:) and for every iframe
    address outside settings.EMBED_HOSTS: those are never embedded.
    """
    url = (url or "").strip()
    if urlparse(url).scheme not in {"http", "https"} or not _host(url):
        return None
    embed = _rewrite(url)
    if urlparse(embed.src).scheme != "https" or _host(embed.src) not in allowed_hosts():
        return None
    return embed


def validate_embed_url(value: str) -> None:
    """Model/form validator: the URL must lead to an embed from an allowed host."""
    if value and privacy_embed(value) is None:
        hosts = ", ".join(sorted(allowed_hosts())) or "keine"
        raise ValidationError(
            "Diese Adresse kann nicht eingebunden werden. Erlaubt sind YouTube- und "
            f"Vimeo-Links sowie https-Adressen dieser Anbieter: {hosts}.",
            code="embed_host",
        )
