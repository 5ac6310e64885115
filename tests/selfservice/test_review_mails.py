"""The company is mailed (German, text + HTML) when the editors approve or send back."""

from django.core import mail

from einblick.adminkit.status import plain_status
from einblick.offers.models import Offer
from tests import factories
from tests.adminkit.helpers import login


def _submitted_offer(jena, client):
    own = factories.employer("Tischlerei Eigen")
    company = login(client, jena, "firma-a", superuser=False, employer=own)
    company.email = "chefin@tischlerei.example"
    company.save()
    offer = factories.offer("Praktikum Tischler:in", employer_obj=own, live=False)
    offer.save_revision(user=company)
    Offer.get_default_workflow().start(offer, company)
    editor = factories.user("redakteurin", groups=["Editors"])
    mail.outbox.clear()
    return offer, editor


def test_rejection_mails_the_company_with_the_editors_reason(jena, jena_client, taxonomies):
    # given a company's offer waiting for review
    offer, editor = _submitted_offer(jena, jena_client)
    task_state = offer.current_workflow_task_state

    # when an editor sends it back with a comment
    task_state.task.specific.on_action(
        task_state, editor, "reject", comment="Bitte Zeitraum ergänzen."
    )

    # then the company gets one German mail with the reason, and the status says so
    offer.refresh_from_db()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["chefin@tischlerei.example"]
    assert message.subject == "Bitte überarbeiten: Praktikum Tischler:in"
    assert "Bitte Zeitraum ergänzen." in message.body
    assert "Bitte Zeitraum ergänzen." in message.alternatives[0].content
    assert plain_status(offer) == ("Abgelehnt", "Bitte Zeitraum ergänzen.")


def test_approval_publishes_and_mails_the_company(jena, jena_client, taxonomies):
    offer, editor = _submitted_offer(jena, jena_client)
    task_state = offer.current_workflow_task_state

    task_state.task.specific.on_action(task_state, editor, "approve", comment="Prima!")

    offer.refresh_from_db()
    assert offer.live is True
    assert [m.subject for m in mail.outbox] == ["Freigegeben: Praktikum Tischler:in"]
    assert "Prima!" in mail.outbox[0].body
    assert "ist jetzt veröffentlicht" in mail.outbox[0].body
    assert mail.outbox[0].alternatives[0].mimetype == "text/html"
    assert plain_status(offer) == ("Veröffentlicht", "")


def test_offer_waiting_for_review_reads_in_pruefung(jena, jena_client, taxonomies):
    offer, _ = _submitted_offer(jena, jena_client)

    assert plain_status(offer) == ("In Prüfung", "")
