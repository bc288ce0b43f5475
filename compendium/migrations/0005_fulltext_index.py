"""The database's own full-text index over SearchText: FTS5 on SQLite, tsvector + GIN on PostgreSQL."""

from django.db import migrations

SQLITE_FORWARD = [
    # External-content FTS5 table: the text lives once, in compendium_searchtext; triggers keep
    # the index in step. The ascii tokenizer splits on ASCII spaces/punctuation only, so the
    # pre-segmented Khmer/Lao/Thai words and bigrams stay whole (unicode61 splits at their marks).
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
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS compendium_searchtext_au",
    "DROP TRIGGER IF EXISTS compendium_searchtext_ad",
    "DROP TRIGGER IF EXISTS compendium_searchtext_ai",
    "DROP TABLE IF EXISTS compendium_searchtext_fts",
]

# Each row is analysed with its own language's configuration (stemming for en/fr/es/pt/id);
# the bigrams of unspaced scripts with 'simple'. A stored generated column needs no trigger.
POSTGRES_CONFIG = """CASE language
    WHEN 'en' THEN 'english'::regconfig WHEN 'fr' THEN 'french'::regconfig
    WHEN 'es' THEN 'spanish'::regconfig WHEN 'pt' THEN 'portuguese'::regconfig
    WHEN 'id' THEN 'indonesian'::regconfig ELSE 'simple'::regconfig END"""
POSTGRES_FORWARD = [
    f"""ALTER TABLE compendium_searchtext ADD COLUMN vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector({POSTGRES_CONFIG}, coalesce(title_terms, '')), 'A')
        || setweight(to_tsvector('simple'::regconfig, coalesce(title_terms, '')), 'B')
        || to_tsvector({POSTGRES_CONFIG}, coalesce(terms, ''))
        || to_tsvector('simple'::regconfig, coalesce(terms, ''))
        || to_tsvector('simple'::regconfig, coalesce(grams, ''))
    ) STORED""",
    "CREATE INDEX compendium_searchtext_vector ON compendium_searchtext USING gin (vector)",
]
POSTGRES_BACKWARD = ["DROP INDEX IF EXISTS compendium_searchtext_vector", "ALTER TABLE compendium_searchtext DROP COLUMN vector"]


def run(statements_by_vendor):
    def apply(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("compendium", "0004_search_terms")]
    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        )
    ]
