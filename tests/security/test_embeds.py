"""Company videos and tours: only allowed hosts, sandboxed iframe, click-to-load."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from wagtail.blocks.struct_block import StructBlockValidationError

from einblick.employers.models import Employer
from einblick.pages.blocks import VideoBlock
from einblick.security.embeds import privacy_embed, validate_embed_url
from tests import factories
from tests.adminkit.helpers import form_data, login

EMPLOYERS = "/cms/snippets/employers/employer/"


def test_company_cannot_enter_a_video_from_an_unknown_host(jena_region, jena_client):
    # given a company login editing its own profile
    connection.set_tenant(jena_region)
    own = factories.employer("Tischlerei Eigen")
    login(jena_client, jena_region, "firma-video", superuser=False, employer=own)
    connection.set_schema_to_public()
    page = jena_client.get(f"{EMPLOYERS}edit/{own.pk}/")
    # when it enters a video and a tour address from hosts the platform has not allowed
    data = form_data(
        page.context["form"],
        video_url="https://evil.example/player.html",
        tour_url="https://tour.example.org/360/",
    )
    response = jena_client.post(f"{EMPLOYERS}edit/{own.pk}/", data)
    # then the form names both fields and nothing is saved
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "nicht eingebunden" in errors["video_url"][0]
    assert "nicht eingebunden" in errors["tour_url"][0]
    connection.set_tenant(jena_region)
    assert Employer.objects.get(pk=own.pk).video_url == ""


def test_model_validation_covers_imports_and_commands(jena):
    employer = factories.employer("Import GmbH")
    employer.video_url = "https://evil.example/x"
    with pytest.raises(ValidationError) as exc:
        employer.full_clean()
    assert "video_url" in exc.value.message_dict
    employer.video_url = "https://www.youtube.com/watch?v=abcDEF12345"
    employer.tour_url = "https://my.matterport.com/show/?m=abc"
    employer.full_clean()


def test_stored_url_of_an_unknown_host_is_not_rendered(jena, jena_client):
    # given an address stored before the allowlist existed (or written around validation)
    employer = factories.employer("Altbestand AG")
    Employer.objects.filter(pk=employer.pk).update(tour_url="https://evil.example/tour")
    url = employer.get_url()
    connection.set_schema_to_public()
    body = jena_client.get(url).content.decode()
    # then the profile embeds nothing from it
    assert "evil.example" not in body
    assert "<iframe" not in body


def test_iframe_is_sandboxed_without_referrer_and_loads_only_after_a_click(jena, jena_client):
    employer = factories.employer("Optik Video", video_url="https://vimeo.com/123456")
    url = employer.get_url()
    connection.set_schema_to_public()
    body = jena_client.get(url).content.decode()
    frame = body[body.index("<template data-media-consent-frame>") : body.index("</template>")]
    assert '<iframe src="https://player.vimeo.com/video/123456?dnt=1"' in frame
    assert 'sandbox="allow-scripts allow-same-origin"' in frame
    assert 'referrerpolicy="no-referrer"' in frame
    assert body.count("<iframe") == 1
    assert "Video laden" in body


def test_allowlist_is_a_platform_setting(settings):
    assert privacy_embed("https://tour.example.org/360/") is None
    settings.EMBED_HOSTS = ["tour.example.org"]
    assert privacy_embed("https://tour.example.org/360/").src == "https://tour.example.org/360/"
    assert privacy_embed("https://youtu.be/abcDEF12345") is None  # not allowed any more
    assert privacy_embed("http://tour.example.org/360/") is None  # https only
    validate_embed_url("https://tour.example.org/360/")


def test_video_block_refuses_unknown_hosts():
    block = VideoBlock()
    value = block.to_python({"url": "https://evil.example/v", "title": "T", "description": ""})
    with pytest.raises(StructBlockValidationError) as exc:
        block.clean(value)
    assert "url" in exc.value.block_errors
