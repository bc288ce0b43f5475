"""The demo content as loaded at the start of a test session, kept in memory and written back
after a transactional test (browser tests, the edge cache) has flushed the database.

Loading the demo takes ~40 s; writing its rows back takes about a second. Without this, every
test after a flush that needs the demo would load it again inside its own rolled-back transaction.
The snapshot covers the tables Django's flush empties (the models' own tables) and, on SQLite,
the full-text indexes beside them (FTS5 virtual tables no model owns, which a flush leaves with
rows of the flushed test: Wagtail's index then refuses the next page with "constraint failed").
"""

from django.db import connection, transaction

_rows: dict[str, tuple[list[str], list[tuple]]] = {}
_fts_rows: dict[str, tuple[list[str], list[tuple]]] = {}  # FTS5 tables that hold their own text
_fts_external: list[str] = []  # FTS5 tables indexing a model's table (content=…): rebuilt from it


def _tables() -> list[str]:
    """The models' tables, less the full-text ones (Wagtail's FTS5 index has a model too): those
    are restored by rowid below, since `SELECT *` on an FTS5 table gives no rowid and copying
    them back as rows doubled them under new rowids."""
    with connection.cursor() as cursor:
        full_text = {table for table, _sql in _full_text_tables(cursor)}
    tables = connection.introspection.django_table_names(only_existing=True, include_views=False)
    return sorted(table for table in tables if table not in full_text)


def _full_text_tables(cursor) -> list[tuple[str, str]]:
    if connection.vendor != "sqlite":
        return []
    cursor.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'")
    return cursor.fetchall()


def take() -> None:
    """Remember every row of the models' tables (and of the full-text tables on SQLite)."""
    _rows.clear()
    _fts_rows.clear()
    _fts_external.clear()
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for table in _tables():
            if connection.vendor == "postgresql":
                # COPY keeps every type as PostgreSQL wrote it (JSON, arrays) and leaves out
                # generated columns (the search's tsvectors), which an INSERT may not set.
                with cursor.cursor.copy(f"COPY {quote(table)} TO STDOUT") as copy:
                    _rows[table] = ([], [b"".join(bytes(block) for block in copy)])
                continue
            cursor.execute(f"SELECT * FROM {quote(table)}")
            _rows[table] = ([column[0] for column in cursor.description], cursor.fetchall())
        for table, sql in _full_text_tables(cursor):
            if "content=" in sql.replace(" ", ""):
                _fts_external.append(table)
            else:
                cursor.execute(f"SELECT rowid, * FROM {quote(table)}")
                _fts_rows[table] = (["rowid", *[column[0] for column in cursor.description][1:]], cursor.fetchall())


def restore() -> None:
    """Empty the models' tables and write the remembered rows back, in one transaction (foreign
    keys are deferred to its commit, so the order of the tables does not matter)."""
    if not _rows:
        return
    quote = connection.ops.quote_name
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("TRUNCATE " + ", ".join(quote(table) for table in _rows))
            for table, (_columns, (data,)) in _rows.items():
                with cursor.cursor.copy(f"COPY {quote(table)} FROM STDIN") as copy:
                    copy.write(data)
            return
        for table in _rows:
            cursor.execute(f"DELETE FROM {quote(table)}")
        for table, (columns, rows) in _rows.items():
            if rows:
                names = ", ".join(quote(column) for column in columns)
                marks = ", ".join(["%s"] * len(columns))
                cursor.executemany(f"INSERT INTO {quote(table)} ({names}) VALUES ({marks})", rows)
        # Last, as the triggers of the models' tables write into them too.
        for table, (columns, rows) in _fts_rows.items():
            cursor.execute(f"DELETE FROM {quote(table)}")
            names = ", ".join(columns)
            marks = ", ".join(["%s"] * len(columns))
            cursor.executemany(f"INSERT INTO {quote(table)} ({names}) VALUES ({marks})", rows)
        for table in _fts_external:
            cursor.execute(f"INSERT INTO {quote(table)} ({quote(table)}) VALUES ('rebuild')")
