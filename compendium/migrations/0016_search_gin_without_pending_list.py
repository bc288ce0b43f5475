"""PostgreSQL: the full-text GIN indexes written straight into their trees (fastupdate off).

With fastupdate on (PostgreSQL's default) new index entries wait in a pending list, unsorted,
until a vacuum or 4 MB of them moves them into the tree, and every search reads the whole list
for each of its words and phrases. Measured at N = 10,000 after a bulk load (414 pending pages):
a word no text holds cost 2.2 ms of index scan instead of 0.01, a three-word phrase 7.6 ms instead
of 0.06, and one search's statement 28.9 ms instead of 8.3. The catalogue is written a few rows a
publish and read on every search, the case PostgreSQL's documentation gives for turning it off;
a publish's rows cost about 1.5 ms more to write (3 rows: 4.7 → 6.2 ms). The list already there
is moved into the trees now.
"""

from django.db import migrations

INDEXES = ("compendium_searchtext_vector", "compendium_searchtext_title_vector")


def apply(fastupdate):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for index in INDEXES:
            schema_editor.execute(f"ALTER INDEX {index} SET (fastupdate = {fastupdate})")
            if fastupdate == "off":
                schema_editor.execute(f"SELECT gin_clean_pending_list('{index}'::regclass)")

    return run


class Migration(migrations.Migration):
    dependencies = [("compendium", "0015_read_model")]
    operations = [migrations.RunPython(apply("off"), apply("on"))]
