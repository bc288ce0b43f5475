"""Admin: a flat listing of case studies that editors can filter by country, theme, principle,
and by a language the case study is not yet translated into."""

import django_filters
from django import forms
from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from wagtail import hooks
from wagtail.admin.forms.pages import ParentChooserForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.choose_parent import ChooseParentView, GenericChooseParentView
from wagtail.admin.views.pages.listing import IndexView, PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet

from compendium.core import translation_status
from compendium.core.page_admin import SitePageViewSet
from compendium.taxonomy import names
from compendium.taxonomy.models import Country, Principle, Theme

from .models import CaseStudyPage


def missing_translation_q(language):
    """Case studies whose title or summary is empty in `language`."""
    condition = Q()
    for field in CaseStudyPage.translation_check_fields:
        localized = build_localized_fieldname(field, language)
        condition |= Q(**{f"{localized}__isnull": True}) | Q(**{localized: ""})
    return condition


class CaseStudyFilterSet(PageFilterSet):
    countries = django_filters.ModelMultipleChoiceFilter(
        label=_("Country"), queryset=Country.objects.filter(case_studies__isnull=False).distinct(), widget=forms.SelectMultiple
    )
    themes = django_filters.ModelMultipleChoiceFilter(label=_("Theme"), queryset=Theme.objects.all(), widget=forms.CheckboxSelectMultiple)
    principle = django_filters.ModelChoiceFilter(
        label=_("R202 principle"), queryset=Principle.objects.all(), field_name="principle_links__principle"
    )
    missing_translation = django_filters.ChoiceFilter(
        label=_("Missing translation"), choices=[(code, name) for code, name in settings.LANGUAGES if code != "en"], method="filter_missing"
    )

    class Meta:
        model = CaseStudyPage
        fields = []

    def filter_missing(self, queryset, name, value):
        return queryset.filter(missing_translation_q(value)) if value else queryset

    def filter_queryset(self, queryset):
        return super().filter_queryset(queryset).distinct()


class LanguagesColumn(Column):
    """The languages a case study is entirely written in, those it is partly written in, and those it lacks."""

    cell_template_name = "casestudies/admin/languages_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        statuses = translation_status.translation_statuses(instance)
        context["available"] = [code for code in settings.LANGUAGE_CODES if statuses[code].complete]
        context["partial"] = [names.native_language_name(code) for code in settings.LANGUAGE_CODES if statuses[code].partial]
        context["missing"] = [names.native_language_name(code) for code in settings.LANGUAGE_CODES if statuses[code].untranslated]
        context["status_url"] = reverse("page_translation_status", args=[instance.pk])
        return context


class CaseStudyIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().prefetch_related("countries")


class CountryOfExperienceForm(ParentChooserForm):
    """"Choose parent" for a new case study: a list of the country profiles the editor may write
    under, named and sorted in the editor's language, saying that it is the country whose
    experience the case study tells (Wagtail's form shows a page tree under "Parent page")."""

    def __init__(self, child_page_type, user, parents, *args, **kwargs):
        super().__init__(child_page_type, user, *args, **kwargs)
        language = get_language()
        key = names.sort_key(language)
        profiles = Country.objects.filter(profile__pk__in=parents.values("pk")).values_list("profile__pk", "code")
        choices = sorted(((pk, names.country_name(str(code), language)) for pk, code in profiles), key=lambda choice: key(choice[1]))
        field = forms.ModelChoiceField(
            queryset=parents,
            label=_("Country of the experience"),
            help_text=_(
                "The country whose experience the case study tells: it is filed under that country's profile. "
                "Partner countries are added later, under Other countries."
            ),
        )
        field.choices = [("", "---------"), *choices]
        self.fields["parent_page"] = field


class CountryOfExperienceMixin:
    page_title = _("Choose the country of the experience")

    def get_form(self):
        parents = self.get_valid_parent_pages(self.request.user)
        data = self.request.POST if self.request.method == "POST" else None
        return CountryOfExperienceForm(self.model, self.request.user, parents, data)


class CaseStudyChooseParentView(CountryOfExperienceMixin, ChooseParentView):
    """"Add case study" from the case-study listing."""


class CaseStudyGenericChooseParentView(CountryOfExperienceMixin, GenericChooseParentView):
    """"Create a new case study" from the page-type usage listing."""


class CaseStudyPageViewSet(SitePageViewSet):
    """The site's page views for case studies, with the country-of-the-experience chooser."""

    model = CaseStudyPage
    choose_parent_view_class = CaseStudyGenericChooseParentView
    # Not the explorer's listing of a country profile's children: that stays Wagtail's own.
    parent_models = ()


@hooks.register("register_admin_viewset")
def register_case_study_page_viewset():
    return CaseStudyPageViewSet()


class CaseStudyListing(PageListingViewSet):
    model = CaseStudyPage
    icon = "doc-full-inverse"
    menu_label = _("Case studies")
    menu_order = 150
    add_to_admin_menu = True
    name = "case_studies"
    index_view_class = CaseStudyIndexView
    choose_parent_view_class = CaseStudyChooseParentView
    filterset_class = CaseStudyFilterSet
    columns = [*PageListingViewSet.columns, LanguagesColumn("languages", label=_("Languages"))]


@hooks.register("register_admin_viewset")
def register_case_study_listing():
    return CaseStudyListing("case_studies")


@hooks.register("register_admin_menu_item")
def import_template_menu_item():
    from django.templatetags.static import static
    from wagtail.admin.menu import MenuItem

    return MenuItem(_("Case-study import template"), static("import/case-studies-template.csv"), icon_name="download", order=160)
