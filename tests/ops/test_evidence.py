"""Every fact of the demo content is traceable to its source, and no page states more than the seeds.

Walks the content files (compendium/ops/demo/content) and the pages loaded from them: every record
that states facts cites a source; each quote, key figure, coverage figure and stated need has its
own citation; a cited quote is found word for word in its source's text, a cited figure's number
too; every public page, in English and Khmer, is free of doubled strings ("Place China, China")
and of dates padded to a day the source does not give ("January 1, 2016", "December 31").
"""

import re
import tomllib
import unicodedata

import pytest
from django.utils.html import strip_tags
from wagtail.blocks import StreamValue

from compendium.ops.demo import data
from compendium.ops.demo.data import CONTENT

KINDS = ("case-studies", "experts", "events", "countries", "chapters")
FILES = [path for kind in KINDS for path in sorted((CONTENT / kind).glob("*.toml"))] + [CONTENT / "guide.toml", CONTENT / "home.toml"]


def normal(text):
    """Text compared the way a reader would: quotes, dashes, emphasis marks and spacing aside."""
    text = unicodedata.normalize("NFKC", text)
    for old, new in {"“": '"', "”": '"', "’": "'", "‘": "'", "‐": "-", "…": "..."}.items():
        text = text.replace(old, new)
    return re.sub(r"\s+", " ", re.sub(r"[*_\\]", "", text)).strip().lower()


NUMBER_WORDS = {"21": "twenty-one"}  # figures a source spells out
SOURCE_TEXT = {slug: normal((CONTENT / "sources" / item["file"]).read_text()) for slug, item in data.SOURCES.items() if item["file"]}


def states_facts(kind, record):
    if kind == "countries":
        return bool(record["intro"] or record["needs"] or "coverage" in record)
    return True


def cited_items(record):
    """(what, table) for every quote, key figure, coverage figure and coverage of a record."""
    for block in record.get("body", []) if isinstance(record.get("body"), list) else []:
        if block["type"] in ("quote", "key_figure"):
            yield f"{block['type']} {block.get('speaker') or block.get('value')}", block
    for figure in record.get("figures", []):
        yield f"figure {figure['value']}", figure
    if "coverage" in record:
        yield "coverage", record.get("coverage_source", {})


def uncited(path):
    """Sentences naming every fact of the file at `path` that is not cited, or not found in its source."""
    kind = path.parent.name if path.parent.name in KINDS else path.stem
    record = tomllib.loads(path.read_text(encoding="utf-8"))
    problems = []
    if states_facts(kind, record) and not record.get("sources"):
        problems.append("states facts but cites no source ([[sources]])")
    for what, item in cited_items(record):
        if item.get("source") not in data.SOURCES:
            problems.append(f"{what}: no source, or an unknown one ({item.get('source')!r})")
            continue
        text = SOURCE_TEXT.get(item["source"], "")
        if what.startswith("quote"):
            quote = normal(item["quote"]).strip('". ').removeprefix("...").strip()
            if quote not in text:
                problems.append(f"{what}: not found word for word in {item['source']}")
        else:
            number = re.search(r"\d[\d.,]*", item.get("value", f"{record.get('coverage', 0):g}"))
            found = number.group().rstrip(".,") if number else ""
            if found and found not in text and NUMBER_WORDS.get(found, found) not in text:
                problems.append(f"{what}: {found} is not in {item['source']}")
    noted = {item.get("note") for item in record.get("sources", [])}
    for need in record.get("needs", []):
        if not need.get("sources") and need["title"] not in noted:
            problems.append(f"need {need['title']!r} cites no source (a [[sources]] noted with its title, or its own)")
    return problems


@pytest.mark.parametrize("path", FILES, ids=lambda path: str(path.relative_to(CONTENT)))
def test_every_fact_of_a_content_file_is_cited(path):
    problems = uncited(path)
    assert not problems, f"{path.relative_to(CONTENT)}:\n  " + "\n  ".join(problems)


def test_a_walk_of_the_files_finds_an_uncited_fact(tmp_path):
    # The walk above must be able to fail: a quote the source does not hold, a need without a citation.
    record = {
        "intro": "x",
        "needs": [{"title": "A need"}],
        "sources": [{"source": "siem-reap-press-release", "locator": ""}],
        "body": [{"type": "quote", "quote": "Words nobody said.", "speaker": "X", "source": "siem-reap-press-release"}],
    }
    path = tmp_path / "countries" / "zz.toml"
    path.parent.mkdir()
    lines = ['intro = "x"', "", "[[needs]]", 'title = "A need"', "", "[[sources]]", 'source = "siem-reap-press-release"', 'locator = ""']
    lines += ["", "[[body]]", 'type = "quote"', 'quote = "Words nobody said."', 'speaker = "X"', 'source = "siem-reap-press-release"']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert tomllib.loads(path.read_text()) == record
    problems = "\n".join(uncited(path))
    assert "not found word for word" in problems and "need 'A need' cites no source" in problems


def test_an_unknown_source_fails_loading_and_names_the_file(monkeypatch):
    record = dict(tomllib.loads((CONTENT / "experts" / "sok-kanha.toml").read_text(encoding="utf-8")))
    record["sources"] = [{"source": "minutes-of-a-meeting", "locator": "p. 2"}]
    monkeypatch.setattr(data, "records", lambda kind: [("sok-kanha", record)])
    with pytest.raises(data.UnknownSource) as failure:
        data._build("experts", data.expert)
    message = str(failure.value)
    assert "experts/sok-kanha.toml" in message and "unknown source 'minutes-of-a-meeting'" in message
    assert "siem-reap-workshop-report" in message  # says which slugs exist


# --- the loaded pages ---------------------------------------------------------------------------


def fact_pages():
    from wagtail.models import Page

    from casestudies.models import CaseStudyPage
    from compendium.pages.models import ChapterPage, CountryPage, GuidePage, HomePage
    from events.models import EventPage
    from experts.models import ExpertPage

    pages = []
    for model in (CaseStudyPage, EventPage, ExpertPage, ChapterPage, GuidePage, HomePage):
        pages += list(model.objects.live())
    pages += [page for page in CountryPage.objects.live() if page.intro or page.needs.exists() or page.country.coverage_percent is not None]
    assert len(pages) > 100 and all(isinstance(page, Page) for page in pages)
    return pages


@pytest.mark.django_db
def test_every_loaded_page_that_states_facts_cites_its_sources(demo):
    from compendium.sources.models import Citation

    problems = []
    for page in fact_pages():
        notes = set(Citation.objects.filter(page_id=page.pk).values_list("note", flat=True))
        if not Citation.objects.filter(page_id=page.pk).exists():
            problems.append(f"{page.url_path}: no citation")
        for figure in getattr(page, "figures", None).all() if hasattr(page, "figures") else []:
            if figure.value not in notes:
                problems.append(f"{page.url_path}: figure {figure.value} has no citation of its own")
        for block in page.body if isinstance(getattr(page, "body", None), StreamValue) else []:
            if block.block_type == "quote" and block.value["speaker"] not in notes:
                problems.append(f"{page.url_path}: quote of {block.value['speaker']} has no citation of its own")
            if block.block_type == "key_figure" and block.value["value"] not in notes:
                problems.append(f"{page.url_path}: key figure {block.value['value']} has no citation of its own")
        for need in page.needs.all() if hasattr(page, "needs") else []:
            if need.title_en not in notes:
                problems.append(f"{page.url_path}: need {need.title_en!r} has no citation")
    assert not problems, "\n".join(problems)


DOUBLED = re.compile(r"(?<![\w-])([^\W\d_][\w'’.&-]*(?: [\w'’.&()-]+){0,9}), \1(?![\w-])")
PADDED = re.compile(r"\b(?:January 1|1 January|December 31|31 December|1er janvier|31 décembre)\b")


def visible_text(html):
    body = html.split("<main", 1)[-1].split("</main>", 1)[0]
    return re.sub(r"\s+", " ", strip_tags(re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)))


def test_the_checks_for_doubled_strings_and_padded_dates_can_fail():
    ministry = "Ministry of Labour and Vocational Training"
    assert DOUBLED.search("Place China, China") and DOUBLED.search(f"Director-General, {ministry}, {ministry}, Cambodia")
    assert not DOUBLED.search("Cambodia, Lao PDR") and not DOUBLED.search("Thailand, Cambodia and Lao PDR")
    assert PADDED.search("Dates January 1, 2016") and PADDED.search("January 1, 2011 – December 31, 2013")
    assert not PADDED.search("2011 – 2013") and not PADDED.search("May 29, 2013 – May 31, 2013")


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "km"])
def test_no_public_page_shows_a_doubled_string_or_a_padded_date(client, demo, language):
    from django.utils import translation
    from wagtail.models import Page

    problems = []
    pages = Page.objects.live().public().filter(depth__gt=1).specific()
    for page in pages:
        with translation.override(language):
            url = page.url
        response = client.get(url)
        assert response.status_code == 200, url
        text = visible_text(response.content.decode())
        problems += [f"{url}: doubled {match.group(0)!r}" for match in DOUBLED.finditer(text)]
        problems += [f"{url}: padded date {match.group(0)!r}" for match in PADDED.finditer(text)]
    assert len(pages) > 100
    assert not problems, "\n".join(problems)
