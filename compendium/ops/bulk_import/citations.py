"""The `sources` column every kind reads: citations of source records already in the library.

A cell lists citations separated by "|", each the source's slug and, after a colon, where in it:
`siem-reap-workshop-report: Session II | ilo-china-brochure`. The sources themselves are created
in the admin (Snippets → Sources); an import only cites them. A "what it supports" note written
in the admin is kept when the same source and locator are cited again.
"""

from django.utils.translation import gettext as _

from compendium.sources.models import Citation, Source

COLUMN = "sources"
LOCATOR_MAX = Citation._meta.get_field("locator").max_length


def parse(cell):
    """[(slug, locator)] of a cell, in order."""
    cited = []
    for part in (cell or "").split("|"):
        slug, _, locator = part.partition(":")
        if slug.strip():
            cited.append((slug.strip(), locator.strip()))
    return cited


class Citations:
    """Checks and writes the `sources` column against the source library, loaded once."""

    def __init__(self):
        self.sources = {source.slug: source for source in Source.objects.all()}

    def check(self, row):
        """[(column, message)] of what is wrong with the row's citations."""
        errors, seen = [], set()
        for slug, locator in parse(row.get(COLUMN)):
            if slug not in self.sources:
                errors.append((COLUMN, _("no source with the slug “%(slug)s”: add it under Snippets → Sources first") % {"slug": slug}))
            if (slug, locator) in seen:
                errors.append((COLUMN, _("“%(citation)s” is cited twice") % {"citation": f"{slug}: {locator}" if locator else slug}))
            if len(locator) > LOCATOR_MAX:
                errors.append((COLUMN, f"{slug}: " + _("at most %(count)s characters") % {"count": LOCATOR_MAX}))
            seen.add((slug, locator))
        return errors

    def apply(self, page, row):
        """Make the page's citations those of the row (left as they are if the file has no
        `sources` column)."""
        if COLUMN not in row:
            return
        wanted = parse(row[COLUMN])
        existing = list(page.citations.all().order_by("sort_order", "pk")) if page.pk else []
        notes = {(citation.source_id, citation.locator): citation.note for citation in existing}
        rows = [(self.sources[slug], locator) for slug, locator in wanted]
        if [(c.source_id, c.locator) for c in existing] == [(source.pk, locator) for source, locator in rows]:
            return
        page.citations.clear()
        for order, (source, locator) in enumerate(rows):
            page.citations.add(Citation(sort_order=order, source=source, locator=locator, note=notes.get((source.pk, locator), "")))


def snapshot(page):
    return [(citation.source_id, citation.locator, citation.note) for citation in page.citations.all()]
