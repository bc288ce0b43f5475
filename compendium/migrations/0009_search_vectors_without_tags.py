"""PostgreSQL: the body vector without the tags' labels, no tag vector, and narrow heap rows.

The tags' labels (some 17 KB of index a row, the same few hundred labels on every item) are now
matched in memory (compendium.search.tag_match). A common word's matches are read from the heap
one row each: with the long texts moved out of line (toast_tuple_target), 15,000 rows fit in 430
blocks instead of 3,400, and a word found in nine rows in ten is answered in 10 ms, not 45–65.
SQLite's full-text table keeps its columns; its queries no longer ask the tags column.
"""

from django.db import migrations

FORWARD = [
    "ALTER TABLE compendium_searchtext SET (toast_tuple_target = 128)",
    "DROP INDEX IF EXISTS compendium_searchtext_tag_vector",
    "ALTER TABLE compendium_searchtext DROP COLUMN IF EXISTS tag_vector",
    "DROP INDEX IF EXISTS compendium_searchtext_vector",
    "ALTER TABLE compendium_searchtext DROP COLUMN IF EXISTS vector",
    """ALTER TABLE compendium_searchtext ADD COLUMN vector tsvector GENERATED ALWAYS AS (
        to_tsvector('simple'::regconfig, coalesce(title_terms, '') || ' ' || coalesce(terms, '') || ' ' || coalesce(grams, ''))
    ) STORED""",
    "CREATE INDEX compendium_searchtext_vector ON compendium_searchtext USING gin (vector)",
]
BACKWARD = [
    "ALTER TABLE compendium_searchtext RESET (toast_tuple_target)",
    "DROP INDEX IF EXISTS compendium_searchtext_vector",
    "ALTER TABLE compendium_searchtext DROP COLUMN IF EXISTS vector",
    """ALTER TABLE compendium_searchtext ADD COLUMN vector tsvector GENERATED ALWAYS AS (
        to_tsvector('simple'::regconfig, coalesce(title_terms, '') || ' ' || coalesce(tag_terms, '') || ' '
            || coalesce(terms, '') || ' ' || coalesce(grams, ''))
    ) STORED""",
    """ALTER TABLE compendium_searchtext ADD COLUMN tag_vector tsvector GENERATED ALWAYS AS (
        to_tsvector('simple'::regconfig, coalesce(tag_terms, ''))) STORED""",
    "CREATE INDEX compendium_searchtext_vector ON compendium_searchtext USING gin (vector)",
    "CREATE INDEX compendium_searchtext_tag_vector ON compendium_searchtext USING gin (tag_vector)",
]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("compendium", "0008_search_analysis")]
    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]
