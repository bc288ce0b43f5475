"""Load the demo content (compendium.ops.demo.data, written from ../shared/seeds) into the site.

Idempotent: every page is keyed by its slug and a digest of its source; unchanged pages are
left alone, changed ones get a new published revision. All of it runs in one transaction, so an
interrupted load leaves nothing half-written.
"""

import colorsys
import hashlib
import io
import json
from decimal import Decimal

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.rich_text import RichText

from casestudies.models import CaseStudyFigure, CaseStudyPage, CaseStudyPrinciple
from compendium.catalogue import indexing
from compendium.core import read_model
from compendium.ops.demo import data
from compendium.ops.demo import translations as demo_translations
from compendium.ops.models import GeneratedPage
from compendium.ops.site_setup import ensure_site_structure
from compendium.pages.models import CountryNeed, CountryPage
from compendium.sources.models import Citation, Source
from compendium.taxonomy import names
from compendium.taxonomy import sync as taxonomy_sync
from compendium.taxonomy.models import Country, Guarantee, Language, Modality, Principle, Stage, Theme
from events.models import EventPage, EventSession
from experts.models import ExpertPage, Organisation
from projects.models import IndicatorValue, ProjectBudgetLine, ProjectIndicator, ProjectPage, ProjectParticipant

LANGUAGES = ("en", "fr", "es", "pt", "zh-hans", "km", "lo", "th", "vi", "id")


def tr(field, language):
    return build_localized_fieldname(field, language)


def translated(kind, slug):
    """{language: {field: value}} of the demo translations for one item."""
    return getattr(demo_translations, kind.upper(), {}).get(slug, {})


def digest(*parts):
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


def html_paragraphs(items):
    if isinstance(items, str):
        return items
    return "".join(item if item.lstrip().startswith("<") else f"<p>{item}</p>" for item in items)


def html_list(items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>" if items else ""


def body_stream(blocks):
    stream = []
    for block_type, value in blocks:
        if block_type == "paragraph":
            stream.append(("paragraph", RichText(value)))
        elif block_type in ("quote", "key_figure"):
            stream.append((block_type, dict(value)))
    return stream


def portrait(name, key):
    """A generated portrait: the person's initials on a colour derived from their name."""
    Image = get_image_model()
    title = f"Portrait: {name}"
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    hue = int(hashlib.md5(key.encode()).hexdigest()[:2], 16) / 255
    red, green, blue = (int(c * 255) for c in colorsys.hls_to_rgb(hue, 0.38, 0.45))
    canvas = PILImage.new("RGB", (320, 320), (red, green, blue))
    draw = ImageDraw.Draw(canvas)
    initials = "".join(part[0] for part in name.split()[:2]).upper()
    try:
        font = ImageFont.load_default(size=120)
    except TypeError:
        font = ImageFont.load_default()
    draw.text((160, 160), initials, fill="white", font=font, anchor="mm")
    buffer = io.BytesIO()
    canvas.save(buffer, "PNG")
    image = Image(title=title, file=ImageFile(buffer, name=f"portrait-{key}.png"))
    image.save()
    return image


def source_file(source):
    """The document-library copy of a source's text (content/sources/<file>), made once."""
    if not source["file"]:
        return None
    Document = get_document_model()
    title = source["title"]
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    content = (data.CONTENT / "sources" / source["file"]).read_bytes()
    document = Document(title=title, file=ContentFile(content, name=source["file"]))
    document.save()
    return document


class Loader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.created = self.updated = self.unchanged = 0
        self.source_records = {}

    def sources(self):
        """Source records (and their files in the document library), keyed by slug; idempotent."""
        if Collection.get_first_root_node() is None:  # an emptied database (after a flush): the library's root
            Collection.add_root(name="Root")
        for slug, item in data.SOURCES.items():
            values = {
                "title": item["title"],
                "kind": item["kind"],
                "publisher": item["publisher"],
                "date": item["date"],
                "date_precision": item["date_precision"],
                "url": item["url"],
                "description": item["description"],
                "document": source_file(item),
            }
            record = Source.objects.filter(slug=slug).first() or Source(slug=slug)
            if any(getattr(record, field) != value for field, value in values.items()) or record.pk is None:
                for field, value in values.items():
                    setattr(record, field, value)
                record.save()
            self.source_records[slug] = record
        return self.source_records

    def set_citations(self, page, cited):
        """The page's citations, in order, once each: [(source slug, locator, note)]."""
        page.citations.clear()
        for order, (slug, locator, note) in enumerate(dict.fromkeys(tuple(item) for item in cited)):
            page.citations.add(Citation(sort_order=order, source=self.source_records[slug], locator=locator, note=note))

    def log(self, message):
        if self.stdout:
            self.stdout.write(message)

    def terms(self, model, keys, field="slug"):
        found = {getattr(term, field): term for term in model.objects.filter(**{f"{field}__in": keys})}
        missing = set(keys) - set(found)
        if missing:
            raise ValueError(f"Unknown {model.__name__} values in demo data: {sorted(missing)}")
        return [found[key] for key in keys]

    def country(self, code):
        return Country.objects.get(code=code.upper())

    def upsert(self, key, model, parent, source, fill):
        """Create or update the page `key`; `fill(page)` sets its fields (M2M included)."""
        record = GeneratedPage.objects.filter(key=key).select_related("page").first()
        source_digest = digest(source, translated(*key.split(":", 1)) if ":" in key else None)
        if record and record.digest == source_digest:
            self.unchanged += 1
            return record.page.specific
        if record:
            page = record.page.specific
            fill(page)
            page.save_revision().publish()
            record.digest = source_digest
            record.save(update_fields=["digest"])
            self.updated += 1
        else:
            page = model(slug=source.get("slug") or key.split(":")[-1])
            fill(page)
            parent.add_child(instance=page)
            page.save_revision().publish()
            GeneratedPage.objects.create(source="demo", key=key, digest=source_digest, page=page)
            self.created += 1
        return page

    def set_translations(self, page, kind, slug, fields):
        for language, values in translated(kind, slug).items():
            for field in fields:
                if values.get(field):
                    value = values[field]
                    if field in ("lessons",) and isinstance(value, list):
                        value = html_list(value)
                    setattr(page, tr(field, language), value)

    # --- structure --------------------------------------------------------------------------
    def structure(self):
        pages = ensure_site_structure()
        home = pages["home"]
        home.title_en = data.HOME["title"]
        home.tagline_en = data.HOME["tagline"]
        home.intro_en = f"<p>{data.HOME['intro']}</p>"
        self.set_translations(home, "home", "home", ["tagline", "intro"])
        self.set_citations(home, data.HOME["sources"])
        home.save_revision().publish()
        guide = pages["guide"]
        guide.title_en = data.GUIDE["title"]
        guide.intro_en = data.GUIDE["intro"]
        guide.body_en = html_paragraphs(data.GUIDE["body"])
        self.set_translations(guide, "guide", "guide", ["title", "intro"])
        self.set_citations(guide, data.GUIDE["sources"])
        guide.save_revision().publish()
        for slug, chapter_data in data.CHAPTERS.items():
            chapter = pages["chapters"][slug]
            chapter.title_en = chapter_data["title"]
            chapter.intro_en = chapter_data["intro"]
            chapter.background_en = [("paragraph", RichText(html_paragraphs(chapter_data["background"])))]
            self.set_translations(chapter, "chapter", slug, ["title", "intro"])
            self.set_citations(chapter, chapter_data["sources"])
            chapter.save_revision().publish()
        return pages

    # --- countries --------------------------------------------------------------------------
    def countries(self, index):
        codes = set(data.COUNTRIES)
        codes |= {case["lead_country"] for case in data.CASE_STUDIES}
        codes |= {expert["country"] for expert in data.EXPERTS if expert["country"]}
        profiles = {}
        for code in sorted(codes):
            source = data.COUNTRIES.get(code, {"coverage": None, "coverage_note": "", "intro": "", "needs": [], "sources": []})
            country = self.country(code)
            if source.get("coverage") is not None:
                country.coverage_percent = source["coverage"]
                country.coverage_note = source.get("coverage_note", "")[:255]
                country.save()

            def fill(page, source=source, country=country, code=code):
                page.country = country
                page.slug = code.lower()
                for language in LANGUAGES:
                    setattr(page, tr("title", language), names.country_name(code, language))
                page.intro_en = f"<p>{source['intro']}</p>" if source.get("intro") else ""
                self.set_translations(page, "country", code, ["intro"])
                self.set_citations(page, source.get("sources", []) + [item for need in source.get("needs", []) for item in need["sources"]])
                page.needs.clear()
                for order, need in enumerate(source.get("needs", [])):
                    item = CountryNeed(
                        sort_order=order,
                        title_en=need["title"],
                        text_en=need.get("text", ""),
                        time_frame=need.get("time_frame", ""),
                        stage=Stage.objects.filter(slug=need.get("stage")).first(),
                    )
                    for language, values in translated("need", f"{code}:{order}").items():
                        setattr(item, tr("title", language), values.get("title", ""))
                        setattr(item, tr("text", language), values.get("text", ""))
                    item.themes = self.terms(Theme, need.get("themes", []))
                    item.guarantees = self.terms(Guarantee, need.get("guarantees", []))
                    item.principles = self.terms(Principle, need.get("principles", []), field="code")
                    page.needs.add(item)

            existing = CountryPage.objects.filter(country__code=code).first()
            if existing and not GeneratedPage.objects.filter(key=f"country:{code}").exists():
                profiles[code] = existing  # an editor's page: leave it alone
                continue
            profiles[code] = self.upsert(f"country:{code}", CountryPage, index, {"slug": code.lower(), **source}, fill)
        return profiles

    # --- experts ----------------------------------------------------------------------------
    def organisations(self):
        """{key: Organisation} of content/organisations.toml, created or updated by name."""
        found = {}
        for key, source in data.ORGANISATIONS.items():
            country = self.country(source["country"]) if source["country"] else None
            found[key], _created = Organisation.objects.update_or_create(
                name=source["name"], defaults={"acronym": source["acronym"], "kind": source["kind"], "country": country}
            )
        return found

    def affiliate(self, page, source, organisations):
        """An expert's affiliation: the organisation, its kind and, for a national body only, the country."""
        organisation = organisations[source["affiliation"]]
        page.affiliation = organisation
        page.affiliation_kind = organisation.kind
        page.country = self.country(source["country"]) if source["country"] else None

    def experts(self, index):
        experts = {}
        organisations = self.organisations()
        for source in data.EXPERTS:

            def fill(page, source=source, organisations=organisations):
                page.title_en = source["name"]
                page.honorific = source.get("honorific", "")
                page.role_en = source["role"]
                page.organisation_en = source.get("organisation", "")
                self.affiliate(page, source, organisations)
                page.bio_en = f"<p>{source['bio']}</p>"
                page.available = source.get("available", True)
                page.reference_group = source.get("reference_group", True)
                page.email = source.get("email", "")
                page.photo = portrait(source["name"], source["slug"])
                self.set_citations(page, source["sources"])
                self.set_translations(page, "expert", source["slug"], ["title", "role", "organisation", "bio"])
                page.themes = self.terms(Theme, source.get("themes", []))
                page.guarantees = self.terms(Guarantee, source.get("guarantees", []))
                page.languages = list(Language.objects.filter(code__in=source.get("languages", [])))

            # The organisation's record is part of the digest: a corrected kind re-files its experts.
            keyed = {**source, "organisation_record": data.ORGANISATIONS[source["affiliation"]]}
            experts[source["slug"]] = self.upsert(f"expert:{source['slug']}", ExpertPage, index, keyed, fill)
        return experts

    # --- events -----------------------------------------------------------------------------
    def events(self, index, experts):
        events = {}
        for source in data.EVENTS:

            def fill(page, source=source):
                page.title_en = source["title"]
                page.event_type = source["type"]
                page.start_date, page.start_precision = source["start"], source["start_precision"]
                page.end_date, page.end_precision = source["end"], source["end_precision"]
                self.set_citations(page, source["sources"])
                page.place_en = source.get("place", "")
                page.country = self.country(source["country"]) if source.get("country") else None
                page.organisers_en = "\n".join(source.get("organisers", []))
                page.partners_en = "\n".join(source.get("partners", []))
                page.participant_count = source.get("participants")
                page.summary_en = source["summary"]
                page.body_en = body_stream(source.get("body", []))
                page.outcomes_en = html_list(source.get("outcomes", []))
                self.set_translations(page, "event", source["slug"], ["title", "summary", "place"])
                page.participant_countries = list(Country.objects.filter(code__in=source.get("participant_countries", [])))
                themes = [session["theme"] for session in source.get("sessions", []) if session.get("theme")]
                page.themes = self.terms(Theme, list(dict.fromkeys(themes)))
                page.sessions.clear()
                for order, session in enumerate(source.get("sessions", [])):
                    presentations = [
                        (
                            "presentation",
                            {
                                "title": item["title"],
                                "speaker": item.get("speaker", ""),
                                "country": item.get("country", ""),
                                "expert": experts[item["expert"]] if item.get("expert") in experts else None,
                            },
                        )
                        for item in session.get("presentations", [])
                    ]
                    page.sessions.add(
                        EventSession(
                            sort_order=order,
                            title_en=session["title"],
                            summary_en=session.get("summary", ""),
                            theme=Theme.objects.filter(slug=session.get("theme")).first(),
                            presentations_en=presentations,
                        )
                    )

            events[source["slug"]] = self.upsert(f"event:{source['slug']}", EventPage, index, source, fill)
        return events

    # --- projects ---------------------------------------------------------------------------
    def projects(self, index, experts, events, organisations):
        """The cooperation projects of content/projects/, phases linked once every project exists."""
        projects = {}
        for source in data.PROJECTS:

            def fill(page, source=source):
                page.title_en = source["title"]
                page.status = source["status"]
                page.start_date, page.start_precision = source["start"], source["start_precision"]
                page.end_date, page.end_precision = source["end"], source["end_precision"]
                page.summary_en = source["summary"]
                page.body_en = body_stream(source.get("body", []))
                self.set_translations(page, "project", source["slug"], ["title", "summary"])
                self.set_citations(page, source["sources"])
                page.countries = list(Country.objects.filter(code__in=source["countries"]))
                page.themes = self.terms(Theme, source["themes"])
                page.modalities = self.terms(Modality, source["modalities"])
                page.events = [events[slug] for slug in source["events"]]
                page.experts = [experts[slug] for slug in source["experts"]]
                page.participants.clear()
                for order, (key, role) in enumerate(source["participants"]):
                    page.participants.add(ProjectParticipant(sort_order=order, organisation=organisations[key], role=role))
                page.budget_lines.clear()
                for order, line in enumerate(source["budget_lines"]):
                    page.budget_lines.add(
                        ProjectBudgetLine(
                            sort_order=order,
                            component_en=line["component"],
                            beneficiary_country=self.country(line["beneficiary_country"]) if line.get("beneficiary_country") else None,
                            beneficiary_en=line.get("beneficiary", ""),
                            amount=Decimal(line["amount"]),
                            currency=line["currency"],
                            duration_months=line.get("duration_months"),
                        )
                    )
                page.indicators.clear()
                for order, indicator in enumerate(source["indicators"]):
                    item = ProjectIndicator(
                        sort_order=order,
                        name_en=indicator["name"],
                        unit_en=indicator.get("unit", ""),
                        baseline=Decimal(indicator["baseline"]) if indicator.get("baseline") else None,
                        baseline_year=indicator.get("baseline_year"),
                        target=Decimal(indicator["target"]) if indicator.get("target") else None,
                        target_year=indicator.get("target_year"),
                    )
                    item.values = [
                        IndicatorValue(sort_order=i, date=value["date"], value=Decimal(value["value"]))
                        for i, value in enumerate(indicator.get("values", []))
                    ]
                    page.indicators.add(item)

            keyed = {**source, "organisation_records": [data.ORGANISATIONS[key] for key, _role in source["participants"]]}
            projects[source["slug"]] = self.upsert(f"project:{source['slug']}", ProjectPage, index, keyed, fill)
        for source in data.PROJECTS:
            page = projects[source["slug"]]
            previous = projects[source["previous_phase"]] if source["previous_phase"] else None
            if page.previous_phase_id != (previous.pk if previous else None):
                page.previous_phase = previous
                page.save_revision().publish()
        self.retire_project_events(projects)
        return projects

    def retire_project_events(self, projects):
        """The demo once stored its projects as events of type "project": those pages (made by this
        loader, their content now in content/projects/) are deleted and their addresses redirected
        to the projects, so no link breaks and no text is lost. An editor's own event is left alone."""
        for record in GeneratedPage.objects.filter(key__startswith="event:").select_related("page"):
            slug = record.key.split(":", 1)[1]
            if slug in {source["slug"] for source in data.EVENTS} or slug not in projects:
                continue
            old = record.page.specific
            for language in LANGUAGES:
                with translation.override(language):
                    old_path = old.get_url()
                    if old_path:
                        Redirect.objects.update_or_create(
                            old_path=Redirect.normalise_path(old_path), site=None, defaults={"redirect_page": projects[slug]}
                        )
            record.delete()
            old.delete()

    # --- case studies -----------------------------------------------------------------------
    def case_studies(self, profiles, experts, events):
        for source in data.CASE_STUDIES:

            def fill(page, source=source):
                page.title_en = source["title"]
                page.programme_name_en = source.get("programme", "")
                page.summary_en = source["summary"]
                page.body_en = body_stream(source.get("body", []))
                page.lessons_en = html_list(source.get("lessons", []))
                page.institutions_en = "\n".join(source.get("institutions", []))
                start, end = source.get("period") or (None, None)
                page.period_start, page.period_end = start, end
                page.stage = Stage.objects.get(slug=source["stage"]) if source.get("stage") else None
                self.set_translations(page, "case_study", source["slug"], ["title", "summary", "programme_name", "lessons"])
                page.countries = list(Country.objects.filter(code__in=source["countries"]))
                page.guarantees = self.terms(Guarantee, source.get("guarantees", []))
                page.themes = self.terms(Theme, source.get("themes", []))
                page.modalities = self.terms(Modality, source.get("modalities", []))
                page.experts = [experts[slug] for slug in source.get("experts", []) if slug in experts]
                page.events = [events[slug] for slug in source.get("events", []) if slug in events]
                page.sources = []  # the free-text field of old; sources are records now
                self.set_citations(page, source["sources"])
                page.principle_links.clear()
                for order, (code, explanation) in enumerate(sorted(source.get("principles", {}).items())):
                    page.principle_links.add(
                        CaseStudyPrinciple(sort_order=order, principle=Principle.objects.get(code=code), explanation_en=explanation)
                    )
                page.figures.clear()
                for order, (value, label) in enumerate(source.get("figures", [])):
                    page.figures.add(CaseStudyFigure(sort_order=order, value=value, label_en=label))

            parent = profiles[source["lead_country"]]
            self.upsert(f"case_study:{source['slug']}", CaseStudyPage, parent, source, fill)

    def link_projects_to_case_studies(self, projects):
        """A project's case studies exist once case studies are loaded: linked in a second pass."""
        for source in data.PROJECTS:
            page = projects[source["slug"]]
            wanted = sorted(CaseStudyPage.objects.filter(slug__in=source["case_studies"]).values_list("pk", flat=True))
            if sorted(case.pk for case in page.case_studies.all()) != wanted:
                page.case_studies = list(CaseStudyPage.objects.filter(pk__in=wanted))
                page.save_revision().publish()

    @transaction.atomic
    def run(self):
        # Pages are drawn into the read model by their first reader, not once per publish of the load.
        with translation.override("en"), read_model.deferred():
            taxonomy_sync.sync()
            self.sources()
            pages = self.structure()
            profiles = self.countries(pages["countries"])
            experts = self.experts(pages["experts"])
            events = self.events(pages["events"], experts)
            projects = self.projects(pages["projects"], experts, events, self.organisations())
            self.case_studies(profiles, experts, events)
            self.link_projects_to_case_studies(projects)
            indexed = indexing.rebuild()
        self.log(
            f"Demo content: {self.created} pages created, {self.updated} updated, {self.unchanged} unchanged; {indexed} indexed for search."
        )
        return self
