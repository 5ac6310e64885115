"""A school's page on another origin shows the Jena widget twice (script and iframe): the
preset-filtered offers in Jena's colours; a click opens the offer and counts one click-through.

The school's page is a plain HTML file served by http.server on its own port (another
origin than the portal); nothing but the portal's embed script and frame is loaded.
"""

import functools
import http.server
import json
import re
import threading

import pytest

from tests.browser.axe import serious_violations

pytestmark = pytest.mark.browser

BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0"

# Runs in the demo's `manage.py shell`: a Ferienjob widget of three offers in Jena.
CREATE = """
import json
from einblick.offers.models import Offer
from einblick.reach.models import Embed
from einblick.reach.rendering import offers_for
from django_tenants.utils import tenant_context
from tenants.models import Region
with tenant_context(Region.objects.get(slug="jena")):
    kind = Offer.objects.public().values_list("offer_type", flat=True).first()
    from einblick.taxonomy.models import OfferType
    offer_type = OfferType.objects.get(pk=kind)
    embed = Embed.objects.create(name="Browsertest Gymnasium", title="Ferienjobs", count=3)
    embed.offer_types.set([offer_type])
    embed.save()
    titles = [o.title for o in offers_for(embed)]
    others = list(Offer.objects.public().exclude(offer_type=offer_type).values_list("title", flat=True))
    print(json.dumps({"key": str(embed.key), "pk": embed.pk, "titles": titles, "others": others}))
"""
CLICKS = """
from django.db.models import Sum
from django_tenants.utils import tenant_context
from einblick.insights.flush import flush
from einblick.insights.models import DailyCount
from tenants.models import Region
flush()
with tenant_context(Region.objects.get(slug="jena")):
    rows = DailyCount.objects.filter(subject_type="host", subject_id=%d)
    print(rows.filter(kind="embed_click").aggregate(n=Sum("count"))["n"] or 0,
          rows.filter(kind="embed_view").aggregate(n=Sum("count"))["n"] or 0)
"""
PAGE = """<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Gymnasium</title></head>
<body><h1>Berufsorientierung am Gymnasium</h1>
<section id="mit-skript">
<script src="{base}/einbetten/skript.js" data-einblick-embed="{base}/einbetten/{key}/" data-einblick-title="Ferienjobs in Jena" async></script>
</section>
<section id="mit-iframe">
<iframe src="{base}/einbetten/{key}/" title="Ferienjobs in Jena (iframe)" style="border:0;width:100%;height:420px"></iframe>
</section></body></html>"""


@pytest.fixture
def school_site(tmp_path):
    """A plain web server on 127.0.0.1 (another origin than jena.localhost)."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield tmp_path, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _counts(demo_server, pk) -> tuple[int, int]:
    clicks, views = demo_server.shell(CLICKS % pk).split()
    return int(clicks), int(views)


def _primary(frame) -> str:
    return frame.locator("body").evaluate(
        "b => getComputedStyle(b).getPropertyValue('--color-primary').trim()"
    )


def test_widget_on_another_origin_shows_preset_offers_and_counts_a_click(
    demo_server, browser, school_site, axe_source
):
    # given a Jena widget for one offer type, pasted twice into a school's page
    embed = json.loads(demo_server.shell(CREATE).strip().splitlines()[-1])
    assert embed["titles"], "the demo has public offers of that type"
    root, origin = school_site
    base = demo_server.url("jena.localhost", "").rstrip("/")
    (root / "index.html").write_text(PAGE.format(base=base, key=embed["key"]), encoding="utf-8")
    clicks_before, _ = _counts(demo_server, embed["pk"])
    context = browser.new_context(user_agent=BROWSER_UA, viewport={"width": 1024, "height": 900})
    page = context.new_page()
    third_party = []
    page.on("request", lambda r: third_party.append(r.url) if not r.url.startswith(
        (origin, base)) else None)  # fmt: skip
    # when the page is opened
    page.goto(f"{origin}/index.html")
    frames = page.frame_locator("iframe")
    scripted, plain = frames.nth(0), frames.nth(1)
    # then both embeds list exactly the preset-filtered offers in Jena's colours
    for frame in (scripted, plain):
        links = frame.locator(".embed-item .embed-link")
        links.first.wait_for()
        shown = [re.sub(r"\s*\(öffnet neues Fenster\)", "", t) for t in links.all_inner_texts()]
        assert shown == embed["titles"]
        assert not set(shown) & set(embed["others"])
    assert page.locator("#mit-skript iframe").get_attribute("title") == "Ferienjobs in Jena"
    jena = context.new_page()
    jena.goto(base + "/")
    jena_primary = _primary(jena)
    assert _primary(scripted) == jena_primary
    link_colour = scripted.locator(".embed-link").first.evaluate("a => getComputedStyle(a).color")
    marker = jena.evaluate(
        "c => { const s = document.createElement('span'); s.style.color = c;"
        " document.body.append(s); return getComputedStyle(s).color; }",
        jena_primary,
    )
    assert link_colour == marker
    assert page.context.cookies() == []
    assert third_party == []
    # when a visitor clicks the first offer of the scripted widget
    with context.expect_page() as opened:
        scripted.locator(".embed-link").first.click()
    offer_page = opened.value
    offer_page.wait_for_load_state()
    # then the offer opens on the portal and one click-through is counted (after the flush)
    assert offer_page.locator("h1").inner_text() == embed["titles"][0]
    clicks_after, views = _counts(demo_server, embed["pk"])
    assert clicks_after == clicks_before + 1
    assert views >= 2  # the script frame and the iframe
    context.close()
    # and the embed frame itself has no serious axe finding (keyboard, contrast, names)
    checker = browser.new_context(bypass_csp=True, viewport={"width": 320, "height": 640})
    frame_page = checker.new_page()
    frame_page.goto(f"{base}/einbetten/{embed['key']}/")
    assert serious_violations(frame_page, axe_source) == []
    assert frame_page.evaluate("document.documentElement.scrollWidth") <= 320
    assert checker.cookies() == []
    checker.close()
