"""A seeded generator of synthetic volume (case studies, experts, events) for benchmarks, and its removal.

Creating pages one by one through Wagtail costs ~60 ms each; this writes the page tree in bulk
instead: Page rows with their materialised paths, the child-table rows, the many-to-many rows and
the search index rows, each with one bulk insert per batch. Everything it makes is recorded in
GeneratedPage (source "synthetic") so `remove()` takes it all away again.
"""

import datetime
import random
import uuid

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Locale, Page

from casestudies.models import CaseStudyPage, CaseStudyPrinciple
from compendium.catalogue.indexing import ANALYSIS, remember_words, search_text
from compendium.catalogue.models import STORED_FACETS, SearchFacet, SearchItem, SearchText
from compendium.core import read_model
from compendium.ops.models import GeneratedPage
from compendium.ops.site_setup import ensure_site_structure
from compendium.pages.models import CountryPage
from compendium.taxonomy.models import Country, Guarantee, Language, Principle, Stage, Theme
from events.models import EventPage
from experts.models import ExpertPage

SOURCE = "synthetic"
BATCH = 1000
WORDS = (
    "health insurance pension cash transfer registration single window coverage informal workers children maternity disability "
    "unemployment training public works social fund card identification database targeting outreach district village mobile "
    "payment benefit contribution scheme rural urban youth elderly care nutrition education employment graduation poverty "
    "household grievance monitoring evaluation actuarial legal framework ministry agency provincial decentralised case management "
    "integrated package information system enrolment premium subsidy universal floor guarantee income security dialogue tripartite"
).split()
KHMER = "សុខភាព ធានារ៉ាប់រង សោធន ការគាំពារ សង្គម ពលករ កុមារ ការចុះឈ្មោះ ប្រាក់ឧបត្ថម្ភ គ្រួសារ".split()
THAI = "สุขภาพ ประกัน บำนาญ คุ้มครอง สังคม แรงงาน เด็ก ลงทะเบียน เงินอุดหนุน ครัวเรือน".split()
COUNTRIES = (
    "KH LA TH VN ID MY PH MM TL CN MN IN PK BD NP LK ZA NA ZM KE GH NG SN ET RW TZ UG MZ BR AR CL CO PE MX EC BO PY UY "
    "CR GT FR EG MA TN JO FJ VU SB PG KR JP KZ UZ KG TJ"
).split()


def _words(rng, count):
    return " ".join(rng.choice(WORDS) for _ in range(count))


def _sentence(rng, count):
    text = _words(rng, count)
    return text[0].upper() + text[1:] + "."


def _page_path(parent_path, depth, position):
    return Page._get_path(parent_path, depth, position)


def _insert_child_rows(model, rows):
    """INSERT the model's own table rows (multi-table inheritance: Django's bulk_create refuses)."""
    fields = model._meta.local_concrete_fields
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    sql = f"INSERT INTO {connection.ops.quote_name(model._meta.db_table)} ({columns}) VALUES ({placeholders})"
    values = [[field.get_db_prep_save(getattr(row, field.attname), connection) for field in fields] for row in rows]
    with connection.cursor() as cursor:
        cursor.executemany(sql, values)


def _bulk_pages(parent, model, items, now):
    """Create `items` (model instances, unsaved) as live children of `parent`; returns them with pks."""
    parent = Page.objects.get(pk=parent.pk)
    content_type = ContentType.objects.get_for_model(model)
    locale = Locale.get_default()
    start = parent.numchild
    for offset, item in enumerate(items, start=1):
        item.path = _page_path(parent.path, parent.depth + 1, start + offset)
        item.depth = parent.depth + 1
        item.numchild = 0
        item.content_type = content_type
        item.locale = locale
        item.translation_key = uuid.uuid4()
        item.live = True
        item.has_unpublished_changes = False
        item.url_path = f"{parent.url_path}{item.slug}/"
        item.draft_title = item.title
        item.last_published_at = item.first_published_at = item.first_published_at or now
        item.latest_revision_created_at = now
    base_rows = []
    for item in items:
        row = Page(**{field.attname: getattr(item, field.attname) for field in Page._meta.concrete_fields if field.attname != "id"})
        base_rows.append(row)
    Page.objects.bulk_create(base_rows, batch_size=BATCH)
    for item, row in zip(items, base_rows, strict=True):
        item.pk = item.id = item.page_ptr_id = row.pk
    _insert_child_rows(model, items)
    Page.objects.filter(pk=parent.pk).update(numchild=start + len(items))
    GeneratedPage.objects.bulk_create(
        [GeneratedPage(source=SOURCE, key=f"{SOURCE}:{model._meta.model_name}:{item.slug}", digest="", page_id=item.pk) for item in items],
        batch_size=BATCH,
    )
    return items


def _translated(field, language):
    return build_localized_fieldname(field, language)


class Generator:
    """Generates `count` case studies (with count/20 experts and count/50 events) from `seed`."""

    def __init__(self, count, seed=202, stdout=None):
        self.count = count
        self.rng = random.Random(seed)
        self.stdout = stdout
        self.now = timezone.now()

    def log(self, message):
        if self.stdout:
            self.stdout.write(message)

    @transaction.atomic
    def run(self):
        with read_model.deferred():  # thousands of publishes: pages are drawn by their first reader or build_read_model
            pages = ensure_site_structure()
            self.themes = list(Theme.objects.all())
            self.guarantees = list(Guarantee.objects.all())
            self.principles = list(Principle.objects.all())
            self.stages = list(Stage.objects.all())
            self.languages = list(Language.objects.filter(code__in=["en", "fr", "es", "pt", "zh", "km", "lo", "th", "vi", "id"]))
            self.countries = {country.iso2: country for country in Country.objects.filter(code__in=COUNTRIES)}
            profiles = self._profiles(pages["countries"])
            run_id = GeneratedPage.objects.filter(source=SOURCE).count()
            for start in range(0, self.count, BATCH):
                self._case_studies(profiles, run_id + start, min(BATCH, self.count - start))
                self.log(f"  {min(start + BATCH, self.count)} / {self.count} case studies")
            self._experts(pages["experts"], run_id, max(1, self.count // 20))
            self._events(pages["events"], run_id, max(1, self.count // 50))
            return self

    def _profiles(self, index):
        """Country profiles, created the normal way: there are few of them."""
        profiles = {page.country.iso2: page for page in CountryPage.objects.select_related("country")}
        for code, country in self.countries.items():
            if code not in profiles:
                page = CountryPage(title=country.name, title_en=country.name, slug=code.lower(), country=country)
                index.add_child(instance=page)
                page.save_revision().publish()
                GeneratedPage.objects.create(source=SOURCE, key=f"{SOURCE}:country:{code}", digest="", page=page)
                profiles[code] = page
        return profiles

    def _case_studies(self, profiles, offset, count):
        rng = self.rng
        codes = sorted(self.countries)
        by_parent = {}
        for number in range(offset, offset + count):
            lead = rng.choice(codes)
            title = f"{self.countries[lead].name}: {_words(rng, rng.randint(3, 6))}".strip()
            summary = _sentence(rng, rng.randint(18, 30))
            body = " ".join(_sentence(rng, rng.randint(10, 20)) for _ in range(rng.randint(6, 12)))
            page = CaseStudyPage(
                title=title,
                slug=f"synthetic-{number}",
                summary=summary,
                body=[],
                lessons="",
                institutions="",
                sources=[],
                first_published_at=self.now - datetime.timedelta(days=rng.randint(0, 3650)),
            )
            page.title_en, page.summary_en = title, summary
            page.body_en = [("paragraph", f"<p>{body}</p>")]
            page.stage_id = rng.choice(self.stages).pk
            page._tags = {
                "countries": {lead} | {rng.choice(codes) for _ in range(rng.randint(0, 1))},
                "themes": rng.sample(self.themes, rng.randint(1, 2)),
                "guarantees": rng.sample(self.guarantees, rng.randint(1, 2)),
                "principles": rng.sample(self.principles, rng.randint(2, 4)),
                "body": body,
                "lead": lead,
            }
            if rng.random() < 0.3:
                page.title_km = " ".join(rng.choice(KHMER) for _ in range(4)).replace(" ", "")
                page.summary_km = "".join(rng.choice(KHMER) for _ in range(12))
            if rng.random() < 0.1:
                page.title_th = "".join(rng.choice(THAI) for _ in range(4))
                page.summary_th = "".join(rng.choice(THAI) for _ in range(12))
            by_parent.setdefault(lead, []).append(page)
        for lead, items in by_parent.items():
            _bulk_pages(profiles[lead], CaseStudyPage, items, self.now)
        pages = [page for items in by_parent.values() for page in items]
        through = CaseStudyPage.countries.through
        through.objects.bulk_create(
            [through(casestudypage_id=p.pk, country_id=self.countries[c].pk) for p in pages for c in p._tags["countries"]], batch_size=BATCH
        )
        for name, attribute in (("themes", "theme_id"), ("guarantees", "guarantee_id")):
            through = getattr(CaseStudyPage, name).through
            through.objects.bulk_create(
                [through(casestudypage_id=p.pk, **{attribute: term.pk}) for p in pages for term in p._tags[name]], batch_size=BATCH
            )
        CaseStudyPrinciple.objects.bulk_create(
            [
                CaseStudyPrinciple(page_id=p.pk, principle_id=principle.pk, sort_order=i, explanation_en="", explanation="")
                for p in pages
                for i, principle in enumerate(p._tags["principles"])
            ],
            batch_size=BATCH,
        )
        stages = {stage.pk: stage.slug for stage in self.stages}
        self._index(
            pages,
            "case-study",
            lambda p: {
                "country": sorted(p._tags["countries"]),
                "principle": sorted(t.code for t in p._tags["principles"]),
                "guarantee": sorted(t.slug for t in p._tags["guarantees"]),
                "theme": sorted(t.slug for t in p._tags["themes"]),
                "stage": [stages[p.stage_id]],
                "lead": [p._tags["lead"]],
            },
            lambda p, language: f"{_translated_value(p, 'summary', language)} {p._tags['body'] if language == 'en' else ''}",
        )

    def _experts(self, index, offset, count):
        rng = self.rng
        codes = sorted(self.countries)
        items = []
        for number in range(offset, offset + count):
            code = rng.choice(codes)
            name = f"Expert {number} {rng.choice(WORDS).title()}"
            page = ExpertPage(
                title=name,
                title_en=name,
                slug=f"synthetic-expert-{number}",
                role="Adviser",
                role_en="Social protection adviser",
                organisation_en="Ministry",
                bio="",
                country_id=self.countries[code].pk,
                available=rng.random() < 0.7,
            )
            page._tags = {
                "country": code,
                "themes": rng.sample(self.themes, 2),
                "guarantees": rng.sample(self.guarantees, 1),
                "languages": rng.sample(self.languages, 2),
            }
            items.append(page)
        _bulk_pages(index, ExpertPage, items, self.now)
        for name, attribute, key in (
            ("themes", "theme_id", "themes"),
            ("guarantees", "guarantee_id", "guarantees"),
            ("languages", "language_id", "languages"),
        ):
            through = getattr(ExpertPage, name).through
            through.objects.bulk_create([through(expertpage_id=p.pk, **{attribute: t.pk}) for p in items for t in p._tags[key]])
        self._index(
            items,
            "expert",
            lambda p: {
                "country": [p._tags["country"]],
                "principle": [],
                "guarantee": sorted(t.slug for t in p._tags["guarantees"]),
                "theme": sorted(t.slug for t in p._tags["themes"]),
                "stage": [],
                "languages": sorted(t.code for t in p._tags["languages"]),
                "available": p.available,
            },
            lambda p, language: f"{p.role_en} {p.organisation_en}",
        )

    def _events(self, index, offset, count):
        rng = self.rng
        codes = sorted(self.countries)
        items = []
        for number in range(offset, offset + count):
            code = rng.choice(codes)
            title = f"Study tour on {_words(rng, 3)}"
            summary = _sentence(rng, 20)
            start = (self.now - datetime.timedelta(days=rng.randint(0, 3650))).date()
            page = EventPage(
                title=title,
                title_en=title,
                slug=f"synthetic-event-{number}",
                event_type=rng.choice(["workshop", "study-tour", "mission"]),
                summary=summary,
                summary_en=summary,
                body=[],
                outcomes="",
                start_date=start,
                end_date=start,
                country_id=self.countries[code].pk,
            )
            page._tags = {"countries": {code} | set(rng.sample(codes, 3)), "themes": rng.sample(self.themes, 2)}
            items.append(page)
        _bulk_pages(index, EventPage, items, self.now)
        through = EventPage.participant_countries.through
        through.objects.bulk_create(
            [through(eventpage_id=p.pk, country_id=self.countries[c].pk) for p in items for c in p._tags["countries"]]
        )
        through = EventPage.themes.through
        through.objects.bulk_create([through(eventpage_id=p.pk, theme_id=t.pk) for p in items for t in p._tags["themes"]])
        self._index(
            items,
            "event",
            lambda p: {
                "country": sorted(p._tags["countries"]),
                "principle": [],
                "guarantee": [],
                "theme": sorted(t.slug for t in p._tags["themes"]),
                "stage": [],
            },
            lambda p, language: p.summary_en,
        )

    def _index(self, pages, kind, facets_of, body_of):
        """Search rows for bulk-made pages, built with the same text functions as indexing."""
        items = []
        for page in pages:
            languages = [code for code in settings.LANGUAGE_CODES if getattr(page, _translated("title", code), None)]
            facets = facets_of(page)
            facets["type"] = [kind]
            date = page.start_date if kind == "event" else page.first_published_at.date()
            items.append(
                SearchItem(
                    page_id=page.pk,
                    kind=kind,
                    path=page.url_path.split("/", 2)[2],
                    date=date,
                    languages=",".join(languages),
                    facets=facets,
                    analysis=ANALYSIS,
                )
            )
        SearchItem.objects.bulk_create(items, batch_size=BATCH)
        SearchFacet.objects.bulk_create(
            [
                SearchFacet(item=item, facet=f, value=v)
                for item in items
                for f, values in item.facets.items()
                if f in STORED_FACETS
                for v in values
            ],
            batch_size=BATCH,
        )
        texts = []
        for item, page in zip(items, pages, strict=True):
            for language in item.languages.split(","):
                title = getattr(page, _translated("title", language))
                body = body_of(page, language)
                summary = _translated_value(page, "role" if kind == "expert" else "summary", language)
                texts.append(search_text(item, language, title, summary, body))
        SearchText.objects.bulk_create(texts, batch_size=BATCH)
        remember_words(texts)


def _translated_value(page, field, language):
    return getattr(page, _translated(field, language), None) or getattr(page, _translated(field, "en"), "") or ""


@transaction.atomic
def remove():
    """Delete everything the generator made (pages, their rows, their search index entries)."""
    page_ids = list(GeneratedPage.objects.filter(source=SOURCE).values_list("page_id", flat=True))
    parents = set()
    for page in Page.objects.filter(pk__in=page_ids).only("path", "depth"):
        parents.add(page.path[: -Page.steplen])
    # Children first; the ORM cascades child-table, many-to-many, principle and search rows.
    for depth in sorted(set(Page.objects.filter(pk__in=page_ids).values_list("depth", flat=True)), reverse=True):
        ids = list(Page.objects.filter(pk__in=page_ids, depth=depth).values_list("pk", flat=True))
        for start in range(0, len(ids), BATCH):
            Page.objects.filter(pk__in=ids[start : start + BATCH]).delete()
    for path in parents:
        parent = Page.objects.filter(path=path).first()
        if parent:
            Page.objects.filter(pk=parent.pk).update(numchild=Page.objects.filter(path__startswith=path, depth=parent.depth + 1).count())
    GeneratedPage.objects.filter(source=SOURCE).delete()
    return len(page_ids)
