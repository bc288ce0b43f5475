"""Search latency on the current database (run by bench/run.py inside a prepared database).

Prints one JSON line: p50/p95/p99 in ms of a ranked text query with 3 facets (varied: one or two
of 69 words, so the words recur and their matches are kept, compendium/search/postings.py), of
the same with those kept matches dropped before each query (every word new since the last
publish), of the same without text, and of a baseline (one indexed row fetched by the ORM), with
the ratios of each to the baseline.
"""

import json
import os
import random
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "compendium.settings.dev")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402

from compendium import search  # noqa: E402
from compendium.catalogue.models import SearchItem  # noqa: E402
from compendium.ops.synthetic import COUNTRIES, WORDS  # noqa: E402
from compendium.search import postings  # noqa: E402

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "200"))


def percentiles(samples):
    ordered = sorted(samples)

    def at(fraction):
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] * 1000

    return {
        "p50": round(at(0.50), 2),
        "p95": round(at(0.95), 2),
        "p99": round(at(0.99), 2),
        "mean": round(statistics.mean(ordered) * 1000, 2),
    }


def timed(function, rounds):
    samples = []
    for index in range(rounds):
        started = time.perf_counter()
        function(index)
        samples.append(time.perf_counter() - started)
    return percentiles(samples)


def main():
    rng = random.Random(7)
    themes = ["coordination", "outreach", "integrated-packages", "employment", "economic-sectors", "mis"]
    guarantees = ["health", "children", "working-age", "elderly"]
    ids = list(SearchItem.objects.values_list("pk", flat=True))
    queries = [
        {
            "q": [" ".join(rng.sample(WORDS, rng.randint(1, 2)))],
            "theme": [rng.choice(themes)],
            "guarantee": [rng.choice(guarantees)],
            "country": [rng.choice(COUNTRIES)],
        }
        for _ in range(ROUNDS)
    ]
    facets_only = [{key: value for key, value in query.items() if key != "q"} for query in queries]

    def baseline(i):
        list(SearchItem.objects.filter(pk=ids[i % len(ids)]).values_list("path", flat=True))

    def ranked(i):
        search.search(search.parse_query(queries[i], "en"))

    def ranked_cold(i):
        postings.clear()  # as if nobody had asked for these words since the last publish
        ranked(i)

    def browse(i):
        search.search(search.parse_query(facets_only[i], "en"))

    from compendium.matching import service as match_service
    from compendium.matching.scoring import Needs

    match_needs = [
        (rng.choice(COUNTRIES), Needs(themes=frozenset({rng.choice(themes)}), guarantees=frozenset({rng.choice(guarantees)})))
        for _ in range(ROUNDS)
    ]

    def match(i):
        match_service.match(match_needs[i][0], match_needs[i][1], language="en")

    match(0)  # loads the records once per process, as a worker does
    for warm in range(5):  # connection, caches of the taxonomy labels
        ranked(warm)
        baseline(warm)
    result = {"vendor": connection.vendor, "items": len(ids), "baseline": timed(baseline, ROUNDS)}
    result["ranked_3_facets"] = timed(ranked, ROUNDS)
    result["ranked_3_facets_cold"] = timed(ranked_cold, ROUNDS)
    result["facets_only"] = timed(browse, ROUNDS)
    result["match"] = timed(match, ROUNDS)
    for key in ("ranked_3_facets", "ranked_3_facets_cold", "facets_only", "match"):
        result[key]["ratio_p95"] = round(result[key]["p95"] / max(result["baseline"]["p95"], 1e-6), 1)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
