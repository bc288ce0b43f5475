"""Golden set for matchmaking: judged needs (golden_needs.toml) with per-need checks and thresholds.

Only the HTTP API is used (/api/match/ through the Django test client). Each judged need says
which provider countries have national experience of it (graded) and which must stay out of the
top k. A change to the matchmaking weights that makes the ranking worse must fail here.

Per need (not expected_to_fail):
  hit        - a grade-2 provider within the top k;
  first      - when given, that provider is ranked first;
  exclusions - none of the excluded countries within the top k;
  never      - none of these countries anywhere in the provider list;
  peers      - these countries are listed as peers for joint learning (and are not providers);
  facilitators - these organisations are listed as "who can facilitate".
Overall (means over the same needs):
  nDCG@5     - graded (gain = grade) against the ideal order of the judged grades;
  precision@k - the share of the top k that are expected providers (grade >= 1).

The expected_to_fail needs record what today's matching gets wrong (ILO / UN / ASEAN Secretariat
staff counted as their office country's experience, region and cooperation outweighing topical
evidence). They are reported, not asserted: run with -rA (or -s) to see the report.
"""

import tomllib
from pathlib import Path

import pytest

from bench.relevance import ndcg  # the one definition of the metric, shared with search

pytestmark = pytest.mark.django_db

GOLDEN = tomllib.loads((Path(__file__).parent / "golden_needs.toml").read_text(encoding="utf-8"))["need"]
TAGS = ("theme", "guarantee", "principle", "stage")

# Thresholds: a little below today's measured value, rounded down to 0.05 (measured - 0.01, then
# down to a multiple of 0.05). Measured on the demo content over the 33 judged needs:
#   nDCG@5 = 0.883   precision@k = 0.870   needs passed = 33/33 (after the demo's correction
#   against the seeds, which left two more needs expected to fail)
THRESHOLDS = {"nDCG@5": 0.85, "precision@k": 0.85}

JUDGED = [n for n in GOLDEN if not n.get("expected_to_fail")]
EXPECTED_TO_FAIL = [n for n in GOLDEN if n.get("expected_to_fail")]

_rankings = {}  # need id -> the API's answer (the demo content is read-only here)


def _params(need):
    params = {"country": need["country"]}
    params.update({tag: need[tag] for tag in TAGS if tag in need})
    return params


def _label(need):
    return need["id"] + " (" + "&".join(f"{k}={v}" for k, v in _params(need).items()) + ")"


def answer(client, need):
    """{"providers": [codes, best first], "peers": [codes], "facilitators": [organisation names]}."""
    if need["id"] not in _rankings:
        response = client.get("/api/match/", _params(need))
        assert response.status_code == 200, (_label(need), response.content[:300])
        data = response.json()
        _rankings[need["id"]] = {
            "providers": [entry["country"] for entry in data["providers"]],
            "peers": [entry["country"] for entry in data["peers"]],
            "facilitators": [entry["organisation"] for entry in data["facilitators"]],
        }
    return _rankings[need["id"]]


def providers(client, need):
    return answer(client, need)["providers"]


def evaluate(ranked, need, peers=None, facilitators=None):
    k, expected = need["k"], need["expected"]
    top = ranked[:k]
    problems = []
    if not any(expected.get(code) == 2 for code in top):
        problems.append(f"no grade-2 provider ({', '.join(c for c, g in expected.items() if g == 2)}) in the top {k}")
    if need.get("first") and ranked[:1] != [need["first"]]:
        problems.append(f"{need['first']} is not first")
    found = [code for code in need.get("exclude", []) if code in top]
    if found:
        problems.append(f"excluded {found} in the top {k}")
    found = [code for code in need.get("never", []) if code in ranked]
    if found:
        problems.append(f"{found} offered as providers")
    missing = [code for code in need.get("peers", []) if code not in (peers or [])]
    if missing:
        problems.append(f"{missing} not listed as peers")
    missing = [name for name in need.get("facilitators", []) if name not in (facilitators or [])]
    if missing:
        problems.append(f"{missing} not listed as facilitators")
    return {
        "problems": problems,
        "nDCG@5": ndcg(ranked, expected, k=5),
        "precision@k": sum(1 for code in top if code in expected) / k,
    }


def judge(need, result):
    """evaluate() on an answer() (or the same shape computed without HTTP)."""
    return evaluate(result["providers"], need, result["peers"], result["facilitators"])


def means(results):
    """{metric: mean over the judged needs} of [(need, evaluate())]."""
    return {name: sum(row[name] for _n, row in results) / len(results) for name in THRESHOLDS}


def test_golden_needs_are_enough_and_well_formed(client, demo):
    assert len(JUDGED) >= 20
    assert {n["country"] for n in JUDGED} >= {"KH", "LA", "ID", "TH", "MY", "PH", "MN", "VN", "PY", "TL"}
    for need in GOLDEN:
        assert need["k"] >= 1 and any(grade == 2 for grade in need["expected"].values()), need["id"]
        assert need.get("exclude") or need.get("never"), f"{need['id']}: every need says who must not be offered"
        assert not set(need["expected"]) & (set(need.get("exclude", [])) | set(need.get("never", [])) | set(need.get("peers", []))), need[
            "id"
        ]
        assert need["country"] not in need["expected"], need["id"]
    assert len({n["id"] for n in GOLDEN}) == len(GOLDEN)


@pytest.mark.parametrize("need", JUDGED, ids=[n["id"] for n in JUDGED])
def test_need_is_answered_by_the_expected_providers(client, demo, need):
    result = judge(need, answer(client, need))
    assert not result["problems"], f"{_label(need)}: {'; '.join(result['problems'])}; answer {answer(client, need)}"


def test_overall_matching_scores_stay_above_thresholds(client, demo):
    rows = [(need, judge(need, answer(client, need))) for need in JUDGED]
    measured = means(rows)
    hits = sum(1 for _n, row in rows if not row["problems"])
    report = ", ".join(f"{name} = {value:.3f} (min {THRESHOLDS[name]:.2f})" for name, value in measured.items())
    details = "\n".join(
        f"  {_label(n)}: nDCG@5 {row['nDCG@5']:.2f}, P@{n['k']} {row['precision@k']:.2f}, top {providers(client, n)[:6]}"
        for n, row in sorted(rows, key=lambda pair: pair[1]["nDCG@5"])
    )
    print(f"matching golden set ({len(rows)} needs): {report}, passed {hits}/{len(rows)}\n{details}")
    failed = [name for name, value in measured.items() if value < THRESHOLDS[name]]
    assert not failed, f"matching got worse: {report}\n{details}"


def test_expected_to_fail_needs_still_fail(client, demo):
    """The judged expectations today's matching gets wrong are reported; one that starts passing
    fails here, so that its flag is dropped and it guards the ranking from then on."""
    print(f"\nexpected_to_fail needs ({len(EXPECTED_TO_FAIL)}):")
    passing = []
    for need in EXPECTED_TO_FAIL:
        ranked = providers(client, need)
        result = judge(need, answer(client, need))
        print(f"  {_label(need)}: {'; '.join(result['problems']) or 'passes'}; top {ranked[:6]}")
        if not result["problems"]:
            passing.append(need["id"])
    assert not passing, f"now passing, drop expected_to_fail: {passing}"
