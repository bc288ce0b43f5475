"""Rich text from a spreadsheet cell, cleaned to what the field's editor allows."""

import html
import json
import re

from bs4 import BeautifulSoup, Comment
from draftjs_exporter.error import ExporterException
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.rich_text import features as feature_registry


def split(value):
    return [part.strip() for part in (value or "").split("|") if part.strip()]


HTML_TAG = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?|/[a-zA-Z][a-zA-Z0-9-]*\s*|!--.*?--|![a-zA-Z][^<>]*)>", re.DOTALL)
BLOCK_START = re.compile(r"\s*</?(?:p|h[1-6]|ul|ol|li|div|blockquote|pre|table|section|article|hr)\b", re.IGNORECASE)
NOT_CONTENT = ("script", "style", "template", "noscript", "textarea", "title", "head", "iframe", "object", "svg", "math")


def clean_rich_text(value, features=None):
    """Rich text (database format) made from a spreadsheet cell, kept to what an editor could type.

    `value` is plain text or HTML. Plain text (anything without an HTML tag, e.g. "a < b & c") is
    escaped, so it reads as written. Paragraphs are separated by blank lines; a part that does not
    start with a block element (p, h2, ul...) becomes a paragraph. The result then makes the same
    round trip through Draftail's contentstate as the admin's editor does, with `features` (the
    field's rich-text features; Wagtail's defaults if None): only what those features allow stays
    (paragraphs, bold, italic, links with safe schemes, lists, allowed headings...), every other
    tag and attribute is dropped (script, style and similar elements with their content). The
    output is deterministic, so importing the same cell twice gives the same text.
    Raises ValueError if the HTML cannot be read.
    """
    parts = []
    for part in re.split(r"\n\s*\n", (value or "").strip()):
        part = part.strip()
        if not part:
            continue
        if not HTML_TAG.search(part):
            parts.append(f"<p>{html.escape(part, quote=False)}</p>")
        elif BLOCK_START.match(part):
            parts.append(part)
        else:
            parts.append(f"<p>{part}</p>")
    if not parts:
        return ""
    # Well-formed first (void and unclosed elements closed, stray end tags dropped), as the
    # converter expects from the editor; what is not content goes with its text.
    soup = BeautifulSoup("".join(parts), "html.parser")
    for element in soup.find_all(NOT_CONTENT):
        element.decompose()
    for comment in soup.find_all(string=lambda text: isinstance(text, Comment)):
        comment.extract()
    converter = ContentstateConverter(features if features is not None else feature_registry.get_default_features())
    try:
        contentstate = json.loads(converter.from_database_format(str(soup)))
        contentstate["blocks"] = [
            dict(block, key=None)  # no random block keys: the same cell always gives the same text
            for block in contentstate["blocks"]
            if block["text"].strip()
            or block["entityRanges"]
            or block["type"] not in ("unstyled", "unordered-list-item", "ordered-list-item")
        ]
        return converter.to_database_format(json.dumps(contentstate)) if contentstate["blocks"] else ""
    except (AssertionError, ExporterException) as exc:  # tags that do not nest as the editor's would
        raise ValueError(str(exc) or type(exc).__name__) from exc


def clean_rich_text_list(value, features=None):
    """A "|"-separated cell as a bulleted list of rich text, each item escaped or sanitised like
    clean_rich_text (a cell that already holds an HTML list is sanitised as it is)."""
    if re.search(r"<(?:ul|ol)\b", value or "", re.IGNORECASE):
        return clean_rich_text(value, features)
    items = [item if HTML_TAG.search(item) else html.escape(item, quote=False) for item in split(value)]
    if not items:
        return ""
    return clean_rich_text("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>", features)
