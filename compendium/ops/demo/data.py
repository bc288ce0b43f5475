"""Demo content for the SPF South-South Exchange, read from content/ (written from ../shared/seeds).

One TOML file per record: content/<kind>/<slug>.toml for case-studies, experts, events, projects, countries
(<slug> = the ISO code in lower case), chapters (<slug> = the theme) and sources, plus
content/guide.toml and content/home.toml. A file holds the record's English fields, its
translations (``[translations.<language>]``, read by translations.py) and its citations. This
module gives the records in the shapes loader.py reads.

Sources are records: content/sources/<slug>.toml, one per source document (with its text beside
it, content/sources/<slug>.txt, loaded into the document library) and one per public original
(the press release's address, the workshop's web page). A record cites them in
``[[sources]]`` tables, ``source = "<slug>"`` and ``locator = "..."`` (session, slide, paragraph);
a quote or key figure of a body, a coverage figure, a country's coverage and each stated need
carry their own ``source`` and ``locator``. An unknown source slug fails loading, naming the file.

Every fact, figure, quote, name and public role comes from the source documents in
/work/shared/seeds, whose copies are in content/sources/:

* 000 - slides: the process of building sustainable SPFs, with a South-South example per step;
* 001 - brochure: the ILO-China South-South cooperation project for Cambodia and Lao PDR;
* 002 - report of the Siem Reap technical workshop "Integrating Social Policies and the
  Delivery of Social Protection Floors", 29-31 May 2013 (six sessions = six Guide chapters);
* 003 - summary of the side event on the ILO Global Flagship Programme on Building Social
  Protection Floors for All and South-South and triangular cooperation;
* 004 - ILO press release on the Siem Reap workshop, 4 June 2013.

Summaries, lessons, bios and chapter texts are connective prose that paraphrases those
documents; no figure is added that the documents do not give. People appear with their public
roles only (quoted from the seeds); the e-mail addresses are fake (example.org) and exist only so
that the platform can route peer-support requests in the demo; contact details are never public.
The seeds name no member of the reference group established at Siem Reap, give nobody's
languages and nobody's availability for peer support: ``reference_group`` is false and
``languages`` empty throughout, and ``available`` is true only for the people whose countries'
experts and policy makers offered concrete support (002, "Enhancing South-South cooperation").
In the Siem Reap sessions no speaker is given: 002 names no presenter and only quotes people. A
presentation's country is the country whose experience it is. Country profiles cover every
country that appears in a case study, expert or event; coverage figures exist in the seeds only
for Cambodia and Lao PDR (001); a need's ``time_frame`` (short, medium, long) is the one the
source gives (only Cambodia's, 002) and is left out where none is given. An expert's
``affiliation`` names an organisation of content/organisations.toml (its kind: national,
international, donor, academia, social partners, private sector); an expert has a ``country`` only
when that organisation is a body of one country (never ILO, UN or ASEAN Secretariat staff, nor donors).

Conventions: country codes are ISO 3166-1 alpha-2 (upper case); principle codes ("a".."r"),
guarantee, theme, stage and modality slugs are those of compendium/taxonomy/vocabularies/.
Records of a kind are listed by their ``order`` (countries by code). A key that may be unknown is
left out of the file when it is: ``period`` (or either of its ``start``/``end``), an event's
``start``, ``end``, ``country`` and ``participants``, a session's ``theme``, a country's
``coverage``; here it becomes None (``period`` = (None, None)). Dates are written as precisely as
the source gives them, in ISO 8601: "2016", "2013-05" or "2013-05-29"; a source's own date too.
"""

import functools
import tomllib
from pathlib import Path

from compendium.core import dates

CONTENT = Path(__file__).parent / "content"
CITED = ("source", "locator")


class UnknownSource(ValueError):
    """A record cites a source slug that content/sources/ does not hold."""


def read(path):
    """The parsed TOML file at `path`; a broken file names itself."""
    with path.open("rb") as handle:
        try:
            return tomllib.load(handle)
        except tomllib.TOMLDecodeError as exc:
            raise ValueError(f"{path}: {exc}") from exc


@functools.cache
def records(kind):
    """[(slug, parsed file)] of content/<kind>/*.toml, by `order` (then slug). Callers must not mutate them."""
    found = [(path.stem, read(path)) for path in sorted((CONTENT / kind).glob("*.toml"))]
    return sorted(found, key=lambda item: (item[1].get("order", 0), item[0]))


@functools.cache
def single(name):
    """The parsed content/<name>.toml (guide, home, structure)."""
    return read(CONTENT / f"{name}.toml")


def _build(kind, build):
    """[build(slug, record)] for every record of `kind`, naming the file when one lacks a field."""
    built = []
    for slug, record in records(kind):
        try:
            built.append(build(slug, record))
        except UnknownSource as exc:
            raise UnknownSource(f"{CONTENT / kind / slug}.toml: {exc}") from exc
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{CONTENT / kind / slug}.toml: missing or malformed field {exc}") from exc
    return built


def source(slug, record):
    date, precision = dates.parse(record["date"]) if record.get("date") else (None, dates.Precision.DAY)
    return {
        "slug": slug,
        "title": record["title"],
        "kind": record.get("kind", "document"),
        "publisher": record.get("publisher", ""),
        "date": date,
        "date_precision": precision,
        "url": record.get("url", ""),
        "file": record.get("file", ""),
        "description": record.get("description", ""),
    }


SOURCES = {item["slug"]: item for item in _build("sources", source)}


def citation(item, note=""):
    """(source slug, locator, note) of one citing table; an unknown slug raises UnknownSource."""
    slug = item["source"]
    if slug not in SOURCES:
        raise UnknownSource(f"unknown source {slug!r} (known: {', '.join(sorted(SOURCES))})")
    return (slug, item.get("locator", ""), note)


def _sources(items):
    """[(source slug, locator, note)] of a record's [[sources]]."""
    return [citation(item, item.get("note", "")) for item in items]


def _body(blocks, cited=None):
    """[(block type, value)]: a paragraph's value is its HTML, a quote's or key figure's a dict.

    A quote's or key figure's own source goes to `cited` (a list) as a citation noted with the
    speaker or the figure; it is not part of the block."""
    stream = []
    for block in blocks:
        fields = {key: value for key, value in block.items() if key != "type" and key not in CITED}
        if "source" in block and cited is not None:
            cited.append(citation(block, block.get("speaker") or block.get("value", "")))
        stream.append((block["type"], fields["text"] if block["type"] == "paragraph" else fields))
    return stream


def _partial(value):
    """An ISO 8601 date at any precision -> (date, precision); (None, "day") when unknown."""
    return dates.parse(value) if value else (None, dates.Precision.DAY)


def case_study(slug, record):
    period = record.get("period", {})
    cited = _sources(record["sources"])
    body = _body(record["body"], cited)
    for figure in record["figures"]:
        if "source" in figure:
            cited.append(citation(figure, figure["value"]))
    return {
        "slug": slug,
        "title": record["title"],
        "programme": record["programme"],
        "lead_country": record["lead_country"],
        "countries": record["countries"],
        "summary": record["summary"],
        "body": body,
        "lessons": record["lessons"],
        "principles": record["principles"],
        "guarantees": record["guarantees"],
        "themes": record["themes"],
        "stage": record["stage"],
        "modalities": record["modalities"],
        "figures": [(figure["value"], figure["label"]) for figure in record["figures"]],
        "period": (period.get("start"), period.get("end")),
        "institutions": record["institutions"],
        "experts": record["experts"],
        "events": record["events"],
        "sources": cited,
    }


EXPERT_FIELDS = (
    "name",
    "honorific",
    "role",
    "organisation",
    "themes",
    "guarantees",
    "languages",
    "bio",
    "available",
    "reference_group",
    "email",
)


def expert(slug, record):
    return {
        "slug": slug,
        **{field: record[field] for field in EXPERT_FIELDS},
        "country": record.get("country"),
        "affiliation": record["affiliation"],
        "sources": _sources(record.get("sources", [])),
    }


def _session(record):
    return {
        "title": record["title"],
        "theme": record.get("theme"),
        "summary": record["summary"],
        "presentations": [
            {"title": item["title"], "speaker": item["speaker"], "country": item["country"], "expert": item["expert"]}
            for item in record["presentations"]
        ],
    }


def event(slug, record):
    cited = _sources(record["sources"])
    body = _body(record["body"], cited)
    start, start_precision = _partial(record.get("start"))
    end, end_precision = _partial(record.get("end"))
    return {
        "slug": slug,
        "title": record["title"],
        "type": record["type"],
        "start": start,
        "start_precision": start_precision,
        "end": end,
        "end_precision": end_precision,
        "place": record["place"],
        "country": record.get("country"),
        "organisers": record["organisers"],
        "partners": record["partners"],
        "participants": record.get("participants"),
        "participant_countries": record["participant_countries"],
        "summary": record["summary"],
        "body": body,
        "outcomes": record["outcomes"],
        "sessions": [_session(session) for session in record["sessions"]],
        "case_studies": record["case_studies"],
        "sources": cited,
    }


def _cited_rows(rows, cited, label):
    """The rows of a table (budget lines, indicators) without their citation keys; each row's own
    source goes to `cited`, noted with `label(row)`."""
    found = []
    for row in rows:
        if "source" in row:
            cited.append(citation(row, label(row)))
        found.append({key: value for key, value in row.items() if key not in CITED})
    return found


def project(slug, record):
    """A cooperation project: its English fields, participants (organisation key and role), budget
    lines and indicators (amounts as strings, read as Decimal by the loader) and citations."""
    cited = _sources(record["sources"])
    body = _body(record["body"], cited)
    start, start_precision = _partial(record.get("start"))
    end, end_precision = _partial(record.get("end"))
    return {
        "slug": slug,
        "title": record["title"],
        "status": record["status"],
        "start": start,
        "start_precision": start_precision,
        "end": end,
        "end_precision": end_precision,
        "previous_phase": record.get("previous_phase"),
        "countries": record["countries"],
        "themes": record["themes"],
        "modalities": record["modalities"],
        "events": record["events"],
        "case_studies": record["case_studies"],
        "experts": record["experts"],
        "summary": record["summary"],
        "body": body,
        "participants": [(item["organisation"], item["role"]) for item in record.get("participants", [])],
        "budget_lines": _cited_rows(
            record.get("budget_lines", []),
            cited,
            lambda row: f"{row['currency']} {row['amount']} ({row.get('beneficiary_country') or row.get('beneficiary')})",
        ),
        "indicators": _cited_rows(record.get("indicators", []), cited, lambda row: row["name"]),
        "sources": cited,
    }


NEED_FIELDS = ("title", "text", "themes", "guarantees", "principles", "stage")


def _need(need):
    found = {field: need[field] for field in NEED_FIELDS}
    found["time_frame"] = need.get("time_frame", "")
    found["sources"] = [citation(item, need["title"]) for item in need.get("sources", [])]
    return found


def country(slug, record):
    cited = _sources(record.get("sources", []))
    if "coverage" in record and record.get("coverage_source"):
        cited.append(citation(record["coverage_source"], f"{record['coverage']:g} %"))
    return (
        slug.upper(),
        {
            "coverage": record.get("coverage"),
            "coverage_note": record.get("coverage_note", ""),
            "intro": record["intro"],
            "needs": [_need(need) for need in record["needs"]],
            "sources": cited,
        },
    )


def chapter(slug, record):
    return slug, {
        "title": record["title"],
        "intro": record["intro"],
        "background": record["background"],
        "sources": _sources(record.get("sources", [])),
    }


CASE_STUDIES = _build("case-studies", case_study)

EXPERTS = _build("experts", expert)

EVENTS = _build("events", event)

PROJECTS = _build("projects", project)

COUNTRIES = dict(_build("countries", country))

# {key: {"name", "acronym", "kind", "country" (or None)}}: the organisations experts work for.
ORGANISATIONS = {
    key: {"name": record["name"], "acronym": record["acronym"], "kind": record["kind"], "country": record.get("country")}
    for key, record in read(CONTENT / "organisations.toml").items()
}

CHAPTERS = dict(_build("chapters", chapter))

GUIDE = {**{field: single("guide")[field] for field in ("title", "intro", "body")}, "sources": _sources(single("guide").get("sources", []))}

HOME = {**{field: single("home")[field] for field in ("title", "tagline", "intro")}, "sources": _sources(single("home").get("sources", []))}
