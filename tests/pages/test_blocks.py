"""Editorial blocks: alt text rules, call-to-action targets, privacy-friendly videos."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from einblick.pages.blocks import CallToActionBlock, ImageBlock, VideoBlock
from einblick.security.embeds import privacy_embed


@pytest.mark.parametrize(
    ("url", "src"),
    [
        (
            "https://www.youtube.com/watch?v=abcDEF12345",
            "https://www.youtube-nocookie.com/embed/abcDEF12345?rel=0",
        ),
        (
            "https://youtu.be/abcDEF12345",
            "https://www.youtube-nocookie.com/embed/abcDEF12345?rel=0",
        ),
        (
            "https://www.youtube.com/embed/abcDEF12345",
            "https://www.youtube-nocookie.com/embed/abcDEF12345?rel=0",
        ),
        ("https://vimeo.com/123456", "https://player.vimeo.com/video/123456?dnt=1"),
        ("https://my.matterport.com/show/?m=abc", "https://my.matterport.com/show/?m=abc"),
    ],
)
def test_privacy_embed_rewrites_known_providers(url, src):
    assert privacy_embed(url).src == src


def test_privacy_embed_refuses_non_http_urls():
    assert privacy_embed("javascript:alert(1)") is None
    assert privacy_embed("") is None


def test_image_needs_alt_text_unless_decorative(jena):
    image = Image.objects.create(title="Werkstatt", file=get_test_image_file())
    block = ImageBlock()
    with pytest.raises(ValidationError) as excinfo:
        block.clean(block.to_python({"image": image.pk, "alt_text": " ", "decorative": False}))
    assert set(excinfo.value.block_errors) == {"alt_text"}
    decorative = block.clean(
        block.to_python({"image": image.pk, "alt_text": "", "decorative": True})
    )
    assert 'alt=""' in block.render(decorative)
    described = block.to_python({"image": image.pk, "alt_text": "Azubi an der Drehbank"})
    assert 'alt="Azubi an der Drehbank"' in block.render(block.clean(described))


def test_call_to_action_needs_exactly_one_target(db):
    block = CallToActionBlock()
    value = {"heading": "Los", "text": "", "link_label": "Mehr", "link_page": None, "link_url": ""}
    with pytest.raises(ValidationError) as excinfo:
        block.clean(block.to_python(value))
    assert "link_url" in excinfo.value.block_errors
    value["link_url"] = "javascript:alert(1)"
    with pytest.raises(ValidationError):
        block.clean(block.to_python(value))
    value["link_url"] = "/angebote/"
    assert block.clean(block.to_python(value))["link_url"] == "/angebote/"


def test_video_renders_a_placeholder_without_any_third_party_request():
    block = VideoBlock()
    value = block.to_python(
        {
            "url": "https://www.youtube.com/watch?v=abcDEF12345",
            "title": "Ein Tag in der Werkstatt",
            "description": "",
        }
    )
    html = block.render(value)
    # the only iframe waits inside an inert <template> until the click
    assert html.count("<iframe") == 1
    assert html.index("<template data-media-consent-frame>") < html.index("<iframe")
    assert 'data-embed-src="https://www.youtube-nocookie.com/embed/abcDEF12345?rel=0"' in html
    assert "media-consent" in html and "Video laden" in html
    outside = html[: html.index("<template")] + html[html.index("</template>") :]
    assert ' src="http' not in outside  # only the self-hosted script is loaded
