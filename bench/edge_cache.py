"""The edge cache's throughput and purge latency: `python bench/edge_cache.py` (one command).

Prepares a SQLite database as bench/run.py does (migrations, the demo content, N synthetic case
studies), serves it with gunicorn as `make run` does (production settings, page cache off, the
edge-cache headers on), puts Debian's Varnish (deploy/varnish/default.vcl) in front on another
loopback port, and measures with wrk, in the same run:

- the bare /ping served by gunicorn (the baseline every ratio is to);
- a case study, uncached, straight from gunicorn (the honest path);
- the same case studies through Varnish (repeat views: served from its store);
- purge latency: a publish made here (Django in this process, on the same database) until the
  first answer through Varnish shows the new title, over several publishes (median and max).

Needs varnishd and wrk (./scripts/system-deps.sh --bench --varnish). Prints a table and writes
bench/results/edge_cache.md.

    python bench/edge_cache.py                      # N = 1,000, 10 s per row
    python bench/edge_cache.py --size 1000 --seconds 5 --reuse
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from load import WRK_SCRIPT, free_port, wrk  # noqa: E402
from run import RESULTS, database_url, prepare  # noqa: E402

VCL = ROOT / "deploy" / "varnish" / "default.vcl"


def wait_for(url, seconds=30):
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode()


def purge_latency(varnish, env, publishes):
    """Seconds from each publish's commit to the first answer through Varnish with the new title."""
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from casestudies.models import CaseStudyPage

    page = CaseStudyPage.objects.live().public().order_by("pk").first()
    url = varnish + page.url
    fetch(url)
    timings = []
    for number in range(publishes):
        fetch(url)  # in Varnish's store
        title = f"Edge bench {number} {time.time():.0f}"
        page.title_en = title
        page.save_revision().publish()
        started = time.monotonic()
        while title not in fetch(url):
            if time.monotonic() - started > 10:
                raise SystemExit("the publish was not seen through Varnish within 10 s")
        timings.append(time.monotonic() - started)
    return timings


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--publishes", type=int, default=10)
    parser.add_argument("--reuse", action="store_true", help="use the database a previous run prepared")
    args = parser.parse_args()
    for tool in ("wrk", "varnishd"):
        if not shutil.which(tool) and not Path(f"/usr/sbin/{tool}").exists():
            sys.exit(f"{tool} is not installed: ./scripts/system-deps.sh --bench --varnish")
    RESULTS.mkdir(parents=True, exist_ok=True)
    env = {"DATABASE_URL": database_url("sqlite", args.size), "DJANGO_SETTINGS_MODULE": "compendium.settings.dev"}
    if not args.reuse:
        prepare("sqlite", args.size, {**os.environ, **env})
    app_port, cache_port = free_port(), free_port()
    app, varnish = f"http://127.0.0.1:{app_port}", f"http://127.0.0.1:{cache_port}"
    state_dir = tempfile.mkdtemp(prefix="spf-edge-bench-")
    server_env = {
        **os.environ,
        **env,
        "DJANGO_SETTINGS_MODULE": "compendium.settings.production",
        "SECRET_KEY": "bench-only-secret-key-" + "x" * 40,
        "SECURE_SSL_REDIRECT": "false",
        "SPF_BASE_URL": app,
        "SPF_API_RATE_LIMIT": "100000000",
        "SPF_PAGE_CACHE_SECONDS": "0",
        "SPF_EDGE_CACHE_SECONDS": "600",
        "SPF_EDGE_CACHE_URL": varnish,
        "SPF_STATE_DIR": state_dir,
        "LOG_LEVEL": "WARNING",
    }
    server_env.pop("REDIS_URL", None)
    subprocess.run([sys.executable, str(ROOT / "manage.py"), "collectstatic", "--noinput", "-v", "0"], env=server_env, check=True)
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "compendium.wsgi:application", "--bind", f"127.0.0.1:{app_port}"]
        + ["--workers", "2", "--log-level", "warning", "--timeout", "120"],
        cwd=ROOT,
        env=server_env,
    )
    vcl = Path(state_dir) / "bench.vcl"
    vcl.write_text(VCL.read_text().replace('.port = "8000";', f'.port = "{app_port}";'))
    varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
    cache = subprocess.Popen(
        [
            varnishd,
            "-F",
            "-j",
            "none",
            "-n",
            str(Path(state_dir) / "varnish"),
            "-a",
            f"127.0.0.1:{cache_port}",
            "-f",
            str(vcl),
            "-s",
            "malloc,256m",
        ],
        stdout=subprocess.DEVNULL,
    )
    script = Path(state_dir) / "wrk.lua"
    script.write_text(WRK_SCRIPT)
    try:
        wait_for(app + "/ping")
        wait_for(varnish + "/ping")
        sys.path.insert(0, str(ROOT))
        paths = json.loads(
            subprocess.run(
                [
                    sys.executable,
                    "-c",
                    "import django, json; django.setup(); from casestudies.models import CaseStudyPage; "
                    "print(json.dumps([p.url for p in CaseStudyPage.objects.live().public().order_by('pk')[:200]]))",
                ],
                env={**os.environ, **env},
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        for path in paths:  # into Varnish's store
            fetch(varnish + path)
        rows = [
            ("bare /ping (gunicorn)", wrk(app, ["/ping"], args.seconds, args.connections, str(script))),
            ("case study, uncached (gunicorn)", wrk(app, paths, args.seconds, args.connections, str(script))),
            ("case study through Varnish", wrk(varnish, paths, args.seconds, args.connections, str(script))),
        ]
        timings = purge_latency(
            varnish, {**env, "SPF_EDGE_CACHE_URL": varnish, "SPF_PAGE_CACHE_SECONDS": "0", "SPF_STATE_DIR": state_dir}, args.publishes
        )
    finally:
        cache.terminate()
        server.terminate()
        cache.wait(timeout=30)
        server.wait(timeout=30)
        shutil.rmtree(state_dir, ignore_errors=True)
    bare = rows[0][1]["rps"]
    lines = [
        f"Edge cache, SQLite N = {args.size:,}, wrk -t2 -c{args.connections} -d{args.seconds}s, {time.strftime('%Y-%m-%d')}",
        "",
        "| what | req/s | vs bare | p50 ms | p95 ms |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name, result in rows:
        lines.append(f"| {name} | {result['rps']:,.0f} | {100 * result['rps'] / bare:.0f} % | {result['p50']:.1f} | {result['p95']:.1f} |")
    lines.append(
        f"| purge on publish, until Varnish serves the new title ({len(timings)} publishes) | | | "
        f"median {1000 * statistics.median(timings):.0f} ms | max {1000 * max(timings):.0f} ms |"
    )
    text = "\n".join(lines)
    print(text)
    (RESULTS / "edge_cache.md").write_text(text + "\n")


if __name__ == "__main__":
    main()
