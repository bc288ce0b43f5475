"""Judged relevance of search, in one command: the golden queries scored on a fresh database.

    .venv/bin/python bench/relevance.py                          # SQLite, database engine
    .venv/bin/python bench/relevance.py --database postgresql    # a temporary database on 127.0.0.1:5432
    .venv/bin/python bench/relevance.py --database both          # one after the other, then side by side
    ELASTICSEARCH_URL=http://127.0.0.1:9200 .venv/bin/python bench/relevance.py --engine elasticsearch

For each database it builds a database of its own (SQLite: a file in a temporary directory;
PostgreSQL: `spf_relevance_<pid>` on BENCH_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432,
as bench/run.py names its server; dropped afterwards), migrates it, loads the demo content
(`manage.py load_demo_data`) and asks /api/search/ every query of tests/search/golden_queries.toml
through django.test.Client with the test settings, exactly as tests/search/test_golden.py does.
Every query counts, here as in the test's gate.

It prints, markdown-ready: success@1, success@3, success@10, nDCG@10 and MRR over the judged
queries, the zero-result rate (the share of judged queries that got no result at all) and how many
should-find-nothing queries found something; the same per language and per kind; then every
judged query whose answer is not in the top 3.

The metric functions below are the only definition: tests/search/test_golden.py imports them.
Nothing here imports Django at module level, so importing them costs nothing.
"""

import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN_PATH = ROOT / "tests" / "search" / "golden_queries.toml"
FILTERS = ("type", "country", "principle", "guarantee", "theme", "stage")
NOTHING = "should-find-nothing"
METRICS = ("success@1", "success@3", "success@10", "nDCG@10", "MRR")
LANGUAGES = ("en", "fr", "es", "pt", "zh-hans", "km", "lo", "th", "vi", "id")
NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
ES_INDEX = "spf-relevance"  # the bench's own alias on the cluster, never the site's (spf-search)


# --------------------------------------------------------------------------------------------
# The golden set and the metrics (shared with tests/search/test_golden.py)
# --------------------------------------------------------------------------------------------


def load_golden(path=GOLDEN_PATH):
    """The [[query]] tables of golden_queries.toml, in file order."""
    return tomllib.loads(Path(path).read_text(encoding="utf-8"))["query"]


def is_nothing(query):
    return query["kind"] == NOTHING


def label(query):
    """'q' [lang, filter=value…]: how a query is named in reports and assertion messages."""
    extra = ", ".join(f"{name}={query[name]}" for name in FILTERS if name in query)
    return f"{query['q']!r} [{query.get('lang', 'en')}{', ' + extra if extra else ''}]"


def params(query):
    """The GET parameters of /api/search/ for a query."""
    values = {"q": query["q"], "lang": query.get("lang", "en")}
    values.update({name: query[name] for name in FILTERS if name in query})
    return values


def slug_of(url):
    """A result's slug: the last segment of its URL path (the page slug of the demo content)."""
    return url.rstrip("/").rsplit("/", 1)[-1]


def answers(query):
    """The slugs of the best grade judged for the query (2, or 1 where nothing is graded 2)."""
    grades = query["relevant"]
    best = max(grades.values())
    return {slug for slug, grade in grades.items() if grade == best}


def first_answer_rank(ranked, query):
    """1-based rank of the first answer among the ranked slugs, or None."""
    wanted = answers(query)
    return next((index + 1 for index, slug in enumerate(ranked) if slug in wanted), None)


def ndcg(ranked, grades, k=10):
    """Graded nDCG@k (gain = grade) against the ideal order of the judged grades."""
    dcg = sum(grades.get(slug, 0) / math.log2(index + 2) for index, slug in enumerate(ranked[:k]))
    ideal = sorted(grades.values(), reverse=True)[:k]
    idcg = sum(grade / math.log2(index + 2) for index, grade in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def per_query(ranked, query):
    """The metrics of one judged query from its ranked result slugs (the first page)."""
    rank = first_answer_rank(ranked, query)
    return {
        "success@1": 1.0 if rank == 1 else 0.0,
        "success@3": 1.0 if rank and rank <= 3 else 0.0,
        "success@10": 1.0 if rank and rank <= 10 else 0.0,
        "MRR": 1.0 / rank if rank else 0.0,
        "nDCG@10": ndcg(ranked, query["relevant"]),
        "rank": rank,
        "zero": not ranked,
    }


def mean(rows, name):
    """Mean of one metric over (query, metrics) rows."""
    return sum(row[name] for _query, row in rows) / len(rows) if rows else 0.0


def summarize(results):
    """Aggregate over results [(query, ranked slugs)]: the metrics of the judged queries, their
    zero-result rate, and the should-find-nothing queries that found something."""
    judged = [(query, per_query(ranked, query)) for query, ranked in results if not is_nothing(query)]
    nothing = [(query, ranked) for query, ranked in results if is_nothing(query)]
    summary = {name: mean(judged, name) for name in METRICS}
    summary.update(
        {
            "judged": len(judged),
            "zero-result rate": sum(row["zero"] for _query, row in judged) / len(judged) if judged else 0.0,
            "nothing": len(nothing),
            "nothing found something": sum(1 for _query, ranked in nothing if ranked),
        }
    )
    return summary


def group_by(results, key):
    """{value of key(query): summary} in a stable order (languages as settings list them)."""
    groups = {}
    for query, ranked in results:
        groups.setdefault(key(query), []).append((query, ranked))
    order = {language: index for index, language in enumerate(LANGUAGES)}
    return {value: summarize(groups[value]) for value in sorted(groups, key=lambda value: (order.get(value, 99), value))}


def by_language(results):
    return group_by(results, lambda query: query.get("lang", "en"))


def by_kind(results):
    return group_by(results, lambda query: query["kind"])


def _cells(summary):
    if not summary["judged"]:
        return ["–"] * (len(METRICS) + 1)
    return [f"{summary[name]:.3f}" for name in METRICS] + [f"{summary['zero-result rate']:.3f}"]


def markdown_table(groups, first_column):
    """A markdown table: one row per group, the metrics of its judged queries, its zero-result
    rate and its should-find-nothing queries that found something (found / queries)."""
    lines = [
        f"| {first_column} | judged | {' | '.join(METRICS)} | zero-result | nothing found something |",
        "| --- | ---: | " + " | ".join("---:" for _name in METRICS) + " | ---: | ---: |",
    ]
    for name, summary in groups.items():
        nothing = f"{summary['nothing found something']} / {summary['nothing']}" if summary["nothing"] else "–"
        lines.append(f"| {name} | {summary['judged']} | {' | '.join(_cells(summary))} | {nothing} |")
    return "\n".join(lines)


def misses(results, k=3):
    """Report lines for the judged queries whose answer is not in the top k, worst first."""
    lines = []
    rows = [(query, ranked, per_query(ranked, query)) for query, ranked in results if not is_nothing(query)]
    for query, ranked, row in sorted(rows, key=lambda item: (item[2]["rank"] or 999, item[0]["kind"])):
        if row["rank"] and row["rank"] <= k:
            continue
        where = f"rank {row['rank']}" if row["rank"] else ("no result" if not ranked else "not on the first page")
        lines.append(f"- [{query['kind']}] {label(query)}: {where}; top 3 {ranked[:3]}")
    return lines


def found_something(results):
    """Report lines for the should-find-nothing queries that returned results."""
    return [f"- {label(query)}: {ranked[:3]}" for query, ranked in results if is_nothing(query) and ranked]


def report(results, title):
    """The whole markdown report of one run."""
    overall = summarize(results)
    lines = [
        f"### {title}",
        "",
        f"{len(results)} queries: {overall['judged']} judged, {overall['nothing']} should-find-nothing.",
        "",
        markdown_table({"all": overall}, "queries"),
        "",
        "Per language:",
        "",
        markdown_table(by_language(results), "language"),
        "",
        "Per kind:",
        "",
        markdown_table(by_kind(results), "kind"),
        "",
        "Judged queries whose answer is not in the top 3:",
        "",
        *(misses(results) or ["- none"]),
        "",
        "Should-find-nothing queries that found something:",
        "",
        *(found_something(results) or ["- none"]),
    ]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# Running the queries (inside a worker process, on a prepared database)
# --------------------------------------------------------------------------------------------


def run_queries(client, queries):
    """[(query, ranked result slugs of the first page)] through /api/search/."""
    results = []
    for query in queries:
        response = client.get("/api/search/", params(query))
        if response.status_code != 200:
            raise RuntimeError(f"{label(query)}: HTTP {response.status_code} {response.content[:300]!r}")
        results.append((query, [slug_of(result["url"]) for result in response.json()["results"]]))
    return results


def _worker(output, engine):
    """Migrate the database of DATABASE_URL, load the demo content, run the golden queries and
    write {"prepare_seconds", "results": [ranked slugs per query, in file order]} as JSON to
    `output`. Runs in its own process (one Django setup per database)."""
    import io
    import logging

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "compendium.settings.test")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client

    fallbacks = []

    class CountFallbacks(logging.Handler):
        """compendium.search logs a warning when it falls back to the database engine."""

        def emit(self, record):
            if record.name == "compendium.search" and record.levelno >= logging.WARNING:
                fallbacks.append(record.getMessage())

    if engine == "elasticsearch":
        # Load through the database engine, then fill the bench's own alias in one rebuild: a
        # publish mirrored into an alias that does not exist yet would create a bare index.
        settings.ELASTICSEARCH_INDEX = ES_INDEX
        settings.SPF_SEARCH_ENGINE = "database"
        logging.getLogger("compendium.search").addHandler(CountFallbacks())
    started = time.monotonic()
    try:
        call_command("migrate", interactive=False, verbosity=0)
        call_command("load_demo_data", stdout=io.StringIO())
        if engine == "elasticsearch":
            settings.SPF_SEARCH_ENGINE = "elasticsearch"
            call_command("rebuild_search_index", "--engine-only", stdout=io.StringIO())
        prepared = time.monotonic() - started
        queries = load_golden()
        results = run_queries(Client(), queries)
        if fallbacks:
            raise SystemExit(f"Elasticsearch failed during the run, the database engine answered instead: {fallbacks[0]}")
        data = {"prepare_seconds": round(prepared, 1), "results": [ranked for _query, ranked in results]}
        Path(output).write_text(json.dumps(data), encoding="utf-8")
    finally:
        if engine == "elasticsearch":
            _drop_es_index()
        # The test settings give each process temporary media and state folders: remove them.
        for folder in (settings.MEDIA_ROOT, settings.SPF_STATE_DIR):
            if str(folder).startswith(tempfile.gettempdir()):
                shutil.rmtree(folder, ignore_errors=True)


def _drop_es_index():
    """Delete the indices behind the bench's alias (never the site's)."""
    from compendium.search.engines.elastic import client

    try:
        es = client()
        if es.indices.exists_alias(name=ES_INDEX):
            for index in es.indices.get_alias(name=ES_INDEX):
                es.indices.delete(index=index, ignore_unavailable=True)
    except Exception as exc:  # the run's own error, if any, is the one to see
        print(f"could not delete the Elasticsearch alias {ES_INDEX}: {exc}", file=sys.stderr)


# --------------------------------------------------------------------------------------------
# The command: a database of its own per run, created and dropped here
# --------------------------------------------------------------------------------------------


def _postgres_base():
    return os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432").rstrip("/")


def _check_engine(engine):
    if engine != "elasticsearch":
        return
    url = os.environ.get("ELASTICSEARCH_URL")
    if not url:
        raise SystemExit(
            "--engine elasticsearch needs a cluster: set ELASTICSEARCH_URL (e.g. ELASTICSEARCH_URL=http://127.0.0.1:9200); "
            "the bench indexes the demo content into its own alias 'spf-relevance' and deletes it afterwards."
        )
    from elasticsearch import Elasticsearch

    try:
        alive = Elasticsearch(url, request_timeout=5).ping()
    except Exception as exc:  # any transport or configuration error: the cluster cannot be used
        alive, reason = False, exc
    else:
        reason = "no answer to ping"
    if not alive:
        raise SystemExit(f"no Elasticsearch cluster answers at ELASTICSEARCH_URL={url} ({reason})")


def measure(database, engine):
    """Prepare a database of its own, run the worker on it, drop it; return the worker's data."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "compendium.settings.test", "SPF_SEARCH_ENGINE": engine}
    env.pop("REDIS_URL", None)  # the local-memory cache: nothing shared with another process
    if engine == "database":
        env.pop("ELASTICSEARCH_URL", None)
    folder = Path(tempfile.mkdtemp(prefix="spf-relevance-"))
    name = f"spf_relevance_{os.getpid()}"
    if database == "sqlite":
        env["DATABASE_URL"] = f"sqlite:///{folder / 'relevance.sqlite3'}"
    else:
        import psycopg

        try:
            with psycopg.connect(f"{_postgres_base()}/postgres", autocommit=True, connect_timeout=5) as conn:
                conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
                conn.execute(f"CREATE DATABASE {name}")
        except psycopg.OperationalError as exc:
            raise SystemExit(f"PostgreSQL is not available at {_postgres_base()} (set BENCH_POSTGRES_URL): {exc}") from exc
        env["DATABASE_URL"] = f"{_postgres_base()}/{name}"
    output = folder / "results.json"
    try:
        command = [sys.executable, str(Path(__file__).resolve()), "--worker", str(output), "--engine", engine]
        # Migrations print modeltranslation's schema notes: shown only if the worker fails.
        done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
        if done.returncode:
            sys.stderr.write(done.stdout[-3000:] + done.stderr[-6000:])
            raise SystemExit(f"{NAMES[database]}: the worker failed (exit status {done.returncode})")
        return json.loads(output.read_text(encoding="utf-8"))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        if database == "postgresql":
            import psycopg

            with psycopg.connect(f"{_postgres_base()}/postgres", autocommit=True) as conn:
                conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def comparison(runs):
    """Overall metrics of several runs side by side (one column per run)."""
    names = list(runs)
    lines = [f"| metric | {' | '.join(names)} |", "| --- | " + " | ".join("---:" for _name in names) + " |"]
    summaries = {name: summarize(results) for name, results in runs.items()}
    for metric in (*METRICS, "zero-result rate"):
        lines.append(f"| {metric} | {' | '.join(f'{summaries[name][metric]:.3f}' for name in names)} |")
    found = " | ".join(f"{summaries[name]['nothing found something']} / {summaries[name]['nothing']}" for name in names)
    lines.append(f"| should-find-nothing that found something | {found} |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database", choices=["sqlite", "postgresql", "both"], default="sqlite")
    parser.add_argument("--engine", choices=["database", "elasticsearch"], default="database")
    parser.add_argument("--json", metavar="PATH", help="also write every query's ranked slugs and the summaries as JSON")
    parser.add_argument("--worker", metavar="OUTPUT", help=argparse.SUPPRESS)  # internal: one database, in its own process
    args = parser.parse_args()
    if args.worker:
        _worker(args.worker, args.engine)
        return
    _check_engine(args.engine)
    sys.path.insert(0, str(ROOT))
    from bench.run import machine  # the benchmarks' one description of the machine

    print(f"`{' '.join(['python bench/relevance.py', *sys.argv[1:]])}` on {machine()}\n", flush=True)
    queries = load_golden()
    databases = ["sqlite", "postgresql"] if args.database == "both" else [args.database]
    runs, dump = {}, {"date": time.strftime("%Y-%m-%d"), "engine": args.engine, "runs": {}}
    for database in databases:
        started = time.monotonic()
        data = measure(database, args.engine)
        results = list(zip(queries, data["results"], strict=True))
        title = f"{NAMES[database]}, {args.engine} engine"
        runs[title] = results
        print(
            report(
                results,
                f"{title} ({time.strftime('%Y-%m-%d')}; prepared in {data['prepare_seconds']} s, "
                f"{round(time.monotonic() - started)} s in all)",
            ),
            flush=True,
        )
        dump["runs"][title] = {
            "overall": summarize(results),
            "languages": by_language(results),
            "kinds": by_kind(results),
            "queries": [{"q": q["q"], "lang": q.get("lang", "en"), "label": label(q), "kind": q["kind"], "ranked": r} for q, r in results],
        }
    if len(runs) > 1:
        print("### Side by side\n")
        print(comparison(runs))
    if args.json:
        Path(args.json).write_text(json.dumps(dump, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
