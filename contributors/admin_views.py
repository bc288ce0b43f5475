"""Admin views: staff review applications, invite contributors and review proposed needs;
contributors propose needs and follow their submissions. Thin: the work is in `services`."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from . import services, submissions
from .forms import InviteForm, NeedsUpdateForm, ReviewForm
from .models import ContributorApplication, NeedsUpdate

APPLICATIONS_URL = "wagtailsnippets_contributors_contributorapplication:list"
NEEDS_URL = "wagtailsnippets_contributors_needsupdate:list"


def _require(request, permission):
    if not request.user.has_perm(permission):
        raise PermissionDenied


@require_http_methods(["GET", "POST"])
def review_application(request, pk, action):
    """GET: confirm approving or rejecting an application. POST: do it."""
    _require(request, "contributors.change_contributorapplication")
    application = get_object_or_404(ContributorApplication.objects.select_related("country"), pk=pk)
    if request.method == "POST":
        try:
            if action == "approve":
                user = services.approve(application, request.user)
                messages.success(
                    request,
                    _("%(name)s can now contribute for %(country)s; a mail to set a password was sent to %(email)s.")
                    % {"name": application.name, "country": application.country.name, "email": user.email},
                )
            else:
                services.reject(application, request.user)
                messages.success(request, _("The application of %(name)s was rejected.") % {"name": application.name})
        except services.ContributorError as error:
            messages.error(request, str(error))
        return redirect(APPLICATIONS_URL)
    return TemplateResponse(
        request, "contributors/admin/confirm_application.html", {"application": application, "action": action, "header_icon": "user"}
    )


@require_http_methods(["GET", "POST"])
def invite(request):
    """Staff invite a contributor by e-mail."""
    _require(request, "contributors.change_contributorapplication")
    form = InviteForm(request.POST or None, initial={"language": request.LANGUAGE_CODE})
    if request.method == "POST" and form.is_valid():
        try:
            services.invite(request.user, **form.cleaned_data)
        except services.ContributorError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request, _("%(email)s was invited; a mail to set a password was sent.") % {"email": form.cleaned_data["email"]}
            )
            return redirect(APPLICATIONS_URL)
    return TemplateResponse(
        request, "contributors/admin/invite.html", {"form": form, "header_icon": "mail"}, status=400 if form.errors else 200
    )


@require_http_methods(["GET", "POST"])
def propose_need(request):
    """A contributor proposes a stated need for one of their countries (reviewed by staff)."""
    countries = services.contributor_countries(request.user)
    if not countries:
        raise PermissionDenied
    form = NeedsUpdateForm(request.POST or None, countries=countries)
    if request.method == "POST" and form.is_valid():
        update = form.save(commit=False)
        update.author = request.user
        update.save()
        form.save_m2m()
        messages.success(request, _("Your proposed need was submitted to the moderators."))
        return redirect("contributors_submissions")
    return TemplateResponse(
        request, "contributors/admin/propose_need.html", {"form": form, "header_icon": "list-ul"}, status=400 if form.errors else 200
    )


@require_http_methods(["GET", "POST"])
def review_need(request, pk):
    """Staff approve a proposed need into the country's profile, or send it back, with a comment."""
    _require(request, "contributors.change_needsupdate")
    update = get_object_or_404(NeedsUpdate.objects.select_related("country", "author"), pk=pk)
    form = ReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        comment = form.cleaned_data["comment"]
        try:
            if "approve" in request.POST:
                published = services.approve_needs_update(update, request.user, comment)
                messages.success(
                    request,
                    _("The need was added to the country profile and published.")
                    if published
                    else _("The need was added to a draft of the country profile; publish it with the other changes."),
                )
            else:
                services.reject_needs_update(update, request.user, comment)
                messages.success(request, _("The proposed need was sent back to its author."))
        except services.ContributorError as error:
            messages.error(request, str(error))
        return redirect(NEEDS_URL)
    return TemplateResponse(request, "contributors/admin/review_need.html", {"update": update, "form": form, "header_icon": "list-ul"})


def my_submissions(request):
    """A contributor's case studies and proposed needs, each with its status and comments."""
    return TemplateResponse(
        request,
        "contributors/admin/submissions.html",
        {
            "submissions": submissions.case_studies_of(request.user),
            "needs_updates": submissions.needs_updates_of(request.user),
            "countries": services.contributor_countries(request.user),
            "propose_url": reverse("contributors_propose_need"),
            "header_icon": "doc-full",
        },
    )
