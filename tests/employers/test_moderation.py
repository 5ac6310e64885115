"""Company changes go through the workflow "Freigabe von Firmenänderungen"."""

from tests import factories
from tests.adminkit.helpers import form_data, login

EMPLOYERS = "/cms/snippets/employers/employer/"


def test_company_submits_and_an_editor_approves(jena, jena_client):
    own = factories.employer("Tischlerei Eigen")
    own.save_revision().publish()
    login(jena_client, jena, "firma-a", superuser=False, employer=own)
    editor = factories.user("redakteurin", groups=["Editors"])
    page = jena_client.get(f"{EMPLOYERS}edit/{own.pk}/")

    response = jena_client.post(
        f"{EMPLOYERS}edit/{own.pk}/",
        form_data(page.context["form"], name="Tischlerei Eigen & Söhne", **{"action-submit": "1"}),
    )

    assert response.status_code == 302
    own.refresh_from_db()
    state = own.current_workflow_state
    assert state is not None and state.status == "in_progress"
    assert own.name == "Tischlerei Eigen"  # still the published version
    task_state = own.current_workflow_task_state
    actions = [a[0] for a in task_state.task.specific.get_actions(own, editor)]
    assert "approve" in actions

    task_state.task.specific.on_action(task_state, editor, "approve")

    own.refresh_from_db()
    assert own.name == "Tischlerei Eigen & Söhne"
    assert own.live is True
    assert own.has_unpublished_changes is False


def test_company_cannot_approve_its_own_submission(jena, jena_client):
    own = factories.employer("Tischlerei Eigen")
    own.save_revision().publish()
    user = login(jena_client, jena, "firma-a", superuser=False, employer=own)
    page = jena_client.get(f"{EMPLOYERS}edit/{own.pk}/")
    jena_client.post(
        f"{EMPLOYERS}edit/{own.pk}/",
        form_data(page.context["form"], name="Selbst freigegeben", **{"action-submit": "1"}),
    )
    own.refresh_from_db()

    actions = own.current_workflow_task_state.task.specific.get_actions(own, user)

    assert actions == []
