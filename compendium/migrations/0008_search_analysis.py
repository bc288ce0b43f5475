"""Search text analysed per language (Snowball stems, tag labels, title bigrams) and one full-text
index per field, so every engine ranks title, tags and body the same way.

The index tokens are made in Python (compendium.catalogue.text), so PostgreSQL reads them with the
'simple' configuration, as SQLite's FTS5 reads them with its ascii tokenizer. Rows indexed with an
older analysis are indexed again after migrating (compendium.catalogue.indexing.reindex_outdated).
"""

from django.db import migrations, models

COLUMNS = "title_terms, tag_terms, terms, grams"
SQLITE_FORWARD = [
    "DROP TRIGGER IF EXISTS compendium_searchtext_au",
    "DROP TRIGGER IF EXISTS compendium_searchtext_ad",
    "DROP TRIGGER IF EXISTS compendium_searchtext_ai",
    "DROP TABLE IF EXISTS compendium_searchtext_fts",
    f"""CREATE VIRTUAL TABLE compendium_searchtext_fts USING fts5(
        {COLUMNS}, content='compendium_searchtext', content_rowid='id', tokenize='ascii')""",
    f"""CREATE TRIGGER compendium_searchtext_ai AFTER INSERT ON compendium_searchtext BEGIN
        INSERT INTO compendium_searchtext_fts(rowid, {COLUMNS})
        VALUES (new.id, new.title_terms, new.tag_terms, new.terms, new.grams);
    END""",
    f"""CREATE TRIGGER compendium_searchtext_ad AFTER DELETE ON compendium_searchtext BEGIN
        INSERT INTO compendium_searchtext_fts(compendium_searchtext_fts, rowid, {COLUMNS})
        VALUES ('delete', old.id, old.title_terms, old.tag_terms, old.terms, old.grams);
    END""",
    f"""CREATE TRIGGER compendium_searchtext_au AFTER UPDATE ON compendium_searchtext BEGIN
        INSERT INTO compendium_searchtext_fts(compendium_searchtext_fts, rowid, {COLUMNS})
        VALUES ('delete', old.id, old.title_terms, old.tag_terms, old.terms, old.grams);
        INSERT INTO compendium_searchtext_fts(rowid, {COLUMNS})
        VALUES (new.id, new.title_terms, new.tag_terms, new.terms, new.grams);
    END""",
    "INSERT INTO compendium_searchtext_fts(compendium_searchtext_fts) VALUES ('rebuild')",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS compendium_searchtext_au",
    "DROP TRIGGER IF EXISTS compendium_searchtext_ad",
    "DROP TRIGGER IF EXISTS compendium_searchtext_ai",
    "DROP TABLE IF EXISTS compendium_searchtext_fts",
    """CREATE VIRTUAL TABLE compendium_searchtext_fts USING fts5(
        title_terms, terms, grams, content='compendium_searchtext', content_rowid='id', tokenize='ascii')""",
    """CREATE TRIGGER compendium_searchtext_ai AFTER INSERT ON compendium_searchtext BEGIN
        INSERT INTO compendium_searchtext_fts(rowid, title_terms, terms, grams)
        VALUES (new.id, new.title_terms, new.terms, new.grams);
    END""",
    """CREATE TRIGGER compendium_searchtext_ad AFTER DELETE ON compendium_searchtext BEGIN
        INSERT INTO compendium_searchtext_fts(compendium_searchtext_fts, rowid, title_terms, terms, grams)
        VALUES ('delete', old.id, old.title_terms, old.terms, old.grams);
    END""",
    """CREATE TRIGGER compendium_searchtext_au AFTER UPDATE ON compendium_searchtext BEGIN
        INSERT INTO compendium_searchtext_fts(compendium_searchtext_fts, rowid, title_terms, terms, grams)
        VALUES ('delete', old.id, old.title_terms, old.terms, old.grams);
        INSERT INTO compendium_searchtext_fts(rowid, title_terms, terms, grams)
        VALUES (new.id, new.title_terms, new.terms, new.grams);
    END""",
    "INSERT INTO compendium_searchtext_fts(compendium_searchtext_fts) VALUES ('rebuild')",
]

# One tsvector per field, each with its own GIN index: a title-only or tag-only match is then an
# index lookup, where a weight-restricted query on one vector would re-read every matching row.
POSTGRES_FORWARD = [
    "DROP INDEX IF EXISTS compendium_searchtext_vector",
    "ALTER TABLE compendium_searchtext DROP COLUMN IF EXISTS vector",
    """ALTER TABLE compendium_searchtext ADD COLUMN vector tsvector GENERATED ALWAYS AS (
        to_tsvector('simple'::regconfig, coalesce(title_terms, '') || ' ' || coalesce(tag_terms, '') || ' '
            || coalesce(terms, '') || ' ' || coalesce(grams, ''))
    ) STORED""",
    """ALTER TABLE compendium_searchtext ADD COLUMN title_vector tsvector GENERATED ALWAYS AS (
        to_tsvector('simple'::regconfig, coalesce(title_terms, ''))) STORED""",
    """ALTER TABLE compendium_searchtext ADD COLUMN tag_vector tsvector GENERATED ALWAYS AS (
        to_tsvector('simple'::regconfig, coalesce(tag_terms, ''))) STORED""",
    "CREATE INDEX compendium_searchtext_vector ON compendium_searchtext USING gin (vector)",
    "CREATE INDEX compendium_searchtext_title_vector ON compendium_searchtext USING gin (title_vector)",
    "CREATE INDEX compendium_searchtext_tag_vector ON compendium_searchtext USING gin (tag_vector)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS compendium_searchtext_title_vector",
    "DROP INDEX IF EXISTS compendium_searchtext_tag_vector",
    "DROP INDEX IF EXISTS compendium_searchtext_vector",
    "ALTER TABLE compendium_searchtext DROP COLUMN IF EXISTS title_vector",
    "ALTER TABLE compendium_searchtext DROP COLUMN IF EXISTS tag_vector",
    "ALTER TABLE compendium_searchtext DROP COLUMN IF EXISTS vector",
    """ALTER TABLE compendium_searchtext ADD COLUMN vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, coalesce(title_terms, '')), 'A')
        || to_tsvector('simple'::regconfig, coalesce(terms, ''))
        || to_tsvector('simple'::regconfig, coalesce(grams, ''))
    ) STORED""",
    "CREATE INDEX compendium_searchtext_vector ON compendium_searchtext USING gin (vector)",
]


def run(statements_by_vendor):
    def apply(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("compendium", "0007_help_texts")]
    operations = [
        migrations.AddField(
            model_name="searchitem",
            name="analysis",
            field=models.PositiveSmallIntegerField(
                default=0, help_text="The text analysis the item was indexed with (compendium.catalogue.indexing.ANALYSIS)."
            ),
        ),
        migrations.AddField(
            model_name="searchtext",
            name="tag_terms",
            field=models.TextField(blank=True, help_text="The labels of the item's tags in every language, as index tokens."),
        ),
        migrations.AlterField(
            model_name="searchtext",
            name="title_terms",
            field=models.TextField(blank=True, help_text="The title and programme name as index tokens (and their bigrams)."),
        ),
        migrations.AlterField(
            model_name="searchtext",
            name="terms",
            field=models.TextField(blank=True, help_text="The body as index tokens: segmented, stemmed, accents folded."),
        ),
        migrations.AlterField(
            model_name="searchtext",
            name="grams",
            field=models.TextField(blank=True, help_text="Character bigrams of the body's unspaced scripts (km, lo, th, my, zh)."),
        ),
        migrations.CreateModel(
            name="SearchWord",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("language", models.CharField(max_length=10)),
                ("word", models.CharField(max_length=64)),
            ],
            options={"constraints": [models.UniqueConstraint(fields=("language", "word"), name="unique_search_word")]},
        ),
        migrations.RunPython(
            run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        ),
    ]
