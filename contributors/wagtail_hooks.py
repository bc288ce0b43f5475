"""Admin wiring for contributors: staff review applications and proposed needs; contributors see
their own submissions, and only published pages and their own drafts of their countries."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from laces.components import Component
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from experts.wagtail_hooks import PrivateChooserViewSet

from . import admin_views, services, submissions
from .models import ContributorApplication, NeedsUpdate


class ApplicationViewSet(SnippetViewSet):
    model = ContributorApplication
    chooser_viewset_class = PrivateChooserViewSet
    icon = "user"
    menu_label = _("Applications")
    list_display = ["name", "institution", "country", "role", "status", "invited", "created_at"]
    list_filter = ["status", "country", "invited"]
    search_fields = ["name", "email", "institution", "motivation"]
    ordering = ["-created_at"]
    copy_view_enabled = False
    inspect_view_enabled = True
    form_fields = ["name", "email", "institution", "country", "role", "motivation"]


class NeedsUpdateViewSet(SnippetViewSet):
    model = NeedsUpdate
    chooser_viewset_class = PrivateChooserViewSet
    icon = "list-ul"
    menu_label = _("Proposed needs")
    list_display = ["title", "country", "author", "status", "created_at"]
    list_filter = ["status", "country"]
    search_fields = ["title", "text"]
    ordering = ["-created_at"]
    copy_view_enabled = False
    inspect_view_enabled = True
    form_fields = ["title", "text", "themes", "guarantees", "comment"]


class ContributorsGroup(SnippetViewSetGroup):
    items = (ApplicationViewSet, NeedsUpdateViewSet)
    menu_icon = "group"
    menu_label = _("Contributors")
    menu_order = 210


register_snippet(ContributorsGroup)


@hooks.register("register_admin_urls")
def contributor_urls():
    return [
        path("contributors/applications/<int:pk>/<str:action>/", admin_views.review_application, name="contributors_review_application"),
        path("contributors/invite/", admin_views.invite, name="contributors_invite"),
        path("contributors/needs/propose/", admin_views.propose_need, name="contributors_propose_need"),
        path("contributors/needs/<int:pk>/review/", admin_views.review_need, name="contributors_review_need"),
        path("contributors/submissions/", admin_views.my_submissions, name="contributors_submissions"),
    ]


@hooks.register("register_snippet_listing_buttons")
def review_buttons(snippet, user, next_url=None):
    if isinstance(snippet, ContributorApplication) and snippet.status == ContributorApplication.Status.PENDING:
        if user.has_perm("contributors.change_contributorapplication"):
            yield Button(
                _("Approve"), reverse("contributors_review_application", args=[snippet.pk, "approve"]), icon_name="check", priority=5
            )
            yield Button(
                _("Reject"), reverse("contributors_review_application", args=[snippet.pk, "reject"]), icon_name="cross", priority=6
            )
    if isinstance(snippet, NeedsUpdate) and snippet.status == NeedsUpdate.Status.SUBMITTED:
        if user.has_perm("contributors.change_needsupdate"):
            yield Button(_("Review"), reverse("contributors_review_need", args=[snippet.pk]), icon_name="check", priority=5)


class InviteMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("contributors.change_contributorapplication")


class ContributorMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(services.contributor_countries(request.user))


@hooks.register("register_admin_menu_item")
def invite_menu_item():
    return InviteMenuItem(_("Invite a contributor"), reverse("contributors_invite"), icon_name="mail", order=211)


@hooks.register("register_admin_menu_item")
def submissions_menu_item():
    return ContributorMenuItem(_("My submissions"), reverse("contributors_submissions"), icon_name="doc-full", order=5)


class MySubmissionsPanel(Component):
    """Dashboard: a contributor's case studies and proposed needs with their status."""

    name = "my_submissions"
    order = 40
    template_name = "contributors/admin/submissions_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["submissions"] = submissions.case_studies_of(self.request.user)[:10]
        context["needs_updates"] = submissions.needs_updates_of(self.request.user)[:5]
        context["countries"] = services.contributor_countries(self.request.user)
        return context


@hooks.register("construct_homepage_panels")
def add_submissions_panel(request, panels):
    if services.contributor_countries(request.user):
        panels.insert(0, MySubmissionsPanel(request))


@hooks.register("construct_explorer_page_queryset")
def hide_others_drafts_in_explorer(parent_page, pages, request):
    if services.is_contributor(request.user):
        pages = pages.filter(services.contributor_pages_filter(request.user))
    return pages


@hooks.register("construct_page_chooser_queryset")
def hide_others_drafts_in_chooser(pages, request):
    if services.is_contributor(request.user):
        pages = pages.filter(services.contributor_pages_filter(request.user))
    return pages
