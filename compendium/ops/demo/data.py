"""Demo content for the SPF South-South Exchange, read from content/ (written from ../shared/seeds).

One TOML file per record: content/<kind>/<slug>.toml for case-studies, experts, events, countries
(<slug> = the ISO code in lower case) and chapters (<slug> = the theme), plus content/guide.toml and
content/home.toml. A file holds the record's English fields, its translations
(``[translations.<language>]``, read by translations.py) and, for case studies and events, its
``sources``. This module gives the records in the shapes loader.py has always read.

Every fact, figure, quote, name and public role comes from the source documents in
/work/shared/seeds (cited by file number in each item's ``sources``):

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
Experts with ``reference_group = true`` belong to the reference group established at Siem Reap.
In the Siem Reap sessions, a presentation's speaker is given only where 002 quotes that person on
that experience or on the subject of that session from the presenting country; otherwise it is
left blank. A presentation's country is the country whose experience it is. Country profiles
cover every country that appears in a case study, expert or event; coverage figures exist in the
seeds only for Cambodia and Lao PDR (001); a need's ``time_frame`` (short, medium, long) is the one
the source gives (only Cambodia's, 002) and is left out where none is given. An expert's
``affiliation`` names an organisation of content/organisations.toml (its kind: national,
international, donor, academia, social partners, private sector); an expert has a ``country`` only
when that organisation is a body of one country (never ILO, UN or ASEAN Secretariat staff, nor donors).

Conventions: country codes are ISO 3166-1 alpha-2 (upper case); principle codes ("a".."r"),
guarantee, theme, stage and modality slugs are those of compendium/taxonomy/vocabularies/.
Records of a kind are listed by their ``order`` (countries by code). A key that may be unknown is
left out of the file when it is: ``period`` (or either of its ``start``/``end``), an event's
``start``, ``end``, ``country`` and ``participants``, a session's ``theme``, a country's
``coverage``; here it becomes None (``period`` = (None, None)), as before.
"""

import functools
import tomllib
from pathlib import Path

CONTENT = Path(__file__).parent / "content"


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
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{CONTENT / kind / slug}.toml: missing or malformed field {exc}") from exc
    return built


def _body(blocks):
    """[(block type, value)]: a paragraph's value is its HTML, a quote's or key figure's a dict."""
    stream = []
    for block in blocks:
        fields = {key: value for key, value in block.items() if key != "type"}
        stream.append((block["type"], fields["text"] if block["type"] == "paragraph" else fields))
    return stream


def _sources(items):
    """[(seed number, what was cited in it)]."""
    return [(item["seed"], item["passage"]) for item in items]


def case_study(slug, record):
    period = record.get("period", {})
    return {
        "slug": slug,
        "title": record["title"],
        "programme": record["programme"],
        "lead_country": record["lead_country"],
        "countries": record["countries"],
        "summary": record["summary"],
        "body": _body(record["body"]),
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
        "sources": _sources(record["sources"]),
        "published": record["published"],
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
    return {
        "slug": slug,
        "title": record["title"],
        "type": record["type"],
        "start": record.get("start"),
        "end": record.get("end"),
        "place": record["place"],
        "country": record.get("country"),
        "organisers": record["organisers"],
        "partners": record["partners"],
        "participants": record.get("participants"),
        "participant_countries": record["participant_countries"],
        "summary": record["summary"],
        "body": _body(record["body"]),
        "outcomes": record["outcomes"],
        "sessions": [_session(session) for session in record["sessions"]],
        "case_studies": record["case_studies"],
        "sources": _sources(record["sources"]),
    }


NEED_FIELDS = ("title", "text", "themes", "guarantees", "principles", "stage")


def country(slug, record):
    return (
        slug.upper(),
        {
            "coverage": record.get("coverage"),
            "coverage_note": record["coverage_note"],
            "intro": record["intro"],
            "needs": [
                {**{field: need[field] for field in NEED_FIELDS}, "time_frame": need.get("time_frame", "")} for need in record["needs"]
            ],
        },
    )


def chapter(slug, record):
    return slug, {"title": record["title"], "intro": record["intro"], "background": record["background"]}


CASE_STUDIES = _build("case-studies", case_study)

EXPERTS = _build("experts", expert)

EVENTS = _build("events", event)

COUNTRIES = dict(_build("countries", country))

# {key: {"name", "acronym", "kind", "country" (or None)}}: the organisations experts work for.
ORGANISATIONS = {
    key: {"name": record["name"], "acronym": record["acronym"], "kind": record["kind"], "country": record.get("country")}
    for key, record in read(CONTENT / "organisations.toml").items()
}

CHAPTERS = dict(_build("chapters", chapter))

GUIDE = {field: single("guide")[field] for field in ("title", "intro", "body")}

HOME = {field: single("home")[field] for field in ("title", "tagline", "intro")}
