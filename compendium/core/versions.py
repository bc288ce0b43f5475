"""Version stamps that every worker process sees: bumped when content changes, read on each request.

The caches of derived data (whole pages, the match records, taxonomy labels) hold entries valid
for one version of the content. With a shared cache (Redis) the stamps live in it. With the
default local-memory cache every gunicorn worker has memory of its own, so a stamp kept there
would be bumped in one worker only; the stamps are then the modification times of small files
in SPF_STATE_DIR, which every process on the machine sees at the cost of one stat().

Three promises:
- **After commit.** A change made inside a transaction is announced to other processes only when
  it commits: a reader that rebuilt its memo between the bump and the commit would otherwise keep
  the old rows under the new stamp. The writing process sees its own change at once (a local
  counter is part of the version it reads). A transaction bumps each name once, however many
  pages it publishes.
- **Once per request.** Within a request the stamps are read once (one round trip to Redis), not
  once per fragment; `request_started` / `request_finished` frame that snapshot.
- **The cache may be away.** When the shared cache cannot be reached the version is the current
  second: nothing derived is kept longer than a second, every page is served uncached, and the
  site stays up. A warning is logged (at most every ten seconds).
"""

import functools
import logging
import os
import threading
import time
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import connection, transaction

log = logging.getLogger(__name__)

NAMES = ("pages", "matching", "taxonomy", "search", "readmodel")
PROCESS_LOCAL_BACKENDS = ("django.core.cache.backends.locmem.LocMemCache", "django.core.cache.backends.dummy.DummyCache")

_local = threading.local()  # per thread: the request's snapshot and the pending bumps of a transaction
_own_changes = {name: 0 for name in NAMES}  # per process: changes this process made but has not yet committed
_last_warning = [0.0]


def process_local():
    """Whether the cache is each process's own (the embedded default) rather than shared (Redis)."""
    return settings.CACHES["default"]["BACKEND"] in PROCESS_LOCAL_BACKENDS


def _stamp_file(name):
    return Path(settings.SPF_STATE_DIR) / f"{name}.version"


def cache_unavailable(what):
    """Log that the shared cache could not be reached, at most every ten seconds."""
    now = time.monotonic()
    if now - _last_warning[0] > 10:
        _last_warning[0] = now
        log.warning("shared cache unavailable (%s): serving uncached until it is back", what)


def _read_shared(names):
    """{name: version} as every process sees it now."""
    if process_local():
        versions = {}
        for name in names:
            try:
                versions[name] = _stamp_file(name).stat().st_mtime_ns
            except FileNotFoundError:
                versions[name] = _bump_shared(name)
        return versions
    keys = {f"version:{name}": name for name in names}
    found = cache.get_many(list(keys))  # django-redis answers {} when Redis is away (IGNORE_EXCEPTIONS)
    missing = [name for key, name in keys.items() if key not in found]
    for name in missing:
        cache.add(f"version:{name}", time.time_ns(), None)
    if missing:
        found.update(cache.get_many([f"version:{name}" for name in missing]))
    if len(found) < len(keys):
        cache_unavailable("version stamps")
        second = int(time.time())
        return {name: found.get(f"version:{name}", f"unavailable-{second}") for name in names}
    return {name: found[f"version:{name}"] for name in names}


def _shared(name):
    """The shared stamp of `name`, from the request's snapshot (read once per request) or, outside a request, now."""
    snapshot = getattr(_local, "snapshot", None)
    if snapshot is None:
        return _read_shared((name,))[name]
    if not snapshot:
        snapshot.update(_read_shared(NAMES))
    return snapshot[name]


def current(name):
    """The version of `name` (one of NAMES) as this process should see it."""
    shared = _shared(name)
    return (shared, _own_changes[name]) if _own_changes[name] else shared


def stamp(name):
    """The version of `name` that every process agrees on, for what is stored where every process
    reads it (compendium/core/read_model.py): the shared stamp, from the request's snapshot; a value
    of this thread's own only while a transaction of it has bumped `name` and not yet committed.
    (`current` keeps a per-process counter in the version for good, which would make two workers
    disagree after either has published.)"""
    return _unannounced(name, _shared(name))


def fresh(name):
    """`stamp(name)` read at this instant, not from the request's snapshot: for a check made after a
    write, when a publish may have committed in between."""
    return _unannounced(name, _read_shared((name,))[name])


def _unannounced(name, shared):
    # Outside a transaction nothing is unannounced: a commit announced it, a rollback undid it.
    pending = getattr(_local, "pending", None)
    if pending and name in pending and connection.in_atomic_block:
        return f"{shared}+{_own_changes[name]}"
    return str(shared)


def _bump_shared(name):
    now = time.time_ns()
    if not process_local():
        cache.set(f"version:{name}", now, None)
        return now
    path = _stamp_file(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        now = max(now, path.stat().st_mtime_ns + 1)  # always a new value, even within a clock tick
    except FileNotFoundError:
        path.touch()
    os.utime(path, ns=(now, now))
    return path.stat().st_mtime_ns


def bump(name):
    """Give `name` a new version: every process drops what it cached under the old one.

    Inside a transaction this process sees the change at once and the others after the commit
    (once per name, however often it is bumped); outside one, everyone at once.
    """
    _own_changes[name] += 1
    snapshot = getattr(_local, "snapshot", None)
    if snapshot:
        snapshot.clear()  # read afresh by the rest of this request
    if not connection.in_atomic_block:
        return _bump_shared(name)
    pending = getattr(_local, "pending", None)
    if pending is None:
        pending = _local.pending = set()
    # One callback per bump, but the first to run announces every pending name and the rest find
    # nothing left; names of a rolled-back transaction are announced by the next commit (harmless).
    pending.add(name)
    transaction.on_commit(_announce)
    return None


def _announce():
    pending = getattr(_local, "pending", None) or set()
    _local.pending = set()
    for name in sorted(pending):
        _bump_shared(name)
    snapshot = getattr(_local, "snapshot", None)
    if snapshot:
        snapshot.clear()


def _begin_request(**kwargs):
    _local.snapshot = {}


def _end_request(**kwargs):
    _local.snapshot = None


request_started.connect(_begin_request, dispatch_uid="versions-begin-request")
request_finished.connect(_end_request, dispatch_uid="versions-end-request")


def memoize(*names):
    """Decorator: keep a function's results (per arguments) in process memory for one version of `names`.

    For aggregates of the published content (statistics, counts per chapter) that change only
    when something is published: computed once per worker and publish, not once per view.
    """

    def decorator(function):
        memo = {"version": None, "results": {}}

        @functools.wraps(function)
        def wrapper(*args):
            version = tuple(current(name) for name in names)
            if memo["version"] != version:
                memo.update(version=version, results={})
            if args not in memo["results"]:
                memo["results"][args] = function(*args)
            return memo["results"][args]

        return wrapper

    return decorator
