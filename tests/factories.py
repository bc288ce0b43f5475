"""Small builders for page trees in tests; every page is published through a revision, as editors do."""

import itertools

from compendium.pages.models import CountryPage
from compendium.taxonomy.models import Country, Guarantee, Modality, Principle, Stage, Theme

_counter = itertools.count(1)


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def country_page(countries_index, code, **fields):
    existing = CountryPage.objects.filter(country__code=code).first()
    if existing:
        return existing
    country = Country.objects.get(code=code)
    return publish(countries_index, CountryPage(title_en=country.name, slug=code.lower(), country=country, **fields))


def case_study(
    parent,
    title=None,
    summary="A short summary.",
    themes=(),
    guarantees=(),
    principles=(),
    countries=(),
    stage=None,
    experts=(),
    events=(),
    **fields,
):
    from casestudies.models import CaseStudyPage, CaseStudyPrinciple

    number = next(_counter)
    page = CaseStudyPage(
        title_en=title or f"Case study {number}",
        slug=f"case-study-{number}",
        summary_en=summary,
        stage=Stage.objects.get(slug=stage) if stage else None,
        **fields,
    )
    page.themes = list(Theme.objects.filter(slug__in=themes))
    page.guarantees = list(Guarantee.objects.filter(slug__in=guarantees))
    page.countries = list(Country.objects.filter(code__in=countries))
    page.experts = list(experts)
    page.events = list(events)
    for code in principles:
        page.principle_links.add(CaseStudyPrinciple(principle=Principle.objects.get(code=code), explanation_en=f"Serves {code}."))
    return publish(parent, page)


def expert(parent, name=None, country="TH", themes=(), guarantees=(), languages=(), available=True, **fields):
    from compendium.taxonomy.models import Language
    from experts.models import ExpertPage

    number = next(_counter)
    page = ExpertPage(
        title_en=name or f"Expert {number}",
        slug=f"expert-{number}",
        role_en=fields.pop("role_en", "Adviser"),
        country=Country.objects.get(code=country),
        available=available,
        **fields,
    )
    page.themes = list(Theme.objects.filter(slug__in=themes))
    page.guarantees = list(Guarantee.objects.filter(slug__in=guarantees))
    page.languages = list(Language.objects.filter(code__in=languages))
    return publish(parent, page)


def event(parent, title=None, country=None, participants=(), themes=(), **fields):
    from events.models import EventPage

    number = next(_counter)
    page = EventPage(
        title_en=title or f"Event {number}",
        slug=f"event-{number}",
        summary_en=fields.pop("summary_en", "An event."),
        country=Country.objects.get(code=country) if country else None,
        **fields,
    )
    page.participant_countries = list(Country.objects.filter(code__in=participants))
    page.themes = list(Theme.objects.filter(slug__in=themes))
    return publish(parent, page)


def request_form_data(**overrides):
    """What a country team posts to the peer-support request form (valid as it is)."""
    data = {
        "country": Country.objects.get(code="KH").pk,
        "institution": "National Social Security Fund",
        "contact_name": "Sok Dara",
        "contact_email": "dara@example.org",
        "contact_phone": "",
        "need": "We are designing health insurance for private-sector workers and need a peer review.",
        "themes": [Theme.objects.get(slug="coordination").pk],
        "modality": Modality.objects.get(slug="study-tour").pk,
        "timeframe": "soon",
        "website": "",
    }
    data.update(overrides)
    return data


def project(parent, title=None, countries=(), themes=(), donors=(), lines=(), **fields):
    """A published cooperation project; `donors` are Organisations (role funding), `lines`
    (component, beneficiary country code or None, amount as a string, currency) its budget lines."""
    from decimal import Decimal

    from projects.models import ProjectBudgetLine, ProjectPage, ProjectParticipant

    number = next(_counter)
    page = ProjectPage(
        title_en=title or f"Project {number}",
        slug=f"project-{number}",
        summary_en=fields.pop("summary_en", "A project."),
        **fields,
    )
    page.countries = list(Country.objects.filter(code__in=countries))
    page.themes = list(Theme.objects.filter(slug__in=themes))
    page.participants = [ProjectParticipant(organisation=donor, role="funding", sort_order=i) for i, donor in enumerate(donors)]
    page.budget_lines = [
        ProjectBudgetLine(
            component_en=component,
            beneficiary_country=Country.objects.get(code=code) if code else None,
            beneficiary_en="" if code else "Region",
            amount=Decimal(amount),
            currency=currency,
            sort_order=i,
        )
        for i, (component, code, amount, currency) in enumerate(lines)
    ]
    return publish(parent, page)
