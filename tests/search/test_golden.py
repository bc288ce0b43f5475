"""Golden set for search ranking: judged queries (golden_queries.toml) with thresholds.

Only the HTTP API is used (/api/search/ through the Django test client), so the tests survive
the application modules moving. A change that makes the ranking worse must fail here: the title
weight of the full-text index, for instance (10 -> 1 breaks the exact-title checks and success@1).

Metrics, over the judged queries that are neither should-find-nothing nor expected_to_fail:
  success@k  - the share of queries with an answer (grade 2) among the first k results;
  MRR        - the mean of 1 / rank of the first answer (0 when it is not on the first page);
  nDCG@10    - graded (gain = grade), against the ideal order of the judged grades.

The expected_to_fail queries (typos, synonyms, other languages' words) are reported, not asserted:
run with -rA (or -s) to see the report of test_expected_to_fail_queries_report.
"""

import math
import tomllib
from pathlib import Path

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db

GOLDEN = tomllib.loads((Path(__file__).parent / "golden_queries.toml").read_text(encoding="utf-8"))["query"]
FILTERS = ("type", "country", "principle", "guarantee", "theme", "stage")

# Thresholds: a little below today's measured value, rounded down to 0.05 (measured - 0.01, then
# down to a multiple of 0.05). Measured on the demo content, 97 judged queries, SQLite FTS5 engine:
#   success@1 = 0.948   success@3 = 1.000   MRR = 0.973   nDCG@10 = 0.951
# With the title weight at 1 instead of 10: success@1 = 0.907, MRR = 0.950, nDCG@10 = 0.945 (still
# at or above these thresholds) and two exact-title checks fail ("Social Service Delivery
# Mechanism", "Integrating Social Policies and the Delivery of Social Protection Floors").
THRESHOLDS = {"success@1": 0.90, "success@3": 0.95, "MRR": 0.95, "nDCG@10": 0.90}

JUDGED = [q for q in GOLDEN if q["kind"] != "should-find-nothing" and not q.get("expected_to_fail")]
NOTHING = [q for q in GOLDEN if q["kind"] == "should-find-nothing"]
FIRST = [q for q in JUDGED if q.get("first")]
EXPECTED_TO_FAIL = [q for q in GOLDEN if q.get("expected_to_fail")]

_results = {}  # (q, lang, filters) -> list of result slugs; the demo content is read-only here


def _label(query):
    extra = ", ".join(f"{f}={query[f]}" for f in FILTERS if f in query)
    return f"{query['q']!r} [{query['lang']}{', ' + extra if extra else ''}]"


def _params(query):
    params = {"q": query["q"], "lang": query.get("lang", "en")}
    params.update({f: query[f] for f in FILTERS if f in query})
    return params


def _slug(url):
    return url.rstrip("/").rsplit("/", 1)[-1]


def search(client, query):
    key = tuple(sorted(_params(query).items()))
    if key not in _results:
        response = client.get("/api/search/", _params(query))
        assert response.status_code == 200, (_label(query), response.content[:300])
        data = response.json()
        _results[key] = [_slug(result["url"]) for result in data["results"]]
    return _results[key]


def answers(query):
    grades = query["relevant"]
    best = max(grades.values())
    return {slug for slug, grade in grades.items() if grade == best}


def first_answer_rank(ranked, query):
    wanted = answers(query)
    return next((i + 1 for i, slug in enumerate(ranked) if slug in wanted), None)


def ndcg(ranked, grades, k=10):
    dcg = sum(grades.get(slug, 0) / math.log2(i + 2) for i, slug in enumerate(ranked[:k]))
    ideal = sorted(grades.values(), reverse=True)[:k]
    idcg = sum(grade / math.log2(i + 2) for i, grade in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def per_query(ranked, query):
    rank = first_answer_rank(ranked, query)
    return {
        "success@1": 1.0 if rank == 1 else 0.0,
        "success@3": 1.0 if rank and rank <= 3 else 0.0,
        "MRR": 1.0 / rank if rank else 0.0,
        "nDCG@10": ndcg(ranked, query["relevant"]),
        "rank": rank,
    }


def measure(client, queries):
    rows = [(query, per_query(search(client, query), query)) for query in queries]
    means = {name: sum(row[name] for _q, row in rows) / len(rows) for name in THRESHOLDS}
    return means, rows


def test_golden_set_is_large_enough_and_judged_on_existing_pages(client, demo):
    assert len(JUDGED) >= 40
    assert len(NOTHING) >= 3
    assert {q["kind"] for q in JUDGED} >= {"name", "programme", "concept", "multi-word", "filtered", "translated"}
    # Every judged slug must be a page of the demo index: a typo in the golden set would
    # otherwise silently count as "not found".
    slugs, page = set(), 1
    while True:
        data = client.get("/api/search/", {"page": page}).json()
        slugs.update(_slug(result["url"]) for result in data["results"])
        if page >= data["num_pages"]:
            break
        page += 1
    unknown = sorted({slug for q in GOLDEN for slug in q["relevant"]} - slugs)
    assert not unknown, f"judged slugs not in the demo index: {unknown}"


def test_ranking_metrics_stay_above_thresholds(client, demo):
    means, rows = measure(client, JUDGED)
    report = ", ".join(f"{name} = {value:.3f} (min {THRESHOLDS[name]:.2f})" for name, value in means.items())
    misses = [
        f"  {_label(q)}: answer at rank {row['rank'] or '-'}, nDCG@10 {row['nDCG@10']:.2f}, top 3 {search(client, q)[:3]}"
        for q, row in sorted(rows, key=lambda pair: pair[1]["nDCG@10"])
        if row["rank"] != 1 or row["nDCG@10"] < 0.8
    ]
    print(f"search golden set ({len(rows)} queries): {report}")
    print("\n".join(misses))
    failed = [name for name, value in means.items() if value < THRESHOLDS[name]]
    assert not failed, f"ranking got worse: {report}\nqueries below par:\n" + "\n".join(misses)


@pytest.mark.parametrize("query", FIRST, ids=[q["q"][:40] for q in FIRST])
def test_exact_title_is_ranked_first(client, demo, query):
    ranked = search(client, query)
    if connection.vendor in query.get("first_fails_on", []):  # a known gap on this engine: strict
        assert not (ranked and ranked[0] in answers(query)), f"now ranked first on {connection.vendor}: drop first_fails_on"
        pytest.xfail(f"known on {connection.vendor}: {ranked[:3]} ranked before the exact title")
    assert ranked, f"{_label(query)} found nothing"
    assert ranked[0] in answers(query), f"{_label(query)}: expected {sorted(answers(query))} first, got {ranked[:5]}"


@pytest.mark.parametrize("query", NOTHING, ids=[q["q"] for q in NOTHING])
def test_should_find_nothing(client, demo, query):
    response = client.get("/api/search/", _params(query)).json()
    assert response["count"] == 0 and response["results"] == [], f"{_label(query)} found {response['count']} results"


def test_expected_to_fail_queries_report(client, demo):
    """Reported, not asserted: for the search-relevance work (typos, synonyms, other languages)."""
    assert EXPECTED_TO_FAIL, "keep the practitioner expectations that today's search misses"
    means, rows = measure(client, EXPECTED_TO_FAIL)
    print(f"\nexpected_to_fail queries ({len(rows)}): " + ", ".join(f"{k} = {v:.3f}" for k, v in means.items()))
    for query, row in rows:
        status = "NOW PASSES - set expected_to_fail = false" if row["rank"] == 1 else f"answer at rank {row['rank'] or '-'}"
        print(f"  [{query['kind']}] {_label(query)}: {status}; {query.get('why_it_fails', '')}")
