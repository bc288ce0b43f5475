"""Golden set for search ranking: judged queries (golden_queries.toml) with thresholds.

Only the HTTP API is used (/api/search/ through the Django test client), so the tests survive
the application modules moving. A change that makes the ranking worse must fail here.

The metrics are those of bench/relevance.py (one definition for the gate and the benchmark), over
every judged query (the should-find-nothing queries apart):
  success@k   - the share of queries with an answer (grade 2) among the first k results;
  MRR         - the mean of 1 / rank of the first answer (0 when it is not on the first page);
  nDCG@10     - graded (gain = grade), against the ideal order of the judged grades;
  zero-result - the share of queries with relevant items that found nothing.
The gate holds overall and in every language; `python bench/relevance.py` prints the same
tables on a fresh SQLite and PostgreSQL database.
"""

import pytest
from django.db import connection

from bench.relevance import (
    answers,
    by_kind,
    by_language,
    is_nothing,
    label,
    load_golden,
    markdown_table,
    params,
    per_query,
    slug_of,
)
from compendium.ops.demo.data import CHAPTERS

pytestmark = pytest.mark.django_db

GOLDEN = load_golden()
LANGUAGES = ("en", "fr", "es", "pt", "zh-hans", "km", "lo", "th", "vi", "id")
KINDS = {
    "name",
    "programme",
    "place",
    "event-title",
    "concept",
    "synonym",
    "multi-word",
    "filtered",
    "translated",
    "cross-language",
    "typo",
    "country-variant",
    "chapter",
    "should-find-nothing",
}

# Thresholds: a little below the measured values, rounded down to 0.05 (measured - 0.01, then
# down to a multiple of 0.05), and the issue's own floor (success@3 >= 0.9 overall, >= 0.8 in every
# language, zero-result rate <= 5 %). Measured on the demo content, 279 judged queries (of 297),
# identical on SQLite and PostgreSQL (the ranking is computed in compendium.search.ranking):
#   success@1 = 0.939   success@3 = 0.986   MRR = 0.963   nDCG@10 = 0.919   zero-result = 0.000
#   worst language: th success@1 0.643, success@3 0.929, nDCG@10 0.778.
# The literal search before (commit bbd509c) measured success@3 0.695 / 0.717 on the same set.
# Mutation checks: see the README ("How search ranks").
THRESHOLDS = {"success@1": 0.90, "success@3": 0.95, "MRR": 0.95, "nDCG@10": 0.90}
PER_LANGUAGE = {"success@3": 0.80, "nDCG@10": 0.75}
# success@3 per kind of query: 0.8 for each, 0.9 for what the literal search could not do (measured
# 1.0 each; without the typo correction "typo" falls to 0.8, and this fails).
PER_KIND = {"typo": 0.90, "synonym": 0.90, "cross-language": 0.90, "country-variant": 0.90}
PER_KIND_DEFAULT = 0.80
MAX_ZERO_RESULT_RATE = 0.05

JUDGED = [q for q in GOLDEN if not is_nothing(q)]
NOTHING = [q for q in GOLDEN if is_nothing(q)]
FIRST = [q for q in JUDGED if q.get("first")]

_results = {}  # (q, lang, filters) -> list of result slugs; the demo content is read-only here


def search(client, query):
    key = tuple(sorted(params(query).items()))
    if key not in _results:
        response = client.get("/api/search/", params(query))
        assert response.status_code == 200, (label(query), response.content[:300])
        _results[key] = [slug_of(result["url"]) for result in response.json()["results"]]
    return _results[key]


def measure(client, queries):
    rows = [(query, per_query(search(client, query), query)) for query in queries]
    means = {name: sum(row[name] for _q, row in rows) / len(rows) for name in THRESHOLDS}
    return means, rows


def per_language_table(client, queries):
    """The benchmark's per-language table (markdown) for these queries on this test database."""
    return markdown_table(by_language([(query, search(client, query)) for query in queries]), "language")


def test_golden_set_is_large_enough_and_judged_on_existing_pages(client, demo):
    assert len(GOLDEN) >= 160
    assert len(JUDGED) >= 40
    assert len(NOTHING) >= 8 and len({q["lang"] for q in NOTHING}) >= 3
    assert {q["kind"] for q in GOLDEN} == KINDS, "kinds are those documented in golden_queries.toml"
    assert {q["kind"] for q in JUDGED} >= {"name", "programme", "concept", "multi-word", "filtered", "translated"}
    per_language = {language: sum(q["lang"] == language for q in GOLDEN) for language in LANGUAGES}
    assert min(per_language.values()) >= 10, per_language
    # Every judged slug must be a page of the demo index (the Guide's chapters included): a typo
    # in the golden set would otherwise silently count as "not found".
    slugs, page = set(), 1
    while True:
        data = client.get("/api/search/", {"page": page}).json()
        slugs.update(slug_of(result["url"]) for result in data["results"])
        if page >= data["num_pages"]:
            break
        page += 1
    unknown = sorted({slug for q in GOLDEN for slug in q["relevant"]} - slugs)
    assert not unknown, f"judged slugs not in the demo index: {unknown}"
    assert set(CHAPTERS) <= slugs, "every Guide chapter is searchable"


def test_ranking_metrics_stay_above_thresholds(client, demo):
    means, rows = measure(client, JUDGED)
    report = ", ".join(f"{name} = {value:.3f} (min {THRESHOLDS[name]:.2f})" for name, value in means.items())
    misses = [
        f"  {label(q)}: answer at rank {row['rank'] or '-'}, nDCG@10 {row['nDCG@10']:.2f}, top 3 {search(client, q)[:3]}"
        for q, row in sorted(rows, key=lambda pair: pair[1]["nDCG@10"])
        if row["rank"] != 1 or row["nDCG@10"] < 0.8
    ]
    print(f"search golden set ({len(rows)} judged queries, {connection.vendor}): {report}")
    print(per_language_table(client, GOLDEN))
    print("\n".join(misses))
    failed = [name for name, value in means.items() if value < THRESHOLDS[name]]
    assert not failed, f"ranking got worse: {report}\nqueries below par:\n" + "\n".join(misses)


def test_every_language_finds_what_it_means(client, demo):
    """The issue's floor in each of the ten languages and each kind of query, and almost never an empty page."""
    languages = by_language([(query, search(client, query)) for query in GOLDEN])
    assert set(languages) == set(LANGUAGES)
    low = {
        language: {name: round(summary[name], 3) for name, floor in PER_LANGUAGE.items() if summary[name] < floor}
        for language, summary in languages.items()
    }
    assert not any(low.values()), f"below the per-language floor {PER_LANGUAGE}: {low}"
    kinds = by_kind([(query, search(client, query)) for query in JUDGED])
    weak = {
        kind: round(summary["success@3"], 3)
        for kind, summary in kinds.items()
        if summary["success@3"] < PER_KIND.get(kind, PER_KIND_DEFAULT)
    }
    assert not weak, f"kinds of query below their success@3 floor {PER_KIND} (else {PER_KIND_DEFAULT}): {weak}"
    zero = sum(1 for query in JUDGED if not search(client, query)) / len(JUDGED)
    assert zero <= MAX_ZERO_RESULT_RATE, f"zero-result rate {zero:.3f} > {MAX_ZERO_RESULT_RATE}"


@pytest.mark.parametrize("query", FIRST, ids=[q["q"][:40] for q in FIRST])
def test_exact_title_is_ranked_first(client, demo, query):
    ranked = search(client, query)
    if connection.vendor in query.get("first_fails_on", []):  # a known gap on this engine: strict
        assert not (ranked and ranked[0] in answers(query)), f"now ranked first on {connection.vendor}: drop first_fails_on"
        pytest.xfail(f"known on {connection.vendor}: {ranked[:3]} ranked before the exact title")
    assert ranked, f"{label(query)} found nothing"
    assert ranked[0] in answers(query), f"{label(query)}: expected {sorted(answers(query))} first, got {ranked[:5]}"


@pytest.mark.parametrize("query", NOTHING, ids=[f"{q['q']} [{q['lang']}]" for q in NOTHING])
def test_should_find_nothing(client, demo, query):
    response = client.get("/api/search/", params(query)).json()
    assert response["count"] == 0 and response["results"] == [], f"{label(query)} found {response['count']} results"
