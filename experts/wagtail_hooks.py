"""Admin: peer-support requests through their lifecycle (experts/lifecycle.py), the dashboard of
requests by stage and age, and drafting the public record of a completed exchange."""

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from laces.components import Component
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList, Panel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from compendium.taxonomy.models import Country, Theme

from . import lifecycle
from .forms import RequestLifecycleForm
from .models import AffiliationKind, ExchangePage, ExpertIndexPage, ExpertPage, Organisation, PeerSupportRequest, request_panels


def _requires_view_permission(view, permission):
    def checked(request, *args, **kwargs):
        if not request.user.has_perm(permission):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return checked


class PrivateChooserViewSet(SnippetChooserViewSet):
    """Wagtail's snippet chooser lists a model to anyone who reaches the admin; requests are
    private, so only users who may view them (Moderators, Administrators) reach theirs."""

    def get_urlpatterns(self):
        permission = f"{self.model._meta.app_label}.view_{self.model._meta.model_name}"
        return [
            path(str(pattern.pattern), _requires_view_permission(pattern.callback, permission), name=pattern.name)
            for pattern in super().get_urlpatterns()
        ]


class LifecyclePanel(Panel):
    """Read-only: the reference, the stage, the full history (with lost e-mails), the experts'
    answers, the evaluations, the requester's private link, and the public record once allowed."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Lifecycle"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "experts/admin/lifecycle_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            request_obj = self.instance
            context["request_obj"] = request_obj
            if request_obj and request_obj.pk:
                context["history"] = request_obj.history.select_related("actor")
                context["responses"] = request_obj.expert_responses.select_related("expert")
                context["evaluations"] = request_obj.evaluations.select_related("expert")
                context["status_url"] = lifecycle.status_url(request_obj)
                context["exchange"] = ExchangePage.objects.filter(request=request_obj).first()
                context["can_publish"] = request_obj.status == PeerSupportRequest.Status.CLOSED and request_obj.publish_consent
            return context


class PeerSupportRequestViewSet(SnippetViewSet):
    model = PeerSupportRequest
    edit_handler = ObjectList(
        [LifecyclePanel(), FieldPanel("move_to"), FieldPanel("stage_note"), *request_panels()], base_form_class=RequestLifecycleForm
    )
    chooser_viewset_class = PrivateChooserViewSet
    icon = "mail"
    menu_label = _("Peer-support requests")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["reference", "country", "institution", "contact_name", "status", "stage_changed_at", "created_at"]
    list_filter = ["status", "country", "themes", "timeframe"]
    search_fields = ["reference", "institution", "contact_name", "need"]
    ordering = ["-created_at"]
    copy_view_enabled = False
    inspect_view_enabled = True


register_snippet(PeerSupportRequestViewSet)


class OrganisationViewSet(SnippetViewSet):
    """The organisations experts belong to, with their kind: only national bodies count as a country's experience."""

    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    menu_order = 160
    add_to_admin_menu = True
    list_display = ["name", "acronym", "kind", "country"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "acronym"]


register_snippet(OrganisationViewSet)


class NewRequestsPanel(Component):
    """Dashboard: the newest untriaged requests, for staff who may see them."""

    name = "new_peer_requests"
    order = 50
    template_name = "experts/admin/new_requests_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        new = PeerSupportRequest.objects.filter(status=PeerSupportRequest.Status.NEW).select_related("country")
        context["open"] = PeerSupportRequest.objects.exclude(status=PeerSupportRequest.Status.CLOSED).count()
        context["count"] = new.count()
        context["requests"] = new[:5]
        return context


def exchange_dashboard(request):
    """Staff only: requests by stage and age, and the e-mails that could not be sent."""
    if not request.user.has_perm("experts.view_peersupportrequest"):
        raise PermissionDenied
    return TemplateResponse(request, "experts/admin/dashboard.html", {"dashboard": lifecycle.dashboard()})


def draft_exchange(request, pk):
    """POST: a draft public record of a closed request whose requester agreed; then its editor."""
    if request.method != "POST" or not request.user.has_perm("experts.change_peersupportrequest"):
        raise PermissionDenied
    request_obj = get_object_or_404(PeerSupportRequest, pk=pk)
    parent = ExpertIndexPage.objects.first()
    try:
        page = lifecycle.draft_exchange(request_obj, parent)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("wagtailsnippets_experts_peersupportrequest:edit", request_obj.pk)
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("register_admin_urls")
def register_exchange_urls():
    return [
        path("exchanges/dashboard/", exchange_dashboard, name="exchange_dashboard"),
        path("exchanges/draft/<int:pk>/", draft_exchange, name="exchange_draft"),
    ]


class StaffOnlyMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("experts.view_peersupportrequest")


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item():
    return StaffOnlyMenuItem(
        _("Requests by stage"), reverse_lazy("exchange_dashboard"), name="requests-by-stage", icon_name="list-ul", order=201
    )


@hooks.register("construct_homepage_panels")
def add_new_requests_panel(request, panels):
    if request.user.has_perm("experts.view_peersupportrequest"):
        panels.append(NewRequestsPanel(request))


class ExpertFilterSet(PageFilterSet):
    country = django_filters.ModelChoiceFilter(label=_("Country"), queryset=Country.objects.filter(experts__isnull=False).distinct())
    themes = django_filters.ModelMultipleChoiceFilter(label=_("Theme"), queryset=Theme.objects.all(), widget=forms.CheckboxSelectMultiple)
    available = django_filters.BooleanFilter(label=_("Available for peer support"))
    affiliation_kind = django_filters.ChoiceFilter(label=_("Affiliation"), choices=AffiliationKind.choices)

    class Meta:
        model = ExpertPage
        fields = []

    def filter_queryset(self, queryset):
        return super().filter_queryset(queryset).distinct()


class ExpertListing(PageListingViewSet):
    model = ExpertPage
    icon = "user"
    menu_label = _("Experts")
    menu_order = 155
    add_to_admin_menu = True
    name = "expert_directory"
    filterset_class = ExpertFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column("country", label=_("Country"), accessor="country"),
        Column("affiliation_kind", label=_("Affiliation"), accessor="get_affiliation_kind_display"),
        Column("available", label=_("Available"), accessor="available"),
    ]


@hooks.register("register_admin_viewset")
def register_expert_listing():
    return ExpertListing("expert_directory")
