"""Shared fixtures: the demo content is loaded once per test database and rolled back per test."""

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import translation

_blocker = []


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        from compendium.ops.demo.loader import Loader
        from tests import snapshot

        Loader().run()
        snapshot.take()
    _blocker.append(django_db_blocker)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a transactional test's flush (its fixtures are torn down by now), the demo rows go
    back, so the tests after it find the demo without loading it again."""
    yield
    if nextitem is None:  # the session is over: its test database is gone
        return
    marker = item.get_closest_marker("django_db")
    marked = marker is not None and marker.kwargs.get("transaction")
    transactional = marked or {"transactional_db", "live_server"} & set(item.fixturenames)
    if _blocker and transactional:
        from tests import snapshot

        with _blocker[0].unblock():
            snapshot.restore()


def _forget_cached_content():
    """Empty the cache and give every content version a new stamp: what a test rolled back must
    not survive in a process's memory (match records, stated needs, labels)."""
    from compendium.core import versions

    cache.clear()
    for name in versions.NAMES:
        versions.bump(name)


@pytest.fixture(autouse=True)
def _clean_state():
    """Each test starts in English with nothing cached (requests leave their language active)."""
    _forget_cached_content()
    translation.activate("en")
    yield
    _forget_cached_content()
    translation.activate("en")


@pytest.fixture
def demo(db):
    """The structural pages of the demo site (reloaded if a transactional test flushed them)."""
    from compendium.ops.demo.loader import Loader
    from compendium.ops.models import GeneratedPage
    from compendium.ops.site_setup import ensure_site_structure

    if not GeneratedPage.objects.filter(source="demo").exists():
        Loader().run()
    return ensure_site_structure()


class LanguageSafeClient(Client):
    """A test client that leaves the test's active language as it found it.

    Django's LocaleMiddleware activates the request's language in the test's own thread; without
    this, `page.url` computed after a /km/ request would silently be a Khmer URL.
    """

    def request(self, **request):
        language = translation.get_language()
        try:
            return super().request(**request)
        finally:
            translation.activate(language)


@pytest.fixture
def client():
    return LanguageSafeClient()


@pytest.fixture
def users(django_user_model):
    """One user in each role group made by migration: {"Editors": …, "Moderators": …, "Administrators": …}."""
    from django.contrib.auth.models import Group

    made = {}
    for role in ("Editors", "Moderators", "Administrators"):
        user = django_user_model.objects.create_user(role.lower(), f"{role.lower()}@example.org", "pw")
        user.groups.add(Group.objects.get(name=role))
        made[role] = user
    return made
