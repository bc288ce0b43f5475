"""Translations of the demo content of the SPF South-South Exchange, read from content/ (see ``data.py``).

Each record's file carries its translations beside its English fields, one
``[translations.<language>]`` table per language (a country's needs carry theirs in
``[needs.translations.<language>]``); content/structure.toml holds the titles of the site's
skeleton pages. Each constant maps an item key to ``{language: {field: value}}`` and is read by
``loader.py`` (``translated(kind, slug)``), which writes the values into the modeltranslation
fields of the corresponding pages. Languages: "fr", "es", "pt", "zh-hans", "km", "lo", "th", "vi", "id".

* STRUCTURE - titles of the home page, the Guide, the section pages and the six chapters
  (``{key: {language: title}}``, read by compendium/ops/site_setup.py);
* HOME, GUIDE, CHAPTER - tagline / title and introduction of those pages;
* CASE_STUDY - title and summary of every case study, in Khmer and Lao, plus the language of
  the lead country where the site offers it;
* EXPERT - role, organisation and bio of an expert (none translated yet);
* COUNTRY - introduction of a country profile in that country's language;
* NEED - title and text of a country's declared needs, keyed "<ISO>:<index in needs>";
* EVENT - title and summary of every event, in Khmer and Lao;
* PROJECT - title and summary of every cooperation project, in Khmer and Lao.

The translations follow the meaning of the English texts (themselves written from ILO documents)
in a public-policy register, with the ILO's terminology for "Social Protection Floor" in each
language. Programme names, acronyms and figures are kept as in the English text.
"""

from compendium.ops.demo.data import records, single


def _translated(kind, key=lambda slug: slug):
    """{key(slug): translations} of the records of `kind` that have any."""
    return {key(slug): record["translations"] for slug, record in records(kind) if record.get("translations")}


def _needs():
    found = {}
    for slug, record in records("countries"):
        for index, need in enumerate(record["needs"]):
            if need.get("translations"):
                found[f"{slug.upper()}:{index}"] = need["translations"]
    return found


STRUCTURE = single("structure")

HOME = {"home": single("home").get("translations", {})}

GUIDE = {"guide": single("guide").get("translations", {})}

CHAPTER = _translated("chapters")

CASE_STUDY = _translated("case-studies")

EXPERT = _translated("experts")

COUNTRY = _translated("countries", key=str.upper)

NEED = _needs()

EVENT = _translated("events")

PROJECT = _translated("projects")
