"""Bulk actions for region content: publish, unpublish, set an expiry date.

Wagtail ships only "delete" for snippets. Every action goes through revisions, so the
history and the audit log ("Veröffentlicht von …") show who changed what.
"""

import datetime

from django import forms
from django.apps import apps
from django.utils import timezone
from django.utils.functional import classproperty
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from einblick.core.snippets import PublicSnippet


def _content_models():
    """Every public snippet (employers, offers, events): whatever inherits PublicSnippet."""
    return [model for model in apps.get_models() if issubclass(model, PublicSnippet)]


class _ContentBulkAction(SnippetBulkAction):
    template_name = "adminkit/confirm_bulk_action.html"
    permission = "publish"
    question = ""
    button_label = ""

    @classproperty
    def models(cls):
        return _content_models()

    def check_perm(self, obj):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, self.permission, obj
        )

    def get_execution_context(self):
        return {**super().get_execution_context(), "user": self.request.user}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            action_title=self.display_name,
            question=self.question,
            button_label=self.button_label,
        )
        return context


class PublishBulkAction(_ContentBulkAction):
    display_name = "Veröffentlichen"
    action_type = "publish"
    aria_label = "Ausgewählte Einträge veröffentlichen"
    action_priority = 10
    question = "Diese Einträge mit ihrem neuesten Stand veröffentlichen?"
    button_label = "Ja, veröffentlichen"

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        count = 0
        for obj in objects:
            if obj.live and not obj.has_unpublished_changes:
                continue
            revision = obj.latest_revision or obj.save_revision(user=user)
            revision.publish(user=user)
            count += 1
        return count, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return f"{num_parent_objects} Einträge veröffentlicht."


class UnpublishBulkAction(_ContentBulkAction):
    display_name = "Zurückziehen"
    action_type = "unpublish"
    aria_label = "Ausgewählte Einträge zurückziehen (nicht mehr öffentlich zeigen)"
    action_priority = 20
    question = (
        "Diese Einträge von der Website nehmen? Sie bleiben als Entwurf erhalten und "
        "können jederzeit wieder veröffentlicht werden."
    )
    button_label = "Ja, zurückziehen"

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        count = 0
        for obj in objects:
            if obj.live:
                obj.unpublish(user=user)
                count += 1
        return count, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return f"{num_parent_objects} Einträge zurückgezogen."


class ExpiryForm(forms.Form):
    expire_on = forms.DateField(
        label="Ablaufdatum",
        help_text="Ab diesem Tag (0:00 Uhr) verschwinden die Einträge von der Website.",
        widget=forms.DateInput(attrs={"type": "date"}),
    )


class SetExpiryBulkAction(_ContentBulkAction):
    display_name = "Ablaufdatum setzen"
    action_type = "set_expiry"
    aria_label = "Ablaufdatum für die ausgewählten Einträge setzen"
    action_priority = 25
    form_class = ExpiryForm
    permission = "change"
    question = "Für diese Einträge ein gemeinsames Ablaufdatum setzen:"
    button_label = "Ablaufdatum speichern"

    def get_execution_context(self):
        day = self.cleaned_form.cleaned_data["expire_on"]
        expire_at = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
        return {
            **super().get_execution_context(),
            "expire_at": expire_at,
            "can_publish": self.permission_policy.user_has_permission(self.request.user, "publish"),
        }

    @classmethod
    def execute_action(cls, objects, user=None, expire_at=None, can_publish=False, **kwargs):
        for obj in objects:
            set_expiry(obj, expire_at, user=user, publish=can_publish)
        return len(objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        day = self.cleaned_form.cleaned_data["expire_on"].strftime("%d.%m.%Y")
        return f"Ablaufdatum {day} für {num_parent_objects} Einträge gesetzt."


def set_expiry(obj, expire_at, *, user=None, publish=True):
    """Set the expiry on the newest state; live objects without pending edits stay live."""
    was_clean_live = obj.live and not obj.has_unpublished_changes
    latest = obj.get_latest_revision_as_object()
    latest.expire_at = expire_at
    revision = latest.save_revision(user=user)
    if was_clean_live and publish:
        revision.publish(user=user)
    elif not obj.live:
        # Drafts carry the date in the row too, so listings and filters show it at once.
        type(obj).objects.filter(pk=obj.pk).update(expire_at=expire_at)
