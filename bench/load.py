"""HTTP load: the production server as `make run` starts it, driven by wrk over the page types.

    python bench/load.py --size 1000 --database sqlite --seconds 10

Prepares a database of its own (demo content + N synthetic case studies), starts gunicorn
(2 workers, production settings) on a free loopback port, then for each page type runs wrk
(2 threads, 16 connections, bounded in time) over a list of URLs of that type, so caches do not
hide the work, and prints requests/s, latency p50/p95/p99, SQL queries per request, the count of
non-2xx/3xx answers, and the ratio to the bare endpoint (/ping) served by the same server in the
same run, and the memory of each worker. wrk comes from Debian (./scripts/system-deps.sh --bench).
`python bench/run.py` runs this for every database and size, with and without the page cache.
"""

import argparse
import concurrent.futures
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORKERS = 2  # as `make run` starts gunicorn
sys.path.insert(0, str(ROOT / "bench"))
from run import RESULTS, database_url, prepare  # noqa: E402

WRK_SCRIPT = """
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do paths[#paths + 1] = line end
local index = 0
request = function()
  index = index % #paths + 1
  return wrk.format("GET", paths[index])
end
done = function(summary, latency, requests)
  io.write(string.format(
    "JSON{\\"p50\\": %.2f, \\"p95\\": %.2f, \\"p99\\": %.2f, \\"requests\\": %d, \\"errors\\": %d, \\"status\\": %d}\\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
"""


QUESTIONS = ("search (text + 3 facets)", "api/search", "api/match")  # answered afresh: no stored page


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def page_paths(env):
    """URLs per page type, read from the prepared database."""
    script = r"""
import json, random
from casestudies.models import CaseStudyPage
from experts.models import ExpertPage
from events.models import EventPage
from compendium.pages.models import ChapterPage, CountryPage
from compendium.ops.synthetic import WORDS, COUNTRIES
rng = random.Random(5)
def urls(qs, n=200):
    pages = list(qs.live().order_by("?")[:n])
    return [page.get_url() for page in pages]
themes = ["coordination", "outreach", "integrated-packages", "employment", "economic-sectors", "mis"]
guarantees = ["health", "children", "working-age", "elderly"]
def search_url():
    words = "+".join(rng.sample(WORDS, 2))
    return f"/en/search/?q={words}&theme={rng.choice(themes)}&guarantee={rng.choice(guarantees)}&country={rng.choice(COUNTRIES)}"
search = [search_url() for _ in range(300)]
print(json.dumps({
    "home": ["/en/", "/km/", "/fr/", "/lo/"],
    "chapter": urls(ChapterPage.objects.all()),
    "case study": urls(CaseStudyPage.objects.all()),
    "expert": urls(ExpertPage.objects.all()),
    "event": urls(EventPage.objects.all()),
    "country profile": urls(CountryPage.objects.all()),
    "search (text + 3 facets)": search,
    "api/search": [path.replace("/en/search/", "/api/search/") for path in search],
    "api/match": [f"/api/match/?country={code}&theme={rng.choice(themes)}" for code in COUNTRIES],
}))
"""
    output = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "shell", "-c", script], env=env, check=True, capture_output=True, text=True
    )
    return json.loads(output.stdout.strip().splitlines()[-1])


def wrk(url, paths, seconds, connections, script):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
        handle.write("\n".join(paths))
    env = {**os.environ, "BENCH_PATHS": handle.name}
    output = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "-s", script, url], env=env, capture_output=True, text=True
    ).stdout
    os.unlink(handle.name)
    data = json.loads(re.search(r"JSON(\{.*\})", output).group(1))
    data["rps"] = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    data["non_2xx"] = int(non_2xx.group(1)) if non_2xx else 0
    return data


def query_count(url):
    with urllib.request.urlopen(url) as response:
        return int(response.headers.get("X-Query-Count", "-1"))


def worker_memory(master_pid):
    """Resident and peak resident memory (MB) of each gunicorn worker, read from /proc."""
    try:
        children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    except OSError:
        return []
    sizes = []
    for pid in children:
        try:
            status = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
        except OSError:
            continue
        sizes.append({"rss_mb": int(status["VmRSS"].split()[0]) // 1024, "peak_mb": int(status["VmHWM"].split()[0]) // 1024})
    return sizes


def run_load(database, size, seconds=10, connections=16, page_cache=False, prepare_database=True, read_model=True, pages=None):
    """Serve a prepared database with gunicorn and drive every page type with wrk; returns the rows.

    With the read model on (compendium/core/read_model.py), every URL is visited once before the
    measure: a publish draws its page, but the bench's volume is loaded in bulk (deferred), so this
    stands in for the publishes. With it off, every view draws its page (the old path)."""
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install wrk (or ./scripts/system-deps.sh --bench)")
    RESULTS.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "DATABASE_URL": database_url(database, size), "DJANGO_SETTINGS_MODULE": "compendium.settings.dev"}
    if prepare_database:
        prepare(database, size, env)
    paths = page_paths(env)
    port = free_port()
    state_dir = tempfile.mkdtemp(prefix="spf-bench-state-")
    server_env = {
        **env,
        "DJANGO_SETTINGS_MODULE": "compendium.settings.production",
        "SECRET_KEY": "bench-only-secret-key-" + "x" * 40,
        "SECURE_SSL_REDIRECT": "false",
        "SPF_BASE_URL": f"http://127.0.0.1:{port}",
        "SPF_QUERY_COUNT_HEADER": "1",
        "SPF_API_RATE_LIMIT": "100000000",
        "SPF_PAGE_CACHE_SECONDS": "300" if page_cache else "0",
        "SPF_READ_MODEL": "1" if read_model else "0",
        "SPF_STATE_DIR": state_dir,
        "LOG_LEVEL": "WARNING",
    }
    # As deployed: SQLite is the embedded default with each worker's local-memory cache;
    # PostgreSQL is production, with the page cache and version stamps shared in Redis.
    server_env.pop("REDIS_URL", None)
    redis_url = shared_cache(database)
    if redis_url:
        server_env["REDIS_URL"] = redis_url
    subprocess.run([sys.executable, str(ROOT / "manage.py"), "collectstatic", "--noinput", "-v", "0"], env=server_env, check=True)
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "compendium.wsgi:application", "--bind", f"127.0.0.1:{port}"]
        + ["--workers", str(WORKERS), "--log-level", "warning", "--timeout", "120"],
        cwd=ROOT,
        env=server_env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(f"{base}/ping")
                break
            except OSError:
                time.sleep(0.2)
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
            handle.write(WRK_SCRIPT)
        script = handle.name
        rows = [("bare /ping", wrk(base, ["/ping"], seconds, connections, script), 0)]
        for name, urls in paths.items():
            if not urls or (pages and name not in pages):
                continue
            # Warm-up: with the page cache on, every URL (the measure is of repeat views), until
            # each worker has served it when each has a local-memory cache of its own; with the read
            # model, every page it stores (as a publish would have drawn them); otherwise a few, so
            # both workers have loaded their code and connections. Searches are never stored: each
            # is new to the server when measured.
            stored = page_cache or (read_model and name not in QUESTIONS)
            warm = urls if stored else random.Random(1).sample(urls, min(3, len(urls)))
            with concurrent.futures.ThreadPoolExecutor(4) as pool:
                list(pool.map(lambda url: visit(base + url, workers=1 if redis_url or not page_cache else WORKERS), warm))
            result = wrk(base, urls, seconds, connections, script)
            rows.append((name, result, query_count(base + urls[0])))
        memory = worker_memory(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(state_dir, ignore_errors=True)
    return {
        "database": database,
        "size": size,
        "page_cache": page_cache,
        "read_model": read_model,
        "seconds": seconds,
        "connections": connections,
        "rows": [{"page": name, **result, "queries": queries} for name, result, queries in rows],
        "workers": memory,
        "cache": "Redis" if redis_url else "local memory",
    }


def visit(url, workers):
    """GET `url` until `workers` different workers have answered it (X-Worker, a bench-only header)."""
    seen = set()
    for _ in range(10 * workers):
        with urllib.request.urlopen(url, timeout=120) as response:
            response.read()
            seen.add(response.headers.get("X-Worker"))
        if len(seen) >= workers:
            return


def shared_cache(database):
    """The Redis URL for a PostgreSQL run (emptied first), or None: SQLite, or no Redis running."""
    if database != "postgres":
        return None
    import redis

    url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
    try:
        redis.Redis.from_url(url).flushdb()
    except redis.RedisError as error:
        print(f"no Redis at {url} ({error}): PostgreSQL runs with local-memory caches")
        return None
    return url


def print_table(run):
    bare = run["rows"][0]["rps"]
    memory = ", ".join(f"{worker['rss_mb']} MB (peak {worker['peak_mb']})" for worker in run["workers"]) or "unknown"
    print(
        f"HTTP load, {run['database']}, N = {run['size']} ({time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, gunicorn 2 workers, "
        f"wrk -t2 -c{run['connections']} -d{run['seconds']}s, page cache {'on' if run['page_cache'] else 'off'}, "
        f"read model {'on' if run.get('read_model', True) else 'off'}, "
        f"{run.get('cache', 'local memory')}); workers: {memory}"
    )
    print(f"{'page':<26}{'req/s':>9}{'x bare':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'queries':>9}{'non-2xx':>9}{'errors':>8}")
    for row in run["rows"]:
        print(
            f"{row['page']:<26}{row['rps']:>9.1f}{row['rps'] / bare:>8.1%}{row['p50']:>9.1f}{row['p95']:>9.1f}{row['p99']:>9.1f}"
            f"{row['queries']:>9}{row['non_2xx']:>9}{row['errors']:>8}"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--no-prepare", action="store_true", help="reuse the database of an earlier run")
    parser.add_argument("--page-cache", action="store_true", help="turn the anonymous page cache on (off: the honest path)")
    parser.add_argument("--no-read-model", action="store_true", help="draw every page on every view (the path before the read model)")
    parser.add_argument("--pages", help="only these page types, comma-separated (e.g. 'search (text + 3 facets),api/search')")
    args = parser.parse_args()
    pages = [name.strip() for name in args.pages.split(",")] if args.pages else None
    run = run_load(
        args.database, args.size, args.seconds, args.connections, args.page_cache, not args.no_prepare, not args.no_read_model, pages
    )
    print_table(run)
    name = f"load-{args.database}-{args.size}{'-cached' if args.page_cache else ''}.json"
    (RESULTS / name).write_text(json.dumps(run, indent=2))


if __name__ == "__main__":
    main()
