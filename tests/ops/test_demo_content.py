"""Every demo content file parses, has the fields the loader reads and only languages the site has.

Read straight from the files (not through compendium.ops.demo.data), one test per file, so that a
broken file fails with its own name and every problem in it at once.
"""

import re
import tomllib

import pytest
from django.conf import settings
from django_countries import countries as django_countries

from compendium.ops.demo import data
from compendium.ops.demo.data import CONTENT
from compendium.taxonomy import data as vocabularies

TRANSLATED = set(settings.LANGUAGE_CODES) - {"en"}

# kind: (required keys, keys that may be left out, fields a translation may give)
SCHEMA = {
    "case-studies": (
        {"order", "title", "programme", "summary", "lead_country", "countries", "stage", "guarantees", "themes"}
        | {"modalities", "institutions", "experts", "events", "lessons", "body", "principles", "figures", "sources"},
        {"period", "translations"},
        {"title", "summary", "programme_name", "lessons"},
    ),
    "experts": (
        {"order", "name", "honorific", "role", "organisation", "affiliation", "themes", "guarantees", "languages", "bio"}
        | {"available", "reference_group", "email"},
        {"country", "translations", "sources"},
        {"title", "role", "organisation", "bio"},
    ),
    "events": (
        {"order", "title", "type", "place", "organisers", "partners", "participant_countries", "case_studies", "summary"}
        | {"outcomes", "body", "sessions", "sources"},
        {"start", "end", "country", "participants", "translations"},
        {"title", "summary", "place"},
    ),
    "projects": (
        {"order", "title", "summary", "status", "participants", "countries", "themes", "modalities", "body", "sources"}
        | {"case_studies", "events", "experts"},
        {"start", "end", "budget_lines", "indicators", "previous_phase", "translations"},
        {"title", "summary"},
    ),
    "countries": ({"intro", "needs"}, {"coverage", "coverage_note", "coverage_source", "translations", "sources"}, {"intro"}),
    "chapters": ({"order", "title", "intro", "background"}, {"translations", "sources"}, {"title", "intro"}),
    "guide": ({"title", "intro", "body"}, {"translations", "sources"}, {"title", "intro"}),
    "home": ({"title", "tagline", "intro"}, {"translations", "sources"}, {"tagline", "intro"}),
    "sources": ({"title", "kind"}, {"seed", "publisher", "date", "url", "description", "file"}, set()),
}
NEED = ({"title", "text", "themes", "guarantees", "principles", "stage"}, {"time_frame", "translations", "sources"}, {"title", "text"})
SESSION = ({"title", "summary", "presentations"}, {"theme"})
PRESENTATION = {"title", "speaker", "country", "expert"}
BLOCKS = {
    "paragraph": {"text"},
    "quote": {"quote", "speaker", "role", "source", "locator"},
    "key_figure": {"value", "label", "source", "locator"},
}
CITED = {"source", "locator"}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

FILES = sorted(CONTENT.glob("*/*.toml")) + [CONTENT / "guide.toml", CONTENT / "home.toml"]


def kind_of(path):
    return path.parent.name if path.parent != CONTENT else path.stem


def keys(problems, where, found, required, optional=frozenset()):
    if missing := sorted(required - set(found)):
        problems.append(f"{where}: missing {missing}")
    if unknown := sorted(set(found) - required - set(optional)):
        problems.append(f"{where}: unknown {unknown} (a typo?)")


def translations(problems, where, record, fields):
    for language, values in record.get("translations", {}).items():
        if language not in TRANSLATED:
            problems.append(f"{where}: translation language {language!r} is not one of {sorted(TRANSLATED)}")
        keys(problems, f"{where} [translations.{language}]", values, set(), fields)
        for field, value in values.items():
            # Lessons are a list of sentences, as in English; every other field is one text.
            texts = value if field == "lessons" and isinstance(value, list) else [value]
            if not texts or not all(isinstance(text, str) and text for text in texts):
                problems.append(f"{where} [translations.{language}] {field}: give the text (lessons: a list of texts)")


def problems_of(path):
    """Everything wrong with one file, as sentences that name where."""
    try:
        record = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        return [f"does not parse: {exc}"]
    kind = kind_of(path)
    required, optional, fields = SCHEMA[kind]
    problems = []
    keys(problems, "top level", record, required, optional)
    translations(problems, "top level", record, fields)
    for index, block in enumerate(record.get("body", []) if kind in ("case-studies", "events", "projects") else []):
        wanted = BLOCKS.get(block.get("type"))
        if wanted is None:
            problems.append(f"body {index + 1}: type {block.get('type')!r} is not one of {sorted(BLOCKS)}")
        else:
            keys(problems, f"body {index + 1} ({block['type']})", block, wanted | {"type"})
    cited = [(f"sources {index + 1}", item, {"note"}) for index, item in enumerate(record.get("sources", []))]
    cited += [(f"figures {index + 1}", item, {"value", "label"}) for index, item in enumerate(record.get("figures", []))]
    blocks = record.get("body", []) if kind in ("case-studies", "events", "projects") else []
    cited += [(f"body {index + 1}", block, set()) for index, block in enumerate(blocks) if block.get("type") != "paragraph"]
    for index, need in enumerate(record.get("needs", [])):
        cited += [(f"needs {index + 1} sources {n + 1}", item, set()) for n, item in enumerate(need.get("sources", []))]
    if "coverage" in record:
        cited.append(("coverage_source", record.get("coverage_source", {}), set()))
    for where, item, others in cited:
        if where.startswith(("sources", "needs", "coverage", "figures")):
            keys(problems, where, item, CITED | (others - {"note"}), others & {"note"})
        if "source" in item and item["source"] not in data.SOURCES:
            problems.append(f"{where}: source {item['source']!r} is not one of content/sources/ ({', '.join(sorted(data.SOURCES))})")
    if kind == "sources":
        if record.get("file") and not (CONTENT / "sources" / record["file"]).is_file():
            problems.append(f"file {record['file']!r} is not in content/sources/")
        if record.get("kind") not in ("document", "web-page"):
            problems.append(f"kind {record.get('kind')!r} is not 'document' or 'web-page'")
    if "period" in record:
        keys(problems, "period", record["period"], set(), {"start", "end"})
    for index, session in enumerate(record.get("sessions", [])):
        keys(problems, f"sessions {index + 1}", session, *SESSION)
        for number, item in enumerate(session.get("presentations", [])):
            keys(problems, f"sessions {index + 1} presentation {number + 1}", item, PRESENTATION)
    for index, need in enumerate(record.get("needs", [])):
        keys(problems, f"needs {index + 1}", need, NEED[0], NEED[1])
        translations(problems, f"needs {index + 1}", need, NEED[2])
    return problems


@pytest.mark.parametrize("path", FILES, ids=lambda path: str(path.relative_to(CONTENT)))
def test_every_content_file_parses_and_has_the_fields_the_loader_reads(path):
    if path.parent != CONTENT:
        assert SLUG.match(path.stem), f"{path.name}: a file name is the record's slug (lower case, digits, hyphens)"
    problems = problems_of(path)
    assert not problems, f"{path.relative_to(CONTENT)}:\n  " + "\n  ".join(problems)


def test_a_broken_file_is_reported_with_what_is_wrong(tmp_path):
    path = tmp_path / "case-studies" / "broken.toml"
    path.parent.mkdir()
    path.write_text(
        'order = 10\ntitle = "A"\nthemse = ["mis"]\n[[body]]\ntype = "video"\n'
        '[[sources]]\nsource = "minutes-2"\n[translations.de]\ntitle = "B"\n',
        encoding="utf-8",
    )
    problems = "\n".join(problems_of(path))
    assert "top level: missing ['countries', 'events'" in problems
    assert "unknown ['themse'] (a typo?)" in problems
    assert "body 1: type 'video' is not one of" in problems
    assert "sources 1: missing ['locator']" in problems and "source 'minutes-2' is not one of content/sources/" in problems
    assert "translation language 'de' is not one of" in problems
    path.write_text('title = "unterminated\n', encoding="utf-8")
    assert problems_of(path)[0].startswith("does not parse: ")


def test_there_is_content_of_every_kind():
    counts = {kind: len(list((CONTENT / kind).glob("*.toml"))) for kind in SCHEMA if (CONTENT / kind).is_dir()}
    assert counts == {"case-studies": 33, "experts": 27, "events": 7, "projects": 6, "countries": 32, "chapters": 6, "sources": 7}


def test_a_kind_lists_its_records_in_one_order():
    for kind in ("case-studies", "experts", "events", "chapters"):
        orders = [tomllib.loads(path.read_text(encoding="utf-8")).get("order") for path in (CONTENT / kind).glob("*.toml")]
        duplicates = sorted({order for order in orders if orders.count(order) > 1})
        assert not duplicates, f"{kind}: two records share order {duplicates}; give each its own number"


def test_structure_titles_are_in_languages_of_the_site():
    structure = tomllib.loads((CONTENT / "structure.toml").read_text(encoding="utf-8"))
    assert {"home", "guide", "countries", "experts", "events"} <= set(structure)
    for page, titles in structure.items():
        assert set(titles) <= TRANSLATED, f"structure.toml [{page}]: {sorted(set(titles) - TRANSLATED)} are not languages of the site"


def test_records_name_terms_that_exist():
    """A slug the taxonomy does not know would stop load_demo_data half-way: catch it here."""
    themes = {slug for slug, _label, _description in vocabularies.THEMES}
    guarantees = {slug for slug, _label, _description in vocabularies.GUARANTEES}
    modalities = {slug for slug, _label, _description in vocabularies.MODALITIES}
    stages = {slug for slug, _label, _description in vocabularies.STAGES}
    principles = {code for code, _label, _description in vocabularies.PRINCIPLES}
    experts = {expert["slug"] for expert in data.EXPERTS}
    events = {event["slug"] for event in data.EVENTS}
    problems = []

    def check(where, values, known, what):
        if unknown := sorted(set(values) - known):
            problems.append(f"{where}: unknown {what} {unknown}")

    for case in data.CASE_STUDIES:
        where = f"case-studies/{case['slug']}.toml"
        check(where, case["themes"], themes, "themes")
        check(where, case["guarantees"], guarantees, "guarantees")
        check(where, case["modalities"], modalities, "modalities")
        check(where, [case["stage"]], stages, "stage")
        check(where, case["principles"], principles, "principles")
        check(where, case["experts"], experts, "experts")
        check(where, case["events"], events, "events")
        if case["lead_country"] not in case["countries"]:
            problems.append(f"{where}: lead_country {case['lead_country']} is not among its countries")
    for expert in data.EXPERTS:
        where = f"experts/{expert['slug']}.toml"
        organisation = data.ORGANISATIONS.get(expert["affiliation"])
        if organisation is None:
            problems.append(f"{where}: affiliation {expert['affiliation']!r} is not in organisations.toml")
        elif expert["country"] != organisation["country"]:
            # A country only for a body of one country: never ILO, UN, ASEAN Secretariat staff or donors.
            problems.append(f"{where}: country {expert['country']!r} but its organisation's is {organisation['country']!r}")
        check(f"experts/{expert['slug']}.toml", expert["themes"], themes, "themes")
        check(f"experts/{expert['slug']}.toml", expert["guarantees"], guarantees, "guarantees")
    for event in data.EVENTS:
        sessions = [session["theme"] for session in event["sessions"] if session["theme"]]
        check(f"events/{event['slug']}.toml", sessions, themes, "session themes")
    for code, country in data.COUNTRIES.items():
        for need in country["needs"]:
            where = f"countries/{code.lower()}.toml need {need['title']!r}"
            check(where, need["themes"], themes, "themes")
            check(where, need["guarantees"], guarantees, "guarantees")
            check(where, need["principles"], principles, "principles")
            check(where, [need["stage"]], stages, "stage")
            check(where, [need["time_frame"]] if need["time_frame"] else [], {"short", "medium", "long"}, "time_frame")
    countries = {str(code) for code, _name in django_countries}
    for key, organisation in data.ORGANISATIONS.items():
        where = f"organisations.toml [{key}]"
        check(where, [organisation["kind"]], {"national", "international", "donor", "academia", "social-partners", "private"}, "kind")
        national = organisation["kind"] not in ("international", "donor")
        if national != bool(organisation["country"]):
            problems.append(f"{where}: a country for bodies of one country only (kind {organisation['kind']})")
        if organisation["country"]:
            check(where, [organisation["country"]], countries, "country")
    check("chapters/", data.CHAPTERS, themes, "chapter slugs (a chapter's slug is its theme)")
    assert not problems, "\n".join(problems)
