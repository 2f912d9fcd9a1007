"""The OpenAPI schema fuzzed with a valid assistant token (bounded): no 5xx, whatever the input.

Schemathesis' pytest plugin (`from_fixture`) does not run on pytest 9, so each operation's Hypothesis
strategy is driven here directly: MAX_EXAMPLES valid and invalid requests per GET and POST operation.
"""

from __future__ import annotations

from collections import Counter

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode

MAX_EXAMPLES = 20


def test_no_input_makes_the_server_fail(server, demo_context):
    token = demo_context.helpers.add("模糊测试", "assistant", full_address=True)[1]
    schema = schemathesis.openapi.from_url(server.url + "/openapi.json").include(
        method=["GET", "POST"], path_regex=r"^/api/v1/").exclude(path="/api/v1/events")  # a stream never ends
    seen: Counter[int] = Counter()
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 9
    for operation in operations:
        strategy = st.one_of(operation.as_strategy(GenerationMode.POSITIVE),
                             operation.as_strategy(GenerationMode.NEGATIVE))

        @given(case=strategy)
        @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
        def no_server_error(case):
            response = case.call(base_url=server.url, headers={"Authorization": f"Bearer {token}"}, timeout=10)
            seen[response.status_code] += 1
            assert response.status_code < 500, (case.method, case.formatted_path, response.text[:300])

        no_server_error()
    assert seen[200] and seen[422], seen  # it got through the door, and it tried bad input
