"""A request followed from submission to evaluated results, in a real browser: the requester,
staff in the admin, and the expert, with the e-mails between them captured."""

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail

pytestmark = pytest.mark.browser

LINK = re.compile(r"http://testserver(/[a-z-]+/experts/request/(?:status|invitation)/[^/\s]+/)")


def link_to(address):
    """The private link of the last e-mail to `address` (the site URL of the tests is http://testserver)."""
    message = [m for m in mail.outbox if address in m.to][-1]
    return LINK.search(message.body).group(1)


def submit(page, control, url=None):
    """Click a control that submits a form and wait for the answer's document (not for every
    script of the admin: under a loaded CI machine that takes longer than the answer itself)."""
    with page.expect_navigation(url=url or "**", wait_until="domcontentloaded", timeout=30_000):
        control.click()


def save_in_admin(page, site, pk, move_to, **fields):
    page.goto(f"{site}/admin/snippets/experts/peersupportrequest/edit/{pk}/")
    for name, value in fields.items():
        page.fill(f"#id_{name}", value)
    page.select_option("#id_move_to", move_to)
    submit(page, page.locator("form[method=post] button[type=submit]", has_text="Save").first)


def test_a_requester_follows_her_request_from_submission_to_evaluation(page, site, django_user_model):
    from compendium.taxonomy.models import Country, Guarantee, Theme
    from events.models import EventPage
    from experts.models import ExchangePage, ExpertPage, PeerSupportRequest

    expert = ExpertPage.objects.get(slug="netnapis-suchonwanich")
    expert.email = "netnapis@example.org"
    expert.save()
    mail.outbox.clear()

    # The requester sends her request and gets its reference and private link.
    page.goto(f"{site}/en/experts/request/?expert={expert.pk}&country=KH&theme=coordination&guarantee=health")
    page.fill("#id_institution", "National Social Security Fund (lifecycle journey)")
    page.fill("#id_contact_name", "Sok Dara")
    page.fill("#id_contact_email", "dara@example.org")
    page.fill("#id_need", "We need a peer review of our health insurance design for private-sector workers.")
    page.get_by_role("button", name="Send the request").click()
    page.wait_for_url(re.compile(r"/en/experts/request/thanks/"))
    reference = page.locator(".reference").inner_text()
    assert re.fullmatch(r"SSX-\d{4}-\d{4,}", reference)
    request_obj = PeerSupportRequest.objects.get(reference=reference)
    status_link = link_to("dara@example.org")
    page.goto(site + status_link)
    assert reference in page.locator("h1").inner_text()
    assert page.locator(".stage-current").get_attribute("data-stage") == "new"

    # Staff move it through the stages in the admin.
    django_user_model.objects.create_superuser("staff", "staff@example.org", "a-long-test-password")
    page.goto(f"{site}/admin/login/")
    page.fill("#id_username", "staff")
    page.fill("#id_password", "a-long-test-password")
    page.get_by_role("button", name=re.compile("Sign in")).click()
    page.wait_for_url(re.compile(r"/admin/$"))
    save_in_admin(page, site, request_obj.pk, "in_review")
    page.goto(f"{site}/admin/snippets/experts/peersupportrequest/edit/{request_obj.pk}/")
    page.check(f"input[name=matched_experts][value='{expert.pk}']")
    page.select_option("#id_move_to", "matched")
    submit(page, page.locator("form[method=post] button[type=submit]", has_text="Save").first)
    request_obj.refresh_from_db()
    assert request_obj.status == "matched"

    # The expert accepts through the signed link in the invitation.
    expert_link = link_to("netnapis@example.org")
    page.goto(site + expert_link)
    assert "We need a peer review" in page.content() and "dara@example.org" not in page.content()
    submit(page, page.get_by_role("button", name="Accept"))
    assert "You have accepted" in page.content()

    save_in_admin(page, site, request_obj.pk, "agreed", tor_objectives="Review the benefit package.", tor_funding="The ILO-China project.")
    PeerSupportRequest.objects.filter(pk=request_obj.pk).update(activity_event=EventPage.objects.live().first())
    save_in_admin(page, site, request_obj.pk, "activity")
    save_in_admin(page, site, request_obj.pk, "report", report="Five days with NHSO in Bangkok.")
    save_in_admin(page, site, request_obj.pk, "evaluation")
    request_obj.refresh_from_db()
    assert request_obj.status == "evaluation"
    assert len([m for m in mail.outbox if "dara@example.org" in m.to]) == 7  # acknowledgement + six stages

    # The requester evaluates and agrees to publication.
    page.goto(site + link_to("dara@example.org"))
    assert [s.get_attribute("data-stage") for s in page.locator(".stage-done").all()] == [
        "new",
        "in_review",
        "matched",
        "agreed",
        "activity",
        "report",
    ]
    page.check("input[name=usefulness][value='4']")
    page.fill("#id_what_changed", "NSSF redesigned its benefit package for private-sector workers.")
    page.fill("#id_what_next", "A second visit on claims processing.")
    page.check("#id_publish_consent")
    submit(page, page.get_by_role("button", name="Send the evaluation"))
    assert "your evaluation has been saved" in page.content()

    # Staff close it, draft the public record and publish it.
    request_obj.matched_countries.set([Country.objects.get(code="TH")])
    request_obj.themes.set([Theme.objects.get(slug="coordination")])
    request_obj.guarantees.set([Guarantee.objects.get(slug="health")])
    page.goto(f"{site}/admin/snippets/experts/peersupportrequest/edit/{request_obj.pk}/")
    page.select_option("#id_outcome", "achieved")
    page.select_option("#id_move_to", "closed")
    submit(page, page.locator("form[method=post] button[type=submit]", has_text="Save").first)
    page.goto(f"{site}/admin/snippets/experts/peersupportrequest/edit/{request_obj.pk}/")
    submit(page, page.get_by_role("button", name="Draft the public record of this exchange"), url=re.compile(r"/admin/pages/\d+/edit/"))
    exchange = ExchangePage.objects.get(request=request_obj)
    exchange.save_revision().publish()

    # The completed exchange is public and is a reason on the match page.
    page.goto(f"{site}/en/experts/{exchange.slug}/")
    assert "NSSF redesigned its benefit package" in page.content() and "Sok Dara" not in page.content()
    page.goto(f"{site}/en/match/?country=LA&theme=coordination&guarantee=health")
    assert "Gave support to Cambodia on" in page.content() and "rated useful" in page.content()
    assert urlsplit(page.url).path == "/en/match/"
