"""Load plus outages: what visitors get while Redis, PostgreSQL or Elasticsearch is away.

    .venv/bin/python bench/faults.py                 # all three scenarios, ~25 s of load each
    .venv/bin/python bench/faults.py --scenarios redis --seconds 15

Starts everything it needs on free loopback ports and stops it again (also on failure): its own
Redis and its own PostgreSQL cluster (initdb in a temporary directory; as the `postgres` OS user
when run as root), migrates and loads the demo content, collects the static files, then serves
the site with gunicorn (2 workers, production settings, Redis as the shared cache). For each
scenario it drives a bounded load (4 threads, GETs round-robin over ~10 page and API URLs) for
`--seconds`: a third before the outage, the outage itself (`--outage` seconds: the server
stopped, or Elasticsearch configured at a port where nothing listens), the rest after the
restart. Every other request is a first view (a unique `_v=` parameter, so the page cache cannot
answer it and it reaches the database and the search engine), the others repeat views. It prints
one table and writes it to bench/results/faults-latest.md:

    scenario | requests | 2xx | 5xx other than 503 | 503 | other | socket errors | p95 ms
             | recovery s | not 2xx after restart | statuses

"recovery s" is the time from the restart to the first 2xx answer to a first view; "-" when the
scenario never failed. The "publish" scenario measures how soon a change is seen: another process
publishes a new title for a case study both workers hold in the page cache, and the clock runs
from its commit until 20 reads in a row show the new title. Takes ~5 minutes on 2 cores (~2.5 of them to migrate, load the demo and
collect the static files). The server helpers here (free_port, RedisServer, PostgresCluster,
Site) are also used by tests/core/test_outages.py.
"""

import argparse
import atexit
import collections
import contextlib
import http.client
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
VENV_BIN = Path(sys.executable).parent
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"
# initdb is often a symbolic link (/usr/local/bin/initdb -> /usr/lib/postgresql/15/bin/initdb):
# pg_ctl, pg_dump and psql are found next to its target.
PG_BIN = next(
    (Path(p).resolve().parent for p in (shutil.which("initdb"), "/usr/local/bin/initdb") if p and Path(p).exists()),
    None,
)

# Page and API URLs of the demo content, one per kind (the case study is looked up at start-up).
URLS = [
    "/en/",
    "/km/",
    "/en/guide/",
    "/en/search/?q=health",
    "/api/search/?q=health",
    "/api/match/?country=KH",
    "/en/countries/kh/",
    "/fr/",
    "/en/experts/",
    "/en/events/",
]

_cleanups = []


def _run_cleanups():
    while _cleanups:
        with contextlib.suppress(Exception):
            _cleanups.pop()()


atexit.register(_run_cleanups)


def free_port():
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port, seconds=20.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
        time.sleep(0.05)
    return False


def _stop_process(process, seconds=10):
    """Terminate a process this module started (by its own pid) and reap it; kill if it lingers."""
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=seconds)


# --- Redis -----------------------------------------------------------------------------------


class RedisServer:
    """redis-server on a free loopback port, no persistence; stop() and start() keep the port."""

    def __init__(self, port=None):
        self.port = port or free_port()
        self.dir = tempfile.mkdtemp(prefix="spf-faults-redis-")
        self.process = None
        _cleanups.append(self.close)

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        command = [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        command += ["--dir", self.dir, "--daemonize", "no", "--logfile", os.path.join(self.dir, "redis.log")]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if not wait_for_port(self.port, 15):
            self.stop()
            raise RuntimeError(f"redis-server did not start on port {self.port}: {self.log()}")
        return self

    def stop(self):
        _stop_process(self.process)
        self.process = None

    def log(self):
        with contextlib.suppress(OSError):
            return Path(self.dir, "redis.log").read_text()[-2000:]
        return ""

    def close(self):
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


# --- PostgreSQL ------------------------------------------------------------------------------


def postgres_unavailable_reason():
    """None when this machine can run a throwaway PostgreSQL cluster, else why not."""
    if PG_BIN is None or not (PG_BIN / "pg_ctl").exists():
        return "PostgreSQL's initdb / pg_ctl are not installed"
    if os.geteuid() == 0:
        import pwd

        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no `postgres` OS user to run initdb / postgres as"
        if not shutil.which("runuser"):
            return "running as root and runuser is missing (initdb refuses to run as root)"
    return None


class PostgresCluster:
    """A throwaway cluster (trust auth, no fsync) in a temporary directory on a free port."""

    def __init__(self, port=None):
        self.port = port or free_port()
        self.dir = tempfile.mkdtemp(prefix="spf-faults-pg-")
        self.data = os.path.join(self.dir, "data")
        self.logfile = os.path.join(self.dir, "postgres.log")
        self.as_root = os.geteuid() == 0
        if self.as_root:
            import pwd

            entry = pwd.getpwnam("postgres")
            os.chown(self.dir, entry.pw_uid, entry.pw_gid)
        _cleanups.append(self.close)
        self.initialised = False

    def _command(self, *args):
        command = [str(PG_BIN / args[0]), *args[1:]]
        return ["runuser", "-u", "postgres", "--", *command] if self.as_root else command

    def _run(self, *args, timeout=120):
        return subprocess.run(self._command(*args), capture_output=True, text=True, timeout=timeout, check=True)

    def url(self, database):
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def start(self):
        if not self.initialised:
            self._run("initdb", "-D", self.data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8")
            self.initialised = True
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1"
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"  # throwaway data
        try:
            self._run("pg_ctl", "-D", self.data, "-o", options, "-l", self.logfile, "-w", "-t", "30", "start", timeout=60)
        except subprocess.CalledProcessError as error:
            raise RuntimeError(f"pg_ctl start failed: {error.stderr} {self.log()}") from None
        return self

    def stop(self, mode="fast"):
        if self.initialised and os.path.exists(os.path.join(self.data, "postmaster.pid")):
            with contextlib.suppress(subprocess.SubprocessError):
                self._run("pg_ctl", "-D", self.data, "-m", mode, "-w", "-t", "30", "stop", timeout=60)

    def create_database(self, name):
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True, connect_timeout=10) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')

    def log(self):
        with contextlib.suppress(OSError):
            return Path(self.logfile).read_text()[-2000:]
        return ""

    def close(self):
        self.stop("immediate")
        shutil.rmtree(self.dir, ignore_errors=True)

    def restore_from(self, source_url, database):
        """Copy a database (schema and data, e.g. the test run's, with the demo loaded) into `database`
        of this cluster with pg_dump | psql: seconds, where migrate + load_demo_data take minutes."""
        from urllib.parse import urlsplit

        password = urlsplit(source_url).password
        env = {**os.environ, **({"PGPASSWORD": password} if password else {})}
        dump = subprocess.Popen(
            [str(PG_BIN / "pg_dump"), "--no-owner", "--no-privileges", "-d", source_url],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        try:
            load = subprocess.run(
                [str(PG_BIN / "psql"), "-q", "-v", "ON_ERROR_STOP=1", "-d", self.url(database)],
                stdin=dump.stdout,
                capture_output=True,
                text=True,
                timeout=120,
            )
        finally:
            dump.stdout.close()
            dump_error = dump.communicate(timeout=120)[1]
        if dump.returncode or load.returncode:
            raise RuntimeError(f"pg_dump | psql failed: {dump_error.decode()[-2000:]} {load.stderr[-2000:]}")


def production_env(**extra):
    """The environment production settings need, for a throwaway run on the loopback."""
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "ELASTICSEARCH_URL", "SPF_SEARCH_ENGINE", "DATABASE_URL")}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "compendium.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(48),  # 64 characters
            "SECURE_SSL_REDIRECT": "false",
            "SESSION_COOKIE_SECURE": "false",
            "CSRF_COOKIE_SECURE": "false",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SPF_BASE_URL": "http://127.0.0.1",
            "LOG_LEVEL": "WARNING",
            "PYTHONUNBUFFERED": "1",
        }
    )
    env.update(extra)
    return env


def production_cache_config(redis_url):
    """settings.CACHES["default"] exactly as the production settings build it for REDIS_URL=redis_url
    (read in a subprocess, so the tests exercise the deployed options, not a copy of them)."""
    script = "import json; from django.conf import settings; print(json.dumps(settings.CACHES['default'], default=str))"
    env = production_env(REDIS_URL=redis_url, DATABASE_URL="sqlite:///:memory:")
    output = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {script}"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    if output.returncode:
        raise RuntimeError(f"could not read the production cache settings: {output.stderr[-2000:]}")
    return json.loads(output.stdout.strip().splitlines()[-1])


# Static files without collectstatic (40 s on 2 cores): the production settings with the plain
# storage, so {% static %} needs no manifest. Only the tests use it; the bench collects for real.
UNCOLLECTED_STATIC_SETTINGS = """
from compendium.settings.production import *  # noqa: F401,F403
from compendium.settings.production import STORAGES

STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
"""


# --- The site under gunicorn -----------------------------------------------------------------


class Site:
    """The production settings served by gunicorn on a free port, on a prepared database."""

    def __init__(self, database_url, redis_url=None, workers=1, extra_env=None, collect_static=True):
        self.dir = tempfile.mkdtemp(prefix="spf-faults-site-")
        self.port = free_port()
        self.workers = workers
        self.process = None
        self.collect_static = collect_static
        env = production_env(
            DATABASE_URL=database_url,
            SPF_STATE_DIR=os.path.join(self.dir, "state"),
            MEDIA_ROOT=os.path.join(self.dir, "media"),
            STATIC_ROOT=os.path.join(self.dir, "static"),
            CONN_MAX_AGE="0",
            SPF_BASE_URL=f"http://127.0.0.1:{self.port}",
        )
        if not collect_static:
            Path(self.dir, "spf_faults_settings.py").write_text(UNCOLLECTED_STATIC_SETTINGS)
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [self.dir, os.environ.get("PYTHONPATH")]))
            env["DJANGO_SETTINGS_MODULE"] = "spf_faults_settings"
        if redis_url:
            env["REDIS_URL"] = redis_url
        env.update(extra_env or {})
        self.env = env
        _cleanups.append(self.close)

    def manage(self, *args, timeout=300, env=None):
        return subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), *args],
            cwd=ROOT,
            env={**self.env, **(env or {})},
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        )

    def prepare(self, migrate=True, demo=True):
        """migrate, load_demo_data, collectstatic; returns the seconds each took."""
        timings = {}
        # Elasticsearch is only configured at serve time: loading the demo indexes nothing there.
        no_search_engine = {"ELASTICSEARCH_URL": "", "SPF_SEARCH_ENGINE": "database"}
        for name, args in (
            ("migrate", ("migrate", "--noinput", "-v", "0") if migrate else None),
            ("load_demo_data", ("load_demo_data",) if demo else None),
            ("collectstatic", ("collectstatic", "--noinput", "-v", "0") if self.collect_static else None),
        ):
            if args is None:
                continue
            started = time.monotonic()
            try:
                self.manage(*args, env=no_search_engine)
            except subprocess.CalledProcessError as error:
                raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{error.stdout[-3000:]}\n{error.stderr[-3000:]}") from None
            timings[name] = round(time.monotonic() - started, 1)
        return timings

    def start(self, timeout=60):
        command = [str(VENV_BIN / "gunicorn"), "compendium.wsgi:application", "--bind", f"127.0.0.1:{self.port}"]
        command += ["--workers", str(self.workers), "--timeout", "60", "--graceful-timeout", "5", "--log-level", "warning"]
        self.log = open(os.path.join(self.dir, "gunicorn.log"), "a")  # noqa: SIM115 - closed in close()
        self.process = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited: {self.log_text()}")
            with contextlib.suppress(OSError):
                if self.get("/ping", timeout=2)[0] == 200:
                    return self
            time.sleep(0.2)
        raise RuntimeError(f"gunicorn did not answer /ping within {timeout} s: {self.log_text()}")

    def get(self, path, timeout=15):
        """(status, headers, body text) of a GET; raises OSError for connection failures."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request("GET", path, headers={"Host": "127.0.0.1"})
            response = conn.getresponse()
            return response.status, dict(response.getheaders()), response.read().decode("utf-8", "replace")
        finally:
            conn.close()

    def log_text(self, tail=4000):
        with contextlib.suppress(OSError):
            return Path(self.dir, "gunicorn.log").read_text()[-tail:]
        return ""

    def stop(self):
        if self.process is not None:
            _stop_process(self.process, seconds=15)
            self.process = None
            self.log.close()

    def close(self):
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


def case_study_path(site):
    """The URL of one live case study of the demo (read through the site's own API)."""
    status, _headers, body = site.get("/api/v2/pages/?type=casestudies.CaseStudyPage&limit=1&fields=-title")
    if status == 200:
        with contextlib.suppress(Exception):
            url = json.loads(body)["items"][0]["meta"]["html_url"]
            return "/" + url.split("://", 1)[-1].split("/", 1)[1]
    return None


# --- Load --------------------------------------------------------------------------------------


class Load:
    """`threads` clients GETting `urls` round-robin until stopped; every answer is recorded.

    Every other request is a first view: a unique `_v=` parameter (which no view reads) gives it a
    URL the page cache has never seen, so it reaches the database and the search engine; the
    others are repeat views the page cache may answer."""

    def __init__(self, site, urls, threads=4, timeout=15):
        self.site, self.urls, self.threads, self.timeout = site, urls, threads, timeout
        self.records = []  # (monotonic time, fresh, status or None, error class name or "")
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.workers = []
        self.serial = iter(range(10**9))
        self.durations = []

    def _client(self, offset):
        index = offset
        while not self.stopping.is_set():
            path = self.urls[index % len(self.urls)]
            fresh = index % 2 == 1
            index += 1
            if fresh:
                with self.lock:
                    path += ("&" if "?" in path else "?") + f"_v={next(self.serial)}"
            started = time.monotonic()
            try:
                status = self.site.get(path, timeout=self.timeout)[0]
                error = ""
            except (OSError, http.client.HTTPException) as exc:
                status, error = None, type(exc).__name__
                time.sleep(0.05)
            with self.lock:
                self.records.append((time.monotonic(), fresh, status, error))
                self.durations.append(time.monotonic() - started)

    def __enter__(self):
        for offset in range(self.threads):
            thread = threading.Thread(target=self._client, args=(offset * 3,), daemon=True)
            thread.start()
            self.workers.append(thread)
        return self

    def __exit__(self, *exc):
        self.stopping.set()
        for thread in self.workers:
            thread.join(timeout=self.timeout + 5)


def _good(status, error):
    return not error and 200 <= status < 300


def summarise(name, records, restarted_at, durations=()):
    counts = collections.Counter()
    for _at, _fresh, status, error in records:
        if error:
            counts["errors"] += 1
        elif 200 <= status < 300:
            counts["2xx"] += 1
        elif status == 503:
            counts["503"] += 1
        elif status >= 500:
            counts["5xx"] += 1
        else:
            counts["other"] += 1
    failed = any(error or status >= 500 for _at, _fresh, status, error in records)
    recovery, bad_after = None, None
    if restarted_at is not None:
        after = [(at, fresh, status, error) for at, fresh, status, error in records if at >= restarted_at]
        bad_after = sum(1 for _at, _fresh, status, error in after if not _good(status, error))
        if failed:
            # First views only: a repeat view may come from the page cache without the server.
            good = [at for at, fresh, status, error in after if fresh and _good(status, error)]
            recovery = round(min(good) - restarted_at, 2) if good else float("inf")
    statuses = collections.Counter(status if status is not None else error for _at, _fresh, status, error in records)
    return {
        "scenario": name,
        "requests": len(records),
        **{k: counts[k] for k in ("2xx", "503", "5xx", "other", "errors")},
        "recovery": recovery,
        "bad_after": bad_after,
        "p95_ms": round(sorted(durations)[int(len(durations) * 0.95)] * 1000) if durations else None,
        "statuses": dict(statuses),
    }


def run_scenario(name, site, urls, seconds, outage, stop, start, threads=4):
    """Load for `seconds`: `stop()` after a third of it, `start()` `outage` seconds later."""
    before = seconds / 3
    restarted_at = None
    with Load(site, urls, threads=threads) as load:
        time.sleep(before)
        stop()
        time.sleep(outage)
        start()
        restarted_at = time.monotonic()
        time.sleep(max(1.0, seconds - before - outage))
    return summarise(name, load.records, restarted_at, load.durations)


def publish_visible(site, path, reads=20, timeout=10.0):
    """Seconds from a publish's commit, made by another process as an editor's would be, to the
    first of `reads` GETs in a row of the page (both workers, through the page cache, which holds
    the old version until then) that all show the new title; None if not within `timeout`."""
    for _ in range(6):
        site.get(path)  # cached in both workers
    slug = path.rstrip("/").rsplit("/", 1)[-1]
    marker = f"Renamed {secrets.token_hex(4)}"
    script = (
        "import time; from wagtail.models import Page; "
        f"page = Page.objects.get(slug={slug!r}).specific; page.title_en = {marker!r}; "
        "page.save_revision().publish(); print(time.time())"
    )
    committed_at = float(site.manage("shell", "-c", script).stdout.strip().splitlines()[-1])
    in_a_row, streak_started = 0, None
    while time.time() - committed_at < timeout:
        asked_at = time.time()
        status, _headers, body = site.get(path)
        if status == 200 and marker in body:
            in_a_row, streak_started = in_a_row + 1, streak_started or asked_at
        else:
            in_a_row, streak_started = 0, None
        if in_a_row == reads:
            return round(max(0.0, streak_started - committed_at), 3)
    return None


def table(rows):
    lines = [
        "| scenario | requests | 2xx | 5xx other than 503 | 503 | other | socket errors | p95 ms | recovery s "
        "| not 2xx after restart | statuses |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for row in rows:
        recovery = "-" if row["recovery"] is None else ("never" if row["recovery"] == float("inf") else f"{row['recovery']:.2f}")
        statuses = ", ".join(f"{k}: {v}" for k, v in sorted(row["statuses"].items(), key=lambda kv: str(kv[0])))
        lines.append(
            f"| {row['scenario']} | {row['requests']} | {row['2xx']} | {row['5xx']} | {row['503']} | {row['other']} "
            f"| {row['errors']} | {row['p95_ms']} | {recovery} | {'-' if row['bad_after'] is None else row['bad_after']} | {statuses} |"
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    scenarios = ["redis", "postgres", "elasticsearch", "publish"]
    parser.add_argument("--scenarios", nargs="+", default=scenarios, choices=scenarios)
    parser.add_argument("--seconds", type=float, default=25, help="load per scenario (before + outage + after)")
    parser.add_argument("--outage", type=float, default=10, help="seconds the server stays stopped")
    parser.add_argument("--threads", type=int, default=4)
    args = parser.parse_args()
    if reason := postgres_unavailable_reason():
        sys.exit(f"cannot run: {reason}")
    if not Path(REDIS_SERVER).exists():
        sys.exit("cannot run: redis-server is not installed")
    # SIGTERM / Ctrl-C still stop every server this started.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    started = time.monotonic()
    RESULTS.mkdir(parents=True, exist_ok=True)
    try:
        redis_server = RedisServer().start()
        cluster = PostgresCluster().start()
        cluster.create_database("spf_faults")
        print(f"Redis on {redis_server.port}, PostgreSQL on {cluster.port}", flush=True)
        site = Site(cluster.url("spf_faults"), redis_url=redis_server.url, workers=2, extra_env={"SPF_API_RATE_LIMIT": "100000000"})
        timings = site.prepare()
        print(f"prepared: {timings}", flush=True)
        es_port = free_port()  # nothing listens there
        rows = []
        published = None
        for scenario in args.scenarios:
            extra = {}
            if scenario == "elasticsearch":
                extra = {"ELASTICSEARCH_URL": f"http://127.0.0.1:{es_port}", "SPF_SEARCH_ENGINE": "elasticsearch"}
            site.env.update(extra)
            site.start()
            urls = list(URLS)
            if case := case_study_path(site):
                urls.insert(3, case)
            # Warm up: both workers have loaded their code and connections.
            for url in urls * 2:
                with contextlib.suppress(OSError):
                    site.get(url)
            if scenario == "publish":
                seconds = publish_visible(site, case) if case else None
                published = "not seen within 10 s"
                if seconds is not None:
                    published = f"a published title is seen, by every one of 20 reads in a row, {seconds} s after its commit"
                print(f"== publish: {published}", flush=True)
                site.stop()
                continue
            print(f"== {scenario}: {args.seconds:.0f} s of load, {args.threads} threads, {len(urls)} URLs", flush=True)
            if scenario == "redis":
                name = f"Redis stopped {args.outage:.0f} s"
                row = run_scenario(name, site, urls, args.seconds, args.outage, redis_server.stop, redis_server.start, args.threads)
            elif scenario == "postgres":
                name = f"PostgreSQL stopped {args.outage:.0f} s"
                row = run_scenario(name, site, urls, args.seconds, args.outage, cluster.stop, cluster.start, args.threads)
            else:
                # Configured but unreachable for the whole run: nothing to restart.
                with Load(site, urls, threads=args.threads) as load:
                    time.sleep(args.seconds)
                row = summarise("Elasticsearch unreachable", load.records, None, load.durations)
            rows.append(row)
            print(table([row]).splitlines()[-1], flush=True)
            site.stop()
            for key in extra:
                site.env.pop(key, None)
        elapsed = round(time.monotonic() - started)
        report = [
            f"Fault injection of {time.strftime('%Y-%m-%d %H:%M')} on {os.cpu_count()} cores; "
            f"`python bench/faults.py {' '.join(sys.argv[1:])}`.",
            f"gunicorn 2 workers, production settings, PostgreSQL + Redis (own servers), {args.threads} client threads, "
            f"{args.seconds:.0f} s of load per scenario with the outage ({args.outage:.0f} s) after the first third; "
            f"prepare {timings}; whole run {elapsed} s.",
            "Half the requests are first views (a unique `_v=` parameter: the page cache cannot answer them), half repeat views. "
            "Recovery: seconds from the server's restart to the first 2xx answer to a first view ('-': nothing failed).",
            "",
            table(rows),
            "",
        ]
        if published:
            report += [f"Publish (page cache on, Redis): {published}.", ""]
        (RESULTS / "faults-latest.md").write_text("\n".join(report))
        print()
        print("\n".join(report))
        print(f"written to {RESULTS / 'faults-latest.md'}")
    finally:
        _run_cleanups()


if __name__ == "__main__":
    main()
