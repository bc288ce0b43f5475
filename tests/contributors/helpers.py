"""Builders for contributor tests: form data, an approved contributor, a case study they drafted."""

from django.contrib.auth import get_user_model

from casestudies.models import CaseStudyPage
from compendium.taxonomy.models import Country
from contributors import services
from contributors.models import ContributorApplication


def application_data(**overrides):
    data = {
        "name": "Sokha Chan",
        "email": "sokha@example.org",
        "institution": "National Social Security Fund",
        "country": Country.objects.get(code="KH").pk,
        "role": "Deputy Director, health insurance",
        "motivation": "The NSSF health insurance scheme for private-sector workers, which I helped design.",
        "website": "",
    }
    data.update(overrides)
    return data


def approved_contributor(code="KH", email="sokha@example.org", name="Sokha Chan", reviewer=None):
    """An application approved by staff, as the admin's Approve button does; returns the user."""
    application = ContributorApplication.objects.create(
        name=name, email=email, institution="NSSF", country=Country.objects.get(code=code), role="Director", motivation="x" * 30
    )
    reviewer = (
        reviewer
        or get_user_model().objects.filter(is_superuser=True).first()
        or get_user_model().objects.create_superuser("boss", "boss@example.org", "pw")
    )
    return services.approve(application, reviewer)


def draft_case_study(parent, owner, title, summary="A draft summary of the experience."):
    """A never-published case study owned by `owner` (as the admin's create view makes it)."""
    page = CaseStudyPage(
        title=title, title_en=title, slug=title.lower().replace(" ", "-")[:50], summary=summary, summary_en=summary, live=False, owner=owner
    )
    page.countries = [parent.specific.country]
    parent.add_child(instance=page)
    page.save_revision(user=owner)
    return CaseStudyPage.objects.get(pk=page.pk)
