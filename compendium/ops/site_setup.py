"""The site's page skeleton: home, Guide with one chapter per theme, and the directories.

Idempotent: existing pages are kept, missing ones created, so a fresh production install and
the demo loader share one path.
"""

import tomllib
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Collection, Locale, Page, Site

from compendium.ops.demo.translations import STRUCTURE as STRUCTURE_TRANSLATIONS
from compendium.pages.models import ChapterPage, CountryIndexPage, GuidePage, HomePage, StatementPage
from compendium.taxonomy.models import Theme
from events.models import EventIndexPage
from experts.models import ExpertIndexPage
from projects.models import ProjectIndexPage

STATEMENTS = Path(__file__).resolve().parent / "statements"  # about, accessibility, privacy, terms: one TOML file each
STATEMENT_FIELDS = ("title", "intro", "body")

STRUCTURE = {
    "guide": "Good Practices Guide",
    "countries": "Countries",
    "experts": "Experts",
    "events": "Events",
    "projects": "Projects",
}


def _titles(key, english):
    values = {build_localized_fieldname("title", "en"): english}
    for language, title in STRUCTURE_TRANSLATIONS.get(key, {}).items():
        values[build_localized_fieldname("title", language)] = title
    return values


def statement_texts(path):
    """The fields of a statement page in every language, read from its TOML file:
    {"slug": ..., "title_en": ..., "body_km": ...}; a language the file lacks is left out."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    values = {"slug": data["slug"]}
    for name in STATEMENT_FIELDS:
        values[build_localized_fieldname(name, "en")] = data[name]
    for language, fields in data.get("translations", {}).items():
        for name in STATEMENT_FIELDS:
            if fields.get(name):
                values[build_localized_fieldname(name, language)] = fields[name]
    return values


def ensure_statement_pages(home):
    """The about, accessibility, privacy and terms pages under home, created once from their data
    files; a page that exists is left as staff edited it."""
    pages = {}
    for path in sorted(STATEMENTS.glob("*.toml")):
        values = statement_texts(path)
        slug = values.pop("slug")
        pages[slug] = _ensure_child(home, StatementPage, slug, **values)
    return pages


def _ensure_child(parent, model, slug, **fields):
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
    return page


@transaction.atomic
def ensure_site_structure(site_title="SPF South-South Exchange"):
    """Create whatever is missing of the skeleton; returns the structural pages by name."""
    with translation.override("en"):
        Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
        if Collection.get_first_root_node() is None:
            Collection.add_root(name="Root")
        root = Page.get_first_root_node()
        if root is None:  # an emptied database (e.g. after a flush): recreate Wagtail's tree root
            root = Page.add_root(instance=Page(title="Root", slug="root", content_type=ContentType.objects.get_for_model(Page)))
        home = HomePage.objects.first()
        if home is None:
            # Wagtail's install creates a plain "Welcome" page (and a site on it): replace it.
            for placeholder in Page.objects.filter(depth=2, content_type__model="page", numchild=0):
                placeholder.delete()
            home = HomePage(slug="home", **_titles("home", site_title))
            root.add_child(instance=home)
            home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=site_title)
        elif site.root_page_id != home.pk:
            site.root_page = home
            site.site_name = site_title
            site.save()
        pages = {"home": home}
        pages["guide"] = _ensure_child(home, GuidePage, "guide", **_titles("guide", STRUCTURE["guide"]))
        pages["countries"] = _ensure_child(home, CountryIndexPage, "countries", **_titles("countries", STRUCTURE["countries"]))
        pages["experts"] = _ensure_child(home, ExpertIndexPage, "experts", **_titles("experts", STRUCTURE["experts"]))
        pages["events"] = _ensure_child(home, EventIndexPage, "events", **_titles("events", STRUCTURE["events"]))
        pages["statements"] = ensure_statement_pages(home)
        pages["projects"] = _ensure_child(home, ProjectIndexPage, "projects", **_titles("projects", STRUCTURE["projects"]))
        pages["chapters"] = {}
        for theme in Theme.objects.all():
            chapter = ChapterPage.objects.filter(theme=theme).first() or _ensure_child(
                pages["guide"], ChapterPage, theme.slug, theme=theme, **_titles(f"chapter:{theme.slug}", theme.name_en)
            )
            pages["chapters"][theme.slug] = chapter
    return pages
