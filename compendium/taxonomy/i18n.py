"""Translations of the controlled vocabularies, read from the same vocabularies/*.toml as data.py.

TRANSLATIONS[kind][code_or_slug][language] = (short label, description); for regions the
description is "". Kinds: principle, guarantee, theme, stage, modality, region.
Languages: fr, es, pt, zh-hans, km, lo, th, vi, id (each term's `translations.<language>`).
The sources of the wording are given at the top of each file. Applied by sync.sync().
"""

from compendium.taxonomy.data import VOCABULARIES, read

# kind -> (file in vocabularies/, the key that names a term)
KINDS = {
    "principle": ("principles", "code"),
    "guarantee": ("guarantees", "slug"),
    "theme": ("themes", "slug"),
    "stage": ("stages", "slug"),
    "modality": ("modalities", "slug"),
    "region": ("regions", "slug"),
}


def translations(name, identifier):
    """{identifier: {language: (label, description)}} of the terms of vocabularies/<name>.toml that have any."""
    found = {}
    for position, term in enumerate(read(name)["term"], start=1):
        try:
            by_language = {
                language: (values["label"], values.get("description", "")) for language, values in term.get("translations", {}).items()
            }
        except KeyError as exc:
            raise ValueError(f"{VOCABULARIES / name}.toml: a translation of term {position} has no {exc}") from exc
        if by_language:
            found[term[identifier]] = by_language
    return found


TRANSLATIONS = {kind: translations(name, identifier) for kind, (name, identifier) in KINDS.items()}
