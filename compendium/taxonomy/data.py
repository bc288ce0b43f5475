"""The controlled vocabularies of DESIGN.md, read from vocabularies/*.toml. Codes and slugs are public: never change them.

One file per taxonomy holds each term's English label and description and its translations, so
that a translator reads and corrects a term in one place. This module gives the English side in
the shapes the code has always used; i18n.py gives the translations, regions.py the regions and
the region of every country. sync.sync() applies all three.
"""

import functools
import tomllib
from pathlib import Path

VOCABULARIES = Path(__file__).parent / "vocabularies"


@functools.cache
def read(name):
    """The parsed vocabularies/<name>.toml (read once per process; callers must not mutate it)."""
    path = VOCABULARIES / f"{name}.toml"
    with path.open("rb") as handle:
        try:
            return tomllib.load(handle)
        except tomllib.TOMLDecodeError as exc:
            raise ValueError(f"{path}: {exc}") from exc


def terms(name, identifier="slug"):
    """[(identifier, English label, English description)] of vocabularies/<name>.toml, in file order."""
    rows = []
    for position, term in enumerate(read(name)["term"], start=1):
        try:
            rows.append((term[identifier], term["label"], term["description"]))
        except KeyError as exc:
            raise ValueError(f"{VOCABULARIES / name}.toml: term {position} has no {exc}") from exc
    return rows


# R202, Paragraph 3: (code, short label, full wording of the principle)
PRINCIPLES = terms("principles", identifier="code")

# R202, Paragraph 5: (slug, label, description)
GUARANTEES = terms("guarantees")

# The six chapters of the Good Practices Guide (the six sessions of the Siem Reap workshop)
THEMES = terms("themes")

STAGES = terms("stages")

MODALITIES = terms("modalities")

# Languages people work in (ISO 639-1), in the order forms list them.
LANGUAGES = list(read("languages")["codes"])

# Working languages of the countries in the demo content and their neighbours.
COUNTRY_LANGUAGES = {code: list(languages) for code, languages in read("languages")["countries"].items()}
