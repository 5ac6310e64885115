"""Admin permission policies scoped to the public schema or to region schemas.

One process serves every schema, so every Wagtail admin shows the same registered
snippets and settings. Shared taxonomies live only in the public schema and region content
only in region schemas: outside its schema a model is simply not permitted (hidden from
menus, 403 on direct URLs) instead of failing on a missing table.
"""

from wagtail.permission_policies.base import ModelPermissionPolicy

from .utils import is_public_schema

PUBLIC = "public"
REGION = "region"


def schema_matches(scope: str) -> bool:
    return is_public_schema() if scope == PUBLIC else not is_public_schema()


class SchemaScopedPermissionPolicy(ModelPermissionPolicy):
    def __init__(self, model, scope: str, **kwargs):
        super().__init__(model, **kwargs)
        self.scope = scope

    def user_has_permission(self, user, action):
        return schema_matches(self.scope) and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return schema_matches(self.scope) and super().user_has_any_permission(user, actions)

    def users_with_any_permission(self, actions):
        if not schema_matches(self.scope):
            return super().users_with_any_permission(actions).none()
        return super().users_with_any_permission(actions)

    def instances_user_has_any_permission_for(self, user, actions):
        if not schema_matches(self.scope):
            return self.model._default_manager.none()
        return super().instances_user_has_any_permission_for(user, actions)


def scope_model(model, scope: str) -> None:
    from wagtail.permissions import register_permission_policy

    register_permission_policy(model, SchemaScopedPermissionPolicy(model, scope))
