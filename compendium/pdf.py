"""PDFs of Guide chapters and case studies, rendered by WeasyPrint from the pages' own templates
(the print stylesheet applies), with the site's Khmer, Lao and Thai fonts embedded."""

import mimetypes
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.utils.text import slugify


def local_fetcher():
    """A WeasyPrint URL fetcher that serves /static/ and /media/ from disk and nothing else:
    the PDF never asks the server (or anyone) over HTTP."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class LocalFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            path = "/" + url.split("://", 1)[-1].split("/", 1)[-1].split("?", 1)[0] if "://" in url else url.split("?", 1)[0]
            found = None
            if path.startswith(settings.STATIC_URL):
                relative = path[len(settings.STATIC_URL) :]
                found = finders.find(relative) or (Path(settings.STATIC_ROOT) / relative)
            elif path.startswith(settings.MEDIA_URL):
                found = Path(settings.MEDIA_ROOT) / path[len(settings.MEDIA_URL) :]
            if not found or not Path(found).is_file():
                raise ValueError(f"not fetched: {url}")
            mime = mimetypes.guess_type(str(found))[0] or "application/octet-stream"
            return URLFetcherResponse(url, Path(found).read_bytes(), {"Content-Type": mime})

    return LocalFetcher(allowed_protocols={"http", "https", "data", "file"})


def page_pdf(page, request):
    """The page as a PDF response (A4, print stylesheet), named after its slug and language."""
    from weasyprint import CSS, HTML

    response = page.serve(request)  # the page's own template and context
    if hasattr(response, "render"):
        response.render()
    html = response.content.decode()
    stylesheet = CSS(
        string="@page { size: A4; margin: 18mm 16mm; @bottom-right { content: counter(page) ' / ' counter(pages); font-size: 9pt; } }"
    )
    pdf = HTML(string=html, base_url=request.build_absolute_uri("/"), url_fetcher=local_fetcher(), media_type="print").write_pdf(
        stylesheets=[stylesheet]
    )
    result = HttpResponse(pdf, content_type="application/pdf")
    result["Content-Disposition"] = f'inline; filename="{slugify(page.slug)}-{request.LANGUAGE_CODE}.pdf"'
    return result
