"""The demo content as loaded at the start of a test session, kept in memory and written back
after a transactional test (browser tests, the edge cache) has flushed the database.

Loading the demo takes ~40 s; writing its rows back takes about a second. Without this, every
test after a flush that needs the demo would load it again inside its own rolled-back transaction.
The snapshot covers exactly the tables Django's flush empties (the models' own tables).
"""

from django.db import connection, transaction

_rows: dict[str, tuple[list[str], list[tuple]]] = {}


# Filled by triggers on wagtailsearch_indexentry when its rows go back. Copied as well, its rows came
# back a second time under new rowids (`SELECT *` on an FTS5 table has no rowid), and the next
# page indexed after a restore collided with them ("constraint failed"; its save failed).
TRIGGER_FILLED = {"wagtailsearch_indexentry_fts"}


def _tables() -> list[str]:
    tables = connection.introspection.django_table_names(only_existing=True, include_views=False)
    return sorted(table for table in tables if table not in TRIGGER_FILLED)


def take() -> None:
    """Remember every row of the models' tables."""
    _rows.clear()
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for table in _tables():
            cursor.execute(f"SELECT * FROM {quote(table)}")
            _rows[table] = ([column[0] for column in cursor.description], cursor.fetchall())


def restore() -> None:
    """Empty the models' tables and write the remembered rows back, in one transaction (foreign
    keys are deferred to its commit, so the order of the tables does not matter)."""
    if not _rows:
        return
    quote = connection.ops.quote_name
    with transaction.atomic(), connection.cursor() as cursor:
        for table in _rows:
            cursor.execute(f"DELETE FROM {quote(table)}")
        for table, (columns, rows) in _rows.items():
            if rows:
                names = ", ".join(quote(column) for column in columns)
                marks = ", ".join(["%s"] * len(columns))
                cursor.executemany(f"INSERT INTO {quote(table)} ({names}) VALUES ({marks})", rows)
