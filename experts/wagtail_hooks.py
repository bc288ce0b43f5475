"""Admin: peer-support requests for staff triage (new -> in review -> matched -> closed)."""

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied
from django.urls import path
from django.utils.translation import gettext_lazy as _
from laces.components import Component
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from compendium.taxonomy.models import Country, Theme

from .models import AffiliationKind, ExpertPage, Organisation, PeerSupportRequest


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


class PeerSupportRequestViewSet(SnippetViewSet):
    model = PeerSupportRequest
    chooser_viewset_class = PrivateChooserViewSet
    icon = "mail"
    menu_label = _("Peer-support requests")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["country", "institution", "contact_name", "status", "created_at"]
    list_filter = ["status", "country", "themes", "timeframe"]
    search_fields = ["institution", "contact_name", "need"]
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
        context["count"] = new.count()
        context["requests"] = new[:5]
        return context


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
