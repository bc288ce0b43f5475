"""PDFs of Guide chapters and case studies, rendered by WeasyPrint from the pages' own templates
(the print stylesheet applies), with the site's Khmer, Lao and Thai fonts embedded."""

import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.exceptions import SuspiciousFileOperation
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext

COLOPHON = "components/pdf_colophon.html"  # the page's address, dates, credits and licence, on its last page

# What a PDF page references: the stylesheet and its fonts (static), and Wagtail images
# (originals and renditions; templates use {% image %}, never documents).
MEDIA_FOLDERS = ("images", "original_images")
STATIC_SUFFIXES = {".css", ".woff2", ".woff", ".ttf", ".otf", ".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif"}


class NotFetched(ValueError):
    """A URL the PDF may not embed; WeasyPrint leaves the resource out."""


def _inside(path, root):
    """`path`, resolved (symbolic links followed), if it is a file inside `root` (resolved too)."""
    try:
        resolved = Path(path).resolve(strict=True)
        root = Path(root).resolve(strict=True)
    except (OSError, RuntimeError, ValueError):
        return None
    return resolved if resolved.is_relative_to(root) and resolved.is_file() else None


def _static_roots():
    roots = [Path(settings.STATIC_ROOT)] if settings.STATIC_ROOT else []
    for finder in finders.get_finders():
        roots += [Path(storage.location) for storage in getattr(finder, "storages", {}).values() if getattr(storage, "location", None)]
    return roots


def local_file(url):
    """The file on disk a PDF resource URL stands for, or NotFetched.

    Only http(s) URLs whose path is under STATIC_URL (a file a staticfiles finder or STATIC_ROOT
    holds, of a type a page's print needs: stylesheet, font, image) or under MEDIA_URL's image
    folders; the host is ignored, as nothing is ever fetched over the network. The path is
    percent-decoded once, must not hold "." or ".." segments, and the file's resolved path must
    lie inside the resolved root it was found in."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise NotFetched(f"not fetched (scheme): {url}")
    path = unquote(parts.path)
    segments = path.split("/")
    if "\x00" in path or "\\" in path or any(segment in (".", "..") for segment in segments):
        raise NotFetched(f"not fetched (path): {url}")
    static_url, media_url = urlsplit(settings.STATIC_URL).path, urlsplit(settings.MEDIA_URL).path
    if static_url and path.startswith(static_url):
        relative = path[len(static_url) :]
        if not relative or Path(relative).suffix.lower() not in STATIC_SUFFIXES:
            raise NotFetched(f"not fetched (type): {url}")
        try:
            found = finders.find(relative)
        except SuspiciousFileOperation:
            found = None
        candidates = [found] if found else []
        if settings.STATIC_ROOT:
            candidates.append(Path(settings.STATIC_ROOT) / relative)
        for candidate in candidates:
            for root in _static_roots():
                if (resolved := _inside(candidate, root)) is not None:
                    return resolved
    elif media_url and path.startswith(media_url):
        relative = path[len(media_url) :]
        folder = relative.split("/", 1)[0]
        if folder in MEDIA_FOLDERS and "/" in relative:
            resolved = _inside(Path(settings.MEDIA_ROOT) / relative, Path(settings.MEDIA_ROOT) / folder)
            if resolved is not None:
                return resolved
    raise NotFetched(f"not fetched: {url}")


def local_fetcher():
    """A WeasyPrint URL fetcher that serves the site's own stylesheet, fonts and images from disk
    (see local_file) and data: URLs, and refuses everything else: the PDF never asks the server
    (or anyone) over the network, and never reads a file outside those folders."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class LocalFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            if urlsplit(url).scheme.lower() == "data":
                return super().fetch(url, headers)  # decoded by urllib, no network
            found = local_file(url)
            mime = mimetypes.guess_type(found.name)[0] or "application/octet-stream"
            return URLFetcherResponse(url, found.read_bytes(), {"Content-Type": mime})

    return LocalFetcher(allowed_protocols={"http", "https", "data"}, allow_redirects=False)


def page_pdf(page, request):
    """The page as a PDF response (A4, print stylesheet), named after its slug and language."""
    from weasyprint import CSS, HTML

    response = page.serve(request)  # the page's own template and context
    if hasattr(response, "render"):
        response.render()
    html = response.content.decode()
    url = settings.SPF_BASE_URL + page.url  # the configured public address, never the request's Host
    colophon = render_to_string(
        COLOPHON,
        {"url": url, "page": page.specific, "printed": timezone.now(), "SITE_NAME": gettext(settings.WAGTAIL_SITE_NAME)},
    )
    html = html.replace("</main>", colophon + "</main>", 1) if "</main>" in html else html + colophon
    footer_url = url.replace("\\", "").replace('"', "%22")
    stylesheet = CSS(
        string="@page { size: A4; margin: 18mm 16mm; "
        f'@bottom-left {{ content: "{footer_url}"; font-size: 8pt; color: #555; }} '
        "@bottom-right { content: counter(page) ' / ' counter(pages); font-size: 9pt; } }"
    )
    pdf = HTML(string=html, base_url=request.build_absolute_uri("/"), url_fetcher=local_fetcher(), media_type="print").write_pdf(
        stylesheets=[stylesheet]
    )
    result = HttpResponse(pdf, content_type="application/pdf")
    result["Content-Disposition"] = f'inline; filename="{slugify(page.slug)}-{request.LANGUAGE_CODE}.pdf"'
    return result
