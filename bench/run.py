"""One command for the benchmarks: `make bench` (or `python bench/run.py --sizes 1000 10000 --databases sqlite postgres`).

For each database and size it prepares a fresh database of its own (never the development one),
generates the synthetic volume from a fixed seed, and runs bench/search_latency.py, then prints
a table. Results are also written to bench/results/latest.json.
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


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--databases", nargs="+", default=["sqlite", "postgres"], choices=["sqlite", "postgres"])
    args = parser.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    rows = []
    for database in args.databases:
        for size in args.sizes:
            env = {**os.environ, "DATABASE_URL": database_url(database, size), "DJANGO_SETTINGS_MODULE": "compendium.settings.dev"}
            started = time.monotonic()
            prepare(database, size, env)
            prepared = time.monotonic() - started
            output = subprocess.run(
                [PYTHON, str(ROOT / "bench" / "search_latency.py")], env=env, check=True, capture_output=True, text=True
            )
            result = json.loads(output.stdout.strip().splitlines()[-1])
            result.update({"database": database, "size": size, "prepare_seconds": round(prepared, 1)})
            rows.append(result)
            print(f"  {database} N={size}: prepared in {prepared:.0f} s", file=sys.stderr)
    header = (
        f"{'database':<10}{'N':>7}{'items':>8}{'base p95':>10}{'ranked+3f p50':>15}{'p95':>8}{'x base':>8}"
        f"{'facets p50':>12}{'p95':>8}{'x base':>8}{'match p50':>11}{'p95':>8}"
    )
    print(f"Search latency, ms ({time.strftime('%Y-%m-%d')}, {platform.machine()}, {os.cpu_count()} cores)")
    print(header)
    for row in rows:
        ranked, browse = row["ranked_3_facets"], row["facets_only"]
        print(
            f"{row['database']:<10}{row['size']:>7}{row['items']:>8}{row['baseline']['p95']:>10}{ranked['p50']:>15}{ranked['p95']:>8}"
            f"{ranked['ratio_p95']:>8}{browse['p50']:>12}{browse['p95']:>8}{browse['ratio_p95']:>8}"
            f"{row['match']['p50']:>11}{row['match']['p95']:>8}"
        )
    match = subprocess.run([PYTHON, str(ROOT / "bench" / "match_latency.py")], check=True, capture_output=True, text=True)
    pure = json.loads(match.stdout.strip().splitlines()[-1])
    print(
        f"Matching in memory, {pure['countries']} countries x {pure['case_studies']} case studies x {pure['experts']} experts: "
        f"p50 {pure['rank']['p50']} ms, p95 {pure['rank']['p95']} ms ({pure['ratio_p95']}x one plain pass over the records)"
    )
    (RESULTS / "latest.json").write_text(json.dumps({"search": rows, "matching": pure}, indent=2))


if __name__ == "__main__":
    main()
