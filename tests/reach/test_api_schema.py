"""Property-based check of the open API against its own OpenAPI schema (schemathesis).

Every operation of /api/v1/openapi.json (region host and portal) is called with generated
parameters, in-process through the WSGI application: no answer may be a server error, and every
answer must be documented (status code, content type, headers) and match its response schema.
"""

from contextlib import contextmanager

import hypothesis
import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests import factories

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
EXAMPLES = 40  # per operation; derandomized, so every run tries the same cases


def _some_content():
    ferienjob = factories.offer_type("ferienjob", "Ferienjob")
    company = factories.employer("Optik Nord GmbH", city="Jena", postcode="07743")
    factories.offer("Ferienjob Lager (m/w/d)", employer_obj=company, type_obj=ferienjob)
    factories.offer("Praktikum Optik", employer_obj=company)
    factories.event("Ausbildungsmesse Jena", kind="ausbildungsmesse")


@contextmanager
def _keep_test_connection():
    """Like Django's test client: the WSGI handler must not close the test's connection
    (its transaction holds the test data)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def _check_every_operation(host: str) -> list[str]:
    with _keep_test_connection():
        return _check_operations(host)


def _check_operations(host: str) -> list[str]:
    base_url = f"http://{host}"
    schema = schemathesis.openapi.from_wsgi(
        "/api/v1/openapi.json", get_wsgi_application(), headers={"Host": host}
    )
    checked = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @hypothesis.given(case=operation.as_strategy())
        @hypothesis.settings(
            max_examples=EXAMPLES,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(hypothesis.HealthCheck),
            phases=[hypothesis.Phase.explicit, hypothesis.Phase.generate],
        )
        def check(case):
            response = case.call(base_url=base_url, headers={"Host": host})
            case.validate_response(response, checks=CHECKS)

        check()
        checked.append(operation.label)
    return checked


@pytest.mark.django_db(transaction=False)
def test_region_api_answers_conform_to_its_schema(jena):
    _some_content()
    checked = _check_every_operation("jena.localhost")
    assert len(checked) == 10


@pytest.mark.django_db(transaction=False)
def test_portal_api_answers_conform_to_its_schema(jena):
    checked = _check_every_operation("localhost")
    assert len(checked) == 4
