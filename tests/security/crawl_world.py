"""The objects the crawl test fills URL parameters with.

Jena gets two companies (A: the logged-in company login, B: a competitor with a draft
offer under moderation), an event, images, a document, pages, a redirect and the
workflow objects; Weimar gets objects with ids that exist only there. Ids of company B
and of Weimar are marked `Foreign`: a company login must never get 200 on them.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Page, Site, Workflow, get_page_models

from einblick.employers.company_access import setup_region_groups
from einblick.employers.models import Employer, EmployerMembership
from einblick.offers.models import Offer
from search.models import Synonym
from tests import factories

# An id no region uses: Weimar's objects get it, so in Jena it names another region's object.
OTHER_REGION_PK = 9001
_FIXED = {
    "revision_id_a": ["earliest"],
    "revision_id_b": ["latest"],
    "action_name": ["approve"],
    "filter_spec": ["max-165x165"],
    "token": ["x-token"],
    "uidb64": ["MQ"],
    "schema": ["jena"],
    "path": ["original_images/gibt-es-nicht.png"],
    "session_id": ["1"],
    "uploaded_file_id": ["1"],
    "restriction_id": ["1"],
    "page_view_restriction_id": ["1"],
}
_PARAM_KIND = {
    "image_id": "image",
    "document_id": "document",
    "doc_id": "document",
    "collection_id": "collection",
    "redirect_id": "redirect",
    "workflow_pk": "workflow",
    "task_id": "task",
    "task_state_id": "task_state",
    "workflow_state_id": "workflow_state",
}
_PAGE_PARAMS = {"page_id", "parent_page_id", "page_to_move_id", "destination_id", "page_pk"}


class Foreign(str):
    """An id of another company's or another region's object."""


class World:
    def __init__(self):
        self.kinds: dict[str, list[str]] = {}
        self.page_paths: list[str] = []
        self.slugs: list[str] = []

    def add(self, kind, *objs, foreign=False):
        wrap = Foreign if foreign else str
        self.kinds.setdefault(kind, []).extend(wrap(getattr(o, "pk", o)) for o in objs)

    def ids(self, kind) -> list[str]:
        return self.kinds.get(kind) or ["999999"]

    @staticmethod
    def is_foreign(value) -> bool:
        return isinstance(value, Foreign)

    def values(self, param, key, route) -> list[str]:
        if param in _FIXED:
            return _FIXED[param]
        if param == "slug":
            return self.slugs or ["gibt-es-nicht"]
        if param in _PAGE_PARAMS:
            return self.ids("page")
        if param in _PARAM_KIND:
            return self.ids(_PARAM_KIND[param])
        if param == "revision_id":
            return self.ids(f"revision:{key}")
        # pk / object_id: the kind named by the route's namespace.
        return self.ids(key or "page")

    def model_groups(self, route) -> list[dict]:
        """Consistent values for parameters that together name a model (and an action)."""
        name = route.name
        if name == "wagtail_bulk_action":
            return [
                {"app_label": app, "model_name": model, "action": action}
                for app, models in bulk_action_registry.actions.items()
                for model, actions in models.items()
                for action in actions
            ]
        if "content_type_app_name" in route.params:
            return [
                {
                    "content_type_app_name": m._meta.app_label,
                    "content_type_model_name": m._meta.model_name,
                }
                for m in get_page_models()
            ]
        if "app_name" in route.params or "app_label" in route.params:
            labels = (
                ("app_name", "model_name")
                if "app_name" in route.params
                else ("app_label", "model_name")
            )
            pairs = self.setting_models if name.startswith("wagtailsettings") else self.models
            return [dict(zip(labels, pair, strict=True)) for pair in pairs]
        return [{}]

    models = [("offers", "offer"), ("employers", "employer"), ("wagtailcore", "page")]
    setting_models = [(m._meta.app_label, m._meta.model_name) for m in settings_registry]


def _user(username, **kwargs):
    return get_user_model().objects.create_user(
        username, f"{username}@example.org", "pw-12345678", is_staff=True, **kwargs
    )


def build_weimar(region):
    """Objects whose ids exist only in Weimar."""
    connection.set_tenant(region)
    employer = Employer.objects.create(pk=OTHER_REGION_PK, name="Weimarer Werk", city="Weimar")
    Offer.objects.create(
        pk=OTHER_REGION_PK,
        title="Praktikum Weimar",
        employer=employer,
        offer_type=factories.offer_type(),
    )
    editor = _user("redaktion-weimar")
    setup_region_groups()
    editor.groups.add(Group.objects.get(name="Editors"))
    return editor


def _company_content(world, company_user, editor):
    own = factories.employer("Tischlerei Eigen")
    other = factories.employer("Bäckerei Fremd")
    EmployerMembership.objects.create(user=company_user, employer=own)
    other_login = _user("firma-fremd")
    foreign_membership = EmployerMembership.objects.create(user=other_login, employer=other)
    own_offer = factories.offer("Praktikum Eigen", employer_obj=own)
    draft = factories.offer("Ferienjob Fremd (Entwurf)", employer_obj=other, live=False)
    own_rev = own_offer.save_revision(user=company_user)
    draft_rev = draft.save_revision(user=other_login)
    workflow = Workflow.objects.get(name="Freigabe von Firmenänderungen")
    state = workflow.start(draft, other_login)
    world.add("employers.employer", own)
    world.add("employers.employer", other, OTHER_REGION_PK, foreign=True)
    world.add("offers.offer", own_offer)
    world.add("offers.offer", draft, OTHER_REGION_PK, foreign=True)
    world.add("revision:offers.offer", own_rev)
    world.add("revision:offers.offer", draft_rev, foreign=True)
    world.add("revision:employers.employer", own.save_revision(user=editor))
    world.add("employers.employermembership", foreign_membership, foreign=True)
    world.add("workflow", workflow)
    world.add("task", *workflow.tasks.all())
    world.add("workflow_state", state, foreign=True)
    world.add("task_state", state.current_task_state, foreign=True)
    return own, other


def build_jena(region):
    """Jena's objects and logins: (world, company user, editor)."""
    connection.set_tenant(region)
    setup_region_groups()
    world = World()
    add_taxonomies(world)
    editor = _user("redaktion-jena")
    editor.groups.add(Group.objects.get(name="Editors"))
    company = _user("firma-jena")
    own, _other = _company_content(world, company, editor)
    event = factories.event("Ausbildungsmesse")
    world.add("events.event", event)
    world.add("revision:events.event", event.save_revision(user=editor))
    world.slugs = [event.slug, region.slug]
    root = Collection.get_first_root_node()
    world.add("collection", root)
    own_image = Image.objects.create(
        title="Werkstatt",
        file=get_test_image_file(),
        uploaded_by_user=company,
        collection=Collection.objects.get(name__startswith=f"Unternehmen: {own.name}"),
    )
    editor_image = Image.objects.create(title="Redaktionsbild", file=get_test_image_file())
    world.add("image", own_image)
    world.add("image", editor_image, foreign=True)
    world.add("document", Document.objects.create(title="Flyer", file=get_test_image_file()))
    pages = list(Page.objects.filter(depth__gte=2).order_by("path")[:3])
    world.add("page", *pages)
    world.add("revision:page", *(p.specific.save_revision(user=editor) for p in pages[:1]))
    world.page_paths = [p.url for p in pages if p.url]
    world.add("redirect", Redirect.objects.create(old_path="/alt", redirect_link="/"))
    world.add("site", *Site.objects.all())
    world.add("user", company, editor)
    world.add("group", *Group.objects.all()[:2])
    world.add("setting", 1)
    return world, company, editor


def build_public():
    """Public-schema objects (taxonomies, synonyms) and the platform admin."""
    connection.set_schema_to_public()
    world = World()
    admin = _user("plattform", is_superuser=True)
    add_taxonomies(world)
    world.add("einblick_search.synonym", Synonym.objects.create(terms="azubi, auszubildende"))
    world.add("collection", Collection.get_first_root_node())
    world.add("user", admin)
    world.add("group", *Group.objects.all()[:1])
    world.add("setting", 1)
    return world, admin


def add_taxonomies(world):
    """Shared taxonomy ids (public schema tables, visible from every region)."""
    world.add("taxonomy.offertype", factories.offer_type())
    world.add("taxonomy.occupationalfield", factories.occupational_field())
