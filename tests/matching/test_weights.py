"""The mutation check of the matchmaking weights: each weight of compendium.matching.scoring.WEIGHTS,
changed on its own (set to 0, or doubled), must make a judged expectation fail - a need of the
golden set (golden_needs.toml, ranked on the demo content without HTTP) or a judged scenario of
scenarios.py. A weight no test notices could drift without anyone seeing the ranking change.
"""

import pytest

from compendium.matching import scoring, service
from tests.matching import scenarios
from tests.matching.test_golden import JUDGED, TAGS, THRESHOLDS, judge, means

pytestmark = pytest.mark.django_db

FIELDS = {"theme": "themes", "guarantee": "guarantees", "principle": "principles", "stage": "stages"}


def _answer(need):
    needs = None
    if any(tag in need for tag in TAGS):
        needs = scoring.Needs(**{FIELDS[tag]: frozenset(need.get(tag, "").split(",")) - {""} for tag in TAGS})
    result = service.match_in_full(need["country"], needs, language="en")
    return {
        "providers": [entry.country for entry in result.providers],
        "peers": [entry.country for entry in result.peers],
        "facilitators": [entry.organisation for entry in result.facilitators],
    }


def failures():
    """The judged expectations that fail with the current WEIGHTS: need ids, metrics, scenarios."""
    rows = [(need, judge(need, _answer(need))) for need in JUDGED]
    failed = [need["id"] for need, row in rows if row["problems"]]
    failed += [name for name, value in means(rows).items() if value < THRESHOLDS[name]]
    return failed + scenarios.failures()


def test_the_judged_expectations_hold_with_the_weights_as_they_are(demo):
    assert failures() == []


@pytest.mark.parametrize("factor", [0, 2])
@pytest.mark.parametrize("name", sorted(scoring.WEIGHTS))
def test_each_weight_changed_on_its_own_fails_a_judged_expectation(demo, monkeypatch, name, factor):
    monkeypatch.setitem(scoring.WEIGHTS, name, scoring.WEIGHTS[name] * factor)
    failed = failures()
    print(f"{name} x{factor}: {failed}")
    assert failed, f"WEIGHTS[{name!r}] x{factor} changes no judged expectation: a test must guard it"
