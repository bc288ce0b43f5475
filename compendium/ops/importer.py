"""The case-study importer of `manage.py import_case_studies`, under its historical name; the code
is in compendium.ops.bulk_import (one module per kind of content)."""

from compendium.ops.bulk_import.base import ImportFailed, ImportReport, RowError, read_rows
from compendium.ops.bulk_import.case_studies import CaseStudyImporter, Importer
from compendium.ops.bulk_import.richtext import clean_rich_text, clean_rich_text_list, split

__all__ = [
    "CaseStudyImporter",
    "ImportFailed",
    "ImportReport",
    "Importer",
    "RowError",
    "clean_rich_text",
    "clean_rich_text_list",
    "read_rows",
    "split",
]
