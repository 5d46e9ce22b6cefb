"""schemathesis against the app's own OpenAPI schema, bounded: every operation gets at most
``MAX_EXAMPLES`` generated cases, sent as an admin (so every operation is reached beyond the role check);
no case may end in a server error (5xx). The generated cases are counted and printed."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from api import runs
from api.app import app

MAX_EXAMPLES = 25
CASES: dict[str, int] = {}


schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@pytest.fixture
def seeded(api_env, users, audited, monkeypatch):
    """A seeded database; started audit runs are recorded, not executed (a run over generated data would
    crawl), through the one seam that executes runs."""
    monkeypatch.setattr(runs, "dispatch_run", lambda run_id: None)
    return users


@pytest.mark.slow
@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.filter_too_much])
def test_no_server_errors(case, seeded):
    CASES[case.operation.label] = CASES.get(case.operation.label, 0) + 1
    case.call_and_validate(headers={**(case.headers or {}), **seeded.admin}, checks=[not_a_server_error])


def test_report_generated_cases(capsys):
    """Prints how many cases schemathesis generated (runs after the parametrized test in file order)."""
    with capsys.disabled():
        print(f"\nschemathesis: {sum(CASES.values())} generated cases over {len(CASES)} operations, "
              f"0 server errors allowed")
