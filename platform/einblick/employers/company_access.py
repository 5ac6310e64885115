"""Employer self-service: company logins see and edit only their own employer and offers.

A company login is an ordinary region user with an `EmployerMembership`. Saving the
membership puts the user into the group "Unternehmen", which may edit employers and add or
edit offers but not publish: they submit changes to the workflow "Freigabe von
Firmenänderungen", and a region editor approves (publishes) or rejects them (status
"Veröffentlicht + Entwurf" / filter "Ungeprüfte Änderungen" in the listings).
The object-level restriction lives in `CompanyScopedPolicy` and the view mixin below.
"""

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied
from django.db import models
from wagtail.models import WorkflowMixin

from einblick.core.snippets import PublicSnippet
from tenants.permissions import REGION, SchemaScopedPermissionPolicy

COMPANY_GROUP = "Unternehmen"
EDITOR_GROUP = "Editors"
MODERATION_WORKFLOW = "Freigabe von Firmenänderungen"
MODERATION_TASK = "Freigabe durch die Redaktion"
COMPANY_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("employers", "change_employer"),
    ("offers", "add_offer"),
    ("offers", "change_offer"),
    ("events", "add_event"),
    ("events", "change_event"),
    # enquiries of pupils to the own company (einblick.engagement): read, mark answered
    ("engagement", "view_enquiry"),
    ("engagement", "change_enquiry"),
]
# Region editors manage all region content (the public admin keeps the taxonomies).
EDITOR_MODELS = [
    ("employers", "employer"),
    ("employers", "employermembership"),
    ("offers", "offer"),
    ("events", "event"),
    # company-login invitations and registration requests (einblick.selfservice)
    ("selfservice", "invitation"),
    ("selfservice", "registrationrequest"),
    # pupils' enquiries to companies (einblick.engagement)
    ("engagement", "enquiry"),
]
_UNSET = object()


def _permissions(pairs):
    query = models.Q(pk__in=[])
    for app_label, codename in pairs:
        query |= models.Q(content_type__app_label=app_label, codename=codename)
    return Permission.objects.filter(query)


def ensure_company_group() -> Group:
    """The group "Unternehmen" with its permissions (idempotent, current schema).

    It holds no image permissions: each company gets its own group and image collection
    (`company_group`), so a company login sees and chooses only its own images.
    """
    from wagtail.models import GroupCollectionPermission

    group, _ = Group.objects.get_or_create(name=COMPANY_GROUP)
    group.permissions.add(*_permissions(COMPANY_PERMISSIONS))
    GroupCollectionPermission.objects.filter(group=group).delete()
    return group


def company_group(employer) -> Group:
    """The group of one company: add and choose images in the company's own collection."""
    from wagtail.models import Collection, GroupCollectionPermission

    group, _ = Group.objects.get_or_create(name=f"{COMPANY_GROUP} #{employer.pk}")
    if not GroupCollectionPermission.objects.filter(group=group).exists():
        root = Collection.get_first_root_node()
        collection = root.add_child(name=f"{COMPANY_GROUP}: {employer.name} (#{employer.pk})")
        for perm in _permissions(
            [("wagtailimages", "add_image"), ("wagtailimages", "choose_image")]
        ):
            GroupCollectionPermission.objects.create(
                group=group, collection=collection, permission=perm
            )
    return group


def join_company_groups(user, employer) -> None:
    """Put a company login into "Unternehmen" and its company's group (only that one)."""
    own = company_group(employer)
    others = user.groups.filter(name__startswith=f"{COMPANY_GROUP} #").exclude(pk=own.pk)
    user.groups.remove(*others)
    user.groups.add(ensure_company_group(), own)
    quiet_wagtail_review_mails(user)


def quiet_wagtail_review_mails(user) -> None:
    """Company logins get the platform's German approval/rejection mails instead of
    Wagtail's (einblick.selfservice.notifications), never both."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    if profile.approved_notifications or profile.rejected_notifications:
        profile.approved_notifications = profile.rejected_notifications = False
        profile.save(update_fields=["approved_notifications", "rejected_notifications"])


def sync_company_groups() -> None:
    """Existing schemas: image rights move from "Unternehmen" to one group per company."""
    from .models import EmployerMembership

    ensure_company_group()
    for membership in EmployerMembership.objects.select_related("user", "employer"):
        join_company_groups(membership.user, membership.employer)


def ensure_editor_permissions() -> None:
    """Give the region group "Editors" every permission on region content."""
    group = Group.objects.filter(name=EDITOR_GROUP).first()
    if group is None:
        return
    query = models.Q(pk__in=[])
    for app_label, model in EDITOR_MODELS:
        query |= models.Q(content_type__app_label=app_label, content_type__model=model)
    query |= models.Q(
        content_type__app_label="taxonomy_regional", codename="change_taxonomyvisibility"
    )
    # the region's indicators (CMS menu "Kennzahlen", einblick.insights)
    query |= models.Q(content_type__app_label="insights", codename="view_dailycount")
    # the region's school buttons, widgets and partner pages (CMS menus "Einbettungen" and
    # "Partnerseiten", einblick.reach)
    query |= models.Q(content_type__app_label="reach", content_type__model__in=["embed", "partner"])
    # the region's brand ("Marke und Gestaltung", themes.BrandSettings; issue 15)
    query |= models.Q(content_type__app_label="themes", codename="change_brandsettings")
    group.permissions.add(*Permission.objects.filter(query))


def moderated_models() -> list:
    """Snippets whose changes go through the review workflow (employers, offers, events)."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, PublicSnippet) and issubclass(model, WorkflowMixin)
    ]


def ensure_moderation_workflow():
    """Workflow "Freigabe durch die Redaktion" for employers and offers (idempotent).

    Company logins (no publish permission) submit their changes to it; members of
    "Editors" approve (= publish) or reject with a comment. Editors themselves may still
    publish directly.
    """
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowContentType, WorkflowTask

    editors = Group.objects.filter(name=EDITOR_GROUP).first()
    if editors is None:
        return None
    task = GroupApprovalTask.objects.filter(name=MODERATION_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=MODERATION_TASK)
    task.groups.add(editors)
    workflow, _ = Workflow.objects.get_or_create(name=MODERATION_WORKFLOW)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for model in moderated_models():
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
        WorkflowContentType.objects.get_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )
    return workflow


def setup_region_groups(**kwargs) -> None:
    ensure_company_group()
    ensure_editor_permissions()
    ensure_moderation_workflow()


def company_employer_id(user):
    """The employer id a company login is bound to, or None for editors/superusers."""
    if user is None or not user.is_authenticated or user.is_superuser:
        return None
    cached = getattr(user, "_einblick_employer_id", _UNSET)
    if cached is _UNSET:
        from .models import EmployerMembership

        cached = (
            EmployerMembership.objects.filter(user_id=user.pk)
            .values_list("employer_id", flat=True)
            .first()
        )
        user._einblick_employer_id = cached
    return cached


class CompanyScopedPolicy(SchemaScopedPermissionPolicy):
    """Region-scoped model permissions, narrowed to one employer for company logins.

    `owner_field` names the field holding the employer id ("pk" for Employer itself).
    """

    def __init__(self, model, owner_field: str, **kwargs):
        super().__init__(model, REGION, **kwargs)
        self.owner_field = owner_field

    def owns(self, user, instance) -> bool:
        employer_id = company_employer_id(user)
        if employer_id is None:
            return True
        owner = instance.pk if self.owner_field == "pk" else getattr(instance, self.owner_field)
        return owner is not None and owner == employer_id

    def restrict(self, user, queryset):
        employer_id = company_employer_id(user)
        if employer_id is None:
            return queryset
        return queryset.filter(**{self.owner_field: employer_id})

    def user_has_permission_for_instance(self, user, action, instance):
        return self.owns(user, instance) and super().user_has_permission_for_instance(
            user, action, instance
        )

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.owns(user, instance) and super().user_has_any_permission_for_instance(
            user, actions, instance
        )

    def instances_user_has_any_permission_for(self, user, actions):
        return self.restrict(user, super().instances_user_has_any_permission_for(user, actions))


def scope_to_company(model, owner_field: str) -> CompanyScopedPolicy:
    from wagtail.permissions import register_permission_policy

    policy = CompanyScopedPolicy(model, owner_field)
    register_permission_policy(model, policy)
    return policy


class OwnObjectsOnlyMixin:
    """For snippet views: a company login gets 403 on any other employer's object."""

    def get_object(self, *args, **kwargs):
        from wagtail.permissions import policy_registry

        obj = super().get_object(*args, **kwargs)
        # Workflow views have no permission_policy attribute: use the model's policy.
        policy = getattr(self, "permission_policy", None) or policy_registry.get_by_type(type(obj))
        if isinstance(policy, CompanyScopedPolicy) and not policy.owns(self.request.user, obj):
            raise PermissionDenied
        return obj


class OwnObjectsIndexMixin:
    """For listing/chooser views: company logins list only their own objects."""

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        policy = self.permission_policy
        if isinstance(policy, CompanyScopedPolicy):
            queryset = policy.restrict(self.request.user, queryset)
        return queryset
