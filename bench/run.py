"""One command for the benchmarks: `make bench` (or `python bench/run.py`).

For each database and size it prepares a fresh database of its own (never the development one):
migrations, the demo content, then N synthetic case studies from a fixed seed. Then it measures

1. search and match latency in-process (bench/search_latency.py), as ratios to one indexed row;
2. HTTP load (bench/load.py): gunicorn as `make run` starts it, wrk over every page type, with
   the page cache off (the honest path) and on (repeat views), as ratios to the bare /ping
   served by the same server in the same run, plus the memory of each worker.

It prints one table per run and writes bench/results/latest.json and bench/results/latest.md
(the tables of the README, with the date and the machine).

    python bench/run.py                                   # SQLite 1k, 10k; PostgreSQL 1k, 10k, 100k
    python bench/run.py --cases sqlite:1000 --seconds 5   # a quick look
    python bench/run.py --cases postgres:100000 --reuse   # measure again without regenerating
    python bench/run.py --cases postgres:100000 --prepare-only   # generate now, measure later
"""

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
RESULTS = ROOT / "bench" / "results"
DEFAULT_CASES = ["sqlite:1000", "sqlite:10000", "postgres:1000", "postgres:10000", "postgres:100000"]
NAMES = {"sqlite": "SQLite", "postgres": "PostgreSQL"}


def database_url(database, size):
    if database == "sqlite":
        return f"sqlite:///{RESULTS / f'bench-{size}.sqlite3'}"
    base = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")
    return f"{base}/spf_bench_{size}"


def prepare(database, size, env):
    if database == "sqlite":
        for suffix in ("", "-wal", "-shm"):
            path = RESULTS / f"bench-{size}.sqlite3{suffix}"
            path.unlink(missing_ok=True)
    else:
        import psycopg

        base = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")
        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS spf_bench_{size} WITH (FORCE)")
            conn.execute(f"CREATE DATABASE spf_bench_{size}")
    manage = [PYTHON, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v", "0"], env=env, check=True, stdout=subprocess.DEVNULL)
    # The demo content first: its country profiles (with their stated needs) are the ones the
    # volume then fills, so country pages and matching are measured with real needs to rank.
    subprocess.run([*manage, "load_demo_data"], env=env, check=True, stdout=subprocess.DEVNULL)
    subprocess.run([*manage, "generate_volume", "--count", str(size)], env=env, check=True, stdout=subprocess.DEVNULL)


def latency(database, size):
    env = {**os.environ, "DATABASE_URL": database_url(database, size), "DJANGO_SETTINGS_MODULE": "compendium.settings.dev"}
    env.pop("REDIS_URL", None)
    output = subprocess.run([PYTHON, str(ROOT / "bench" / "search_latency.py")], env=env, check=True, capture_output=True, text=True)
    return json.loads(output.stdout.strip().splitlines()[-1])


def machine():
    model = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")),
        platform.machine(),
    )
    meminfo = Path("/proc/meminfo").read_text().splitlines()
    memory = next(int(line.split()[1]) // 1024 // 1024 for line in meminfo if line.startswith("MemTotal"))
    return f"{os.cpu_count()} cores ({model}), {memory} GiB, Python {platform.python_version()}"


def markdown(report):
    """The README's tables from a report."""
    lines = [f"Run of {report['date']} on {report['machine']}; `{report['command']}`.", ""]
    lines += [
        "Search and match latency in-process, milliseconds (ratios to one indexed row's p95):",
        "",
        "| database | N | ranked + 3 facets p50 | p95 | × row | words new p50 | words new p95 | facets only p95 | match p50 | match p95 |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for case in report["cases"]:
        lat = case["latency"]
        cold = lat.get("ranked_3_facets_cold", {"p50": "–", "p95": "–"})  # every word new since the last publish
        lines.append(
            f"| {NAMES[case['database']]} | {case['size']:,} | {lat['ranked_3_facets']['p50']} | {lat['ranked_3_facets']['p95']} | "
            f"{lat['ranked_3_facets']['ratio_p95']} | {cold['p50']} | {cold['p95']} | {lat['facets_only']['p95']} | "
            f"{lat['match']['p50']} | {lat['match']['p95']} |"
        )
    for case in report["cases"]:
        off, on = case["load"]["off"], case["load"]["on"]
        drawn_run = case["load"].get("drawn", {"rows": []})
        bare_off, bare_on = off["rows"][0]["rps"], on["rows"][0]["rps"]
        cached = {row["page"]: row for row in on["rows"]}
        drawn = {row["page"]: row for row in drawn_run["rows"]}
        bare_drawn = drawn_run["rows"][0]["rps"] if drawn_run["rows"] else 0
        workers = ", ".join(f"{w['peak_mb']} MB" for w in off["workers"] + on["workers"]) or "unknown"
        lines += [
            "",
            f"HTTP load, {NAMES[case['database']]}, N = {case['size']:,} "
            f"(wrk -t2 -c{off['connections']}, {off['seconds']} s per page type; page cache in {on.get('cache', 'local memory')}; "
            f"worker peak memory: {workers}):",
            "",
            "| page | cache off: req/s | × bare | p50 ms | p95 ms | p99 ms | queries | read model off: req/s | × bare | queries "
            "| cache on: req/s | × bare | p95 ms |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for row in off["rows"]:
            hot = cached.get(row["page"], {})
            cold = drawn.get(row["page"], {})
            lines.append(
                f"| {row['page']} | {row['rps']:.0f} | {row['rps'] / bare_off:.1%} | {row['p50']:.0f} | {row['p95']:.0f} "
                f"| {row['p99']:.0f} | {row['queries']} | {cold.get('rps', 0):.0f} | {cold.get('rps', 0) / (bare_drawn or 1):.1%} "
                f"| {cold.get('queries', '')} | {hot.get('rps', 0):.0f} | {hot.get('rps', 0) / bare_on:.1%} | {hot.get('p95', 0):.0f} |"
            )
        failures = sum(row["non_2xx"] + row["errors"] for run in (off, drawn_run, on) for row in run["rows"])
        lines.append(f"\nNon-2xx answers and socket errors in this case: {failures}.")
    return "\n".join(lines) + "\n"


def main():
    sys.path.insert(0, str(ROOT / "bench"))
    from load import print_table, run_load

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", nargs="+", default=DEFAULT_CASES, help="database:size, e.g. sqlite:1000 postgres:100000")
    parser.add_argument("--seconds", type=int, default=10, help="wrk's duration per page type")
    parser.add_argument("--reuse", action="store_true", help="measure the databases of an earlier run again")
    parser.add_argument("--prepare-only", action="store_true", help="prepare the databases and stop (then measure with --reuse)")
    args = parser.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    command = " ".join(["python bench/run.py", *sys.argv[1:]])
    report = {"date": time.strftime("%Y-%m-%d"), "machine": machine(), "command": command, "cases": []}
    for case in args.cases:
        database, size = case.split(":")
        size = int(size)
        started = time.monotonic()
        if not args.reuse:
            env = {**os.environ, "DATABASE_URL": database_url(database, size), "DJANGO_SETTINGS_MODULE": "compendium.settings.dev"}
            env.pop("REDIS_URL", None)
            prepare(database, size, env)
        prepared = round(time.monotonic() - started)
        print(f"== {NAMES[database]}, N = {size:,}: prepared in {prepared} s", flush=True)
        if args.prepare_only:
            continue
        result = {"database": database, "size": size, "prepare_seconds": prepared, "latency": latency(database, size), "load": {}}
        lat = result["latency"]
        print(
            f"search ranked + 3 facets p50 {lat['ranked_3_facets']['p50']} ms, p95 {lat['ranked_3_facets']['p95']} ms; "
            f"facets only p95 {lat['facets_only']['p95']} ms; match p50 {lat['match']['p50']} ms, p95 {lat['match']['p95']} ms",
            flush=True,
        )
        # Page cache off with the read model (the uncached path), off without it (every view drawn), on.
        for mode, cached, read_model in (("off", False, True), ("drawn", False, False), ("on", True, True)):
            run = run_load(database, size, seconds=args.seconds, page_cache=cached, prepare_database=False, read_model=read_model)
            print_table(run)
            result["load"][mode] = run
        report["cases"].append(result)
        (RESULTS / "latest.json").write_text(json.dumps(report, indent=2))
        (RESULTS / "latest.md").write_text(markdown(report))
    if report["cases"]:
        print()
        print(markdown(report))


if __name__ == "__main__":
    main()
