"""Version stamps that every worker process sees: bumped when content changes, read on each request.

The caches of derived data (whole pages, the match records, taxonomy labels) hold entries valid
for one version of the content. With a shared cache (Redis) the stamps live in it. With the
default local-memory cache every gunicorn worker has memory of its own, so a stamp kept there
would be bumped in one worker only; the stamps are then the modification times of small files
in SPF_STATE_DIR, which every process on the machine sees at the cost of one stat().
"""

import functools
import os
import time
from pathlib import Path

from django.conf import settings
from django.core.cache import cache

NAMES = ("pages", "matching", "taxonomy", "search")
PROCESS_LOCAL_BACKENDS = ("django.core.cache.backends.locmem.LocMemCache", "django.core.cache.backends.dummy.DummyCache")


def _process_local():
    return settings.CACHES["default"]["BACKEND"] in PROCESS_LOCAL_BACKENDS


def _stamp_file(name):
    return Path(settings.SPF_STATE_DIR) / f"{name}.version"


def current(name):
    """The version of `name` (one of NAMES); created on first use."""
    if not _process_local():
        version = cache.get(f"version:{name}")
        if version is None:
            cache.add(f"version:{name}", time.time_ns(), None)
            version = cache.get(f"version:{name}")
        return version
    try:
        return _stamp_file(name).stat().st_mtime_ns
    except FileNotFoundError:
        return bump(name)


def bump(name):
    """Give `name` a new version: every process drops what it cached under the old one."""
    now = time.time_ns()
    if not _process_local():
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
