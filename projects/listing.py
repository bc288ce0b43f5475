"""The projects listing: filters by donor, country, theme and status, and budget totals per currency."""

from collections import defaultdict
from decimal import Decimal

from django.apps import apps
from django.utils.translation import gettext as _

from compendium.core.visibility import public
from compendium.taxonomy.models import Country, Theme
from compendium.taxonomy.validation import TaxonomyError, clean_codes, split_values

FILTERS = ("donor", "country", "theme", "status")


def _status_codes():
    return {code for code, _label in apps.get_model("projects", "ProjectPage")._meta.get_field("status").choices}


def parse_filters(params):
    """({filter: (values)}, [error messages]) from the query string; a bad value is dropped with a message."""
    chosen, errors = {}, []
    for name in ("country", "theme"):
        try:
            chosen[name] = clean_codes(name, split_values(params.getlist(name)))
        except TaxonomyError as exc:
            errors.append(exc.message)
    donors = split_values(params.getlist("donor"))
    if any(not value.isascii() or not value.isdecimal() or len(value) > 9 for value in donors):
        errors.append(_("Unknown donor."))
    else:
        chosen["donor"] = tuple(int(value) for value in donors)
    try:
        chosen["status"] = clean_codes("status", split_values(params.getlist("status")), known=_status_codes())
    except TaxonomyError as exc:
        errors.append(exc.message)
    return {name: values for name, values in chosen.items() if values}, errors


def filter_projects(queryset, chosen):
    """Public live projects of `queryset` matching every chosen filter (OR within one filter)."""
    projects = public(queryset.live())
    if chosen.get("country"):
        projects = projects.filter(countries__code__in=chosen["country"])
    if chosen.get("theme"):
        projects = projects.filter(themes__slug__in=chosen["theme"])
    if chosen.get("donor"):
        projects = projects.filter(participants__organisation_id__in=chosen["donor"], participants__role="funding")
    if chosen.get("status"):
        projects = projects.filter(status__in=chosen["status"])
    return projects.distinct()


def budget_totals(project_ids):
    """Totals of the projects' budget lines, never adding different currencies:
    {"donor": [(organisation, {currency: total})], "country": [(label, {currency: total})]}.

    A line counts for every donor of its project (co-funded projects are not split: the record does
    not say who pays which line) and for its beneficiary country, or its body or region."""
    Line = apps.get_model("projects", "ProjectBudgetLine")
    Participant = apps.get_model("projects", "ProjectParticipant")
    lines = list(Line.objects.filter(page_id__in=project_ids).select_related("beneficiary_country"))
    donors_of = defaultdict(list)
    for participant in Participant.objects.filter(page_id__in=project_ids, role="funding").select_related("organisation"):
        donors_of[participant.page_id].append(participant.organisation)
    by_donor, by_country, names = defaultdict(lambda: defaultdict(Decimal)), defaultdict(lambda: defaultdict(Decimal)), {}
    for line in lines:
        for donor in dict.fromkeys(donors_of[line.page_id]):
            names[donor.pk] = donor
            by_donor[donor.pk][line.currency] += line.amount
        by_country[line.beneficiary_label or _("Not stated")][line.currency] += line.amount
    return {
        "donor": sorted(((names[pk], dict(sorted(sums.items()))) for pk, sums in by_donor.items()), key=lambda item: item[0].name),
        "country": sorted(((label, dict(sorted(sums.items()))) for label, sums in by_country.items()), key=lambda item: str(item[0])),
    }


def filter_options(queryset):
    """The values the filters offer: donors, countries and themes that public projects have, and the statuses."""
    projects = public(queryset.live())
    Participant = apps.get_model("projects", "ProjectParticipant")
    donors = {
        participant.organisation
        for participant in Participant.objects.filter(page__in=projects, role="funding").select_related("organisation")
    }
    return {
        "donor": sorted(donors, key=lambda organisation: organisation.name),
        "country": sorted(Country.objects.filter(projects__in=projects).distinct(), key=lambda country: country.name),
        "theme": list(Theme.objects.filter(projects__in=projects).distinct()),
        "status": apps.get_model("projects", "ProjectPage")._meta.get_field("status").choices,
    }


def project_listing(queryset, params):
    """The listing's context: the filtered projects (cards), the filters chosen, their options,
    the errors of bad input, and the budget totals of the projects shown."""
    chosen, errors = parse_filters(params)
    projects = filter_projects(queryset, chosen)
    ids = list(projects.values_list("pk", flat=True))
    Page = apps.get_model("projects", "ProjectPage")
    cards = (
        Page.objects.filter(pk__in=ids)
        .prefetch_related("countries", "participants__organisation")
        .order_by("-start_date", "title")
    )
    return {
        "projects": list(cards),
        "chosen": chosen,
        "filter_errors": errors,
        "options": filter_options(queryset),
        "totals": budget_totals(ids),
    }
