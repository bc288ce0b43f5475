"""Admin views of Settings → Bulk import (logic in compendium.ops.bulk_import)."""

from pathlib import Path

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from compendium.ops import bulk_import

KIND_CHOICES = [
    ("case-studies", gettext_lazy("Case studies")),
    ("experts", gettext_lazy("Experts")),
    ("events", gettext_lazy("Events")),
]


class UploadForm(forms.Form):
    kind = forms.ChoiceField(
        label=gettext_lazy("What the file holds"),
        choices=KIND_CHOICES,
        initial="case-studies",
        required=False,  # case studies, as before there were kinds
        widget=forms.RadioSelect,
        help_text=gettext_lazy("Each kind has its own columns: start from its template."),
    )
    file = forms.FileField(
        label=gettext_lazy("Spreadsheet"),
        help_text=gettext_lazy("A CSV (UTF-8) or Excel (.xlsx) file with one item per row, in the columns of the template."),
    )

    def clean_kind(self):
        return self.cleaned_data.get("kind") or "case-studies"

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if Path(upload.name).suffix.lower() not in bulk_import.SUFFIXES:
            raise forms.ValidationError(_("Choose a CSV or Excel (.xlsx) file."))
        if upload.size > bulk_import.MAX_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB; split it into several files."))
        return upload


def check_permission(request):
    if not bulk_import.may_import(request.user):
        raise PermissionDenied


def rows_of(report):
    """The dry-run report as table rows: what would happen to each item, by slug."""
    return (
        [(slug, _("Would be created")) for slug in report.created]
        + [(slug, _("Would be updated")) for slug in report.updated]
        + [(slug, _("Unchanged")) for slug in report.unchanged]
    )


def render(request, form, report=None, token=None):
    return TemplateResponse(
        request,
        "compendium/admin/bulk_import.html",
        {
            "form": form,
            "report": report,
            "rows": rows_of(report) if report is not None and report.ok else [],
            "token": token,
            "templates": [(label, static(bulk_import.KINDS[kind][1])) for kind, label in KIND_CHOICES],
            "page_title": _("Bulk import"),
            "header_icon": "upload",
        },
    )


def upload(request):
    """Upload a spreadsheet and see its dry run: errors by row and column, or what would change."""
    check_permission(request)
    if request.method != "POST":
        return render(request, UploadForm())
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return render(request, form)
    kind = form.cleaned_data["kind"]
    token = bulk_import.store(form.cleaned_data["file"], request.session, kind)
    report = bulk_import.dry_run(bulk_import.stored_path(token), kind)
    if not report.ok:
        bulk_import.forget(token, request.session)
        token = None
    return render(request, UploadForm(initial={"kind": kind}), report, token)


@require_POST
def apply(request):
    """Import the file whose dry run the user has just read, all or nothing."""
    check_permission(request)
    try:
        report = bulk_import.apply(request.POST.get("token", ""), request.session)
    except bulk_import.UploadGone:
        messages.error(request, _("This upload is no longer available; upload the file again."))
        return redirect("bulk_import")
    except bulk_import.UploadChanged:
        messages.error(request, _("The file changed since its dry run; nothing was imported. Upload it again."))
        return redirect("bulk_import")
    if not report.ok:
        return render(request, UploadForm(), report)
    messages.success(
        request,
        _("Imported: %(created)s created, %(updated)s updated, %(unchanged)s unchanged.")
        % {"created": len(report.created), "updated": len(report.updated), "unchanged": len(report.unchanged)},
    )
    return redirect("bulk_import")
