"""The exchange lifecycle: reference numbers, stages and their history, signed links for the
requester and the experts, e-mails at each stage, the staff dashboard, and consent before any
completed exchange is published (and counted in matchmaking)."""

import re

import pytest
from django.core import mail, signing
from django.core.exceptions import ValidationError
from django.test import Client

from compendium.taxonomy.models import Country, Guarantee, Theme
from events.models import EventPage
from experts import lifecycle
from experts.models import ExchangePage, ExpertIndexPage, ExpertPage, ExpertResponse, PeerSupportRequest, RequestEvent
from tests import factories

pytestmark = pytest.mark.django_db

Status = PeerSupportRequest.Status
LINK = re.compile(r"http://testserver(/[a-z-]+/experts/request/(?:status|invitation)/[^/\s]+/)")


def submit(client, capture, language="en", **overrides):
    with capture(execute=True):
        response = client.post(f"/{language}/experts/request/", factories.request_form_data(**overrides))
    assert response.status_code == 302, response.content.decode()[:2000]
    return response, PeerSupportRequest.objects.latest("pk")


def link_in(message):
    found = LINK.search(message.body)
    assert found, message.body
    return found.group(1)


@pytest.fixture
def expert(demo):
    found = ExpertPage.objects.get(slug="netnapis-suchonwanich")
    found.email = "netnapis@example.org"
    found.save()
    return found


def to_stage(request_obj, capture, *stages, actor=None):
    """Fill what each stage needs and move the request through `stages`."""
    for stage in stages:
        if stage == Status.AGREED:
            request_obj.tor_objectives = "Review the benefit package design."
            request_obj.tor_funding = "The ILO-China project pays travel."
        elif stage == Status.ACTIVITY:
            request_obj.activity_event = EventPage.objects.live().first()
        elif stage == Status.EVALUATION:
            request_obj.report = "Five days in Bangkok with NHSO."
        elif stage == Status.CLOSED and not request_obj.outcome:
            request_obj.outcome = PeerSupportRequest.Outcome.ACHIEVED
        request_obj.save()
        with capture(execute=True):
            lifecycle.advance(request_obj, stage, actor=actor)
    request_obj.refresh_from_db()
    return request_obj


# Reference and status page ----------------------------------------------------------------


def test_a_request_gets_a_reference_shown_on_the_thanks_page_and_in_the_acknowledgement(client, demo, django_capture_on_commit_callbacks):
    response, request_obj = submit(client, django_capture_on_commit_callbacks)
    assert re.fullmatch(r"SSX-20\d\d-\d{4,}", request_obj.reference)
    thanks = client.get(response["Location"]).content.decode()
    assert request_obj.reference in thanks and "Follow your request" in thanks
    acknowledgement = next(m for m in mail.outbox if m.to == ["dara@example.org"])
    assert request_obj.reference in acknowledgement.subject and request_obj.reference in acknowledgement.body
    status = client.get(link_in(acknowledgement))
    assert status.status_code == 200
    html = status.content.decode()
    assert request_obj.reference in html and "National Social Security Fund" in html
    assert 'data-stage="new"' in html and "stage-current" in html
    assert "private" in status["Cache-Control"] and "noindex" in html


def test_the_thanks_page_ignores_a_forged_reference(client, demo):
    html = client.get("/en/experts/request/thanks/", {"r": "forged:token"}).content.decode()
    assert "Thank you: your request has been received" in html and "SSX-" not in html


def test_the_status_page_is_in_the_requesters_language(client, demo, django_capture_on_commit_callbacks):
    _response, request_obj = submit(client, django_capture_on_commit_callbacks, language="fr")
    acknowledgement = next(m for m in mail.outbox if m.to == ["dara@example.org"])
    assert "/fr/experts/request/status/" in acknowledgement.body
    assert "Votre numéro de référence" in acknowledgement.body
    html = client.get(link_in(acknowledgement)).content.decode()
    assert f"Votre demande {request_obj.reference}" in html


def test_a_tampered_link_says_so_and_shows_nothing(client, demo, django_capture_on_commit_callbacks):
    _response, request_obj = submit(client, django_capture_on_commit_callbacks)
    token = lifecycle.status_token(request_obj)
    for bad in (token[:-2] + ("aa" if not token.endswith("aa") else "bb"), "nonsense", signing.dumps({"r": request_obj.pk}, salt="other")):
        response = client.get(f"/en/experts/request/status/{bad}/")
        assert response.status_code == 404
        html = response.content.decode()
        assert "This private link is not valid" in html
        assert request_obj.reference not in html and "National Social Security Fund" not in html


def test_an_expert_link_does_not_open_the_status_page(client, demo, expert, django_capture_on_commit_callbacks):
    _response, request_obj = submit(client, django_capture_on_commit_callbacks)
    response = client.get(f"/en/experts/request/status/{lifecycle.expert_token(request_obj, expert)}/")
    assert response.status_code == 404


def test_an_expired_link_says_how_to_get_a_new_one(client, demo, monkeypatch, django_capture_on_commit_callbacks):
    _response, request_obj = submit(client, django_capture_on_commit_callbacks)
    token = lifecycle.status_token(request_obj)
    monkeypatch.setattr(lifecycle, "STATUS_LINK_MAX_AGE", -1)
    response = client.get(f"/en/experts/request/status/{token}/")
    assert response.status_code == 410
    html = response.content.decode()
    assert "This private link has expired" in html and "National Social Security Fund" not in html
    assert "Ce lien privé a expiré" in client.get(f"/fr/experts/request/status/{token}/").content.decode()


# Stages -------------------------------------------------------------------------------------


def test_only_allowed_moves_and_each_needs_what_its_stage_needs(demo, expert, django_capture_on_commit_callbacks):
    request_obj = PeerSupportRequest.objects.create(
        country=Country.objects.get(code="KH"), institution="NSSF", contact_name="Dara", contact_email="dara@example.org", need="x" * 30
    )
    with pytest.raises(ValidationError, match="cannot move"):
        lifecycle.advance(request_obj, Status.AGREED)
    to_stage(request_obj, django_capture_on_commit_callbacks, Status.IN_REVIEW)
    with pytest.raises(ValidationError) as error:
        lifecycle.advance(request_obj, Status.MATCHED)
    assert "matched_countries" in error.value.error_dict
    request_obj.matched_experts.set([expert])
    to_stage(request_obj, django_capture_on_commit_callbacks, Status.MATCHED)
    with pytest.raises(ValidationError) as error:
        lifecycle.advance(request_obj, Status.AGREED)
    assert {"tor_objectives", "tor_funding"} <= set(error.value.error_dict)
    with pytest.raises(ValidationError) as error:
        request_obj.outcome = ""
        lifecycle.advance(request_obj, Status.CLOSED)
    assert "outcome" in error.value.error_dict
    assert request_obj.history.filter(kind="stage").count() == 2
    assert list(request_obj.history.values_list("to_status", flat=True)) == ["in_review", "matched"]


def test_every_stage_is_recorded_with_who_and_when_and_mailed(client, demo, expert, users, django_capture_on_commit_callbacks):
    _response, request_obj = submit(client, django_capture_on_commit_callbacks)
    request_obj.matched_experts.set([expert])
    request_obj.matched_countries.set([Country.objects.get(code="TH")])
    staff = users["Moderators"]
    stages = [Status.IN_REVIEW, Status.MATCHED, Status.AGREED, Status.ACTIVITY, Status.REPORT, Status.EVALUATION, Status.CLOSED]
    ExpertResponse.objects.create(request=request_obj, expert=expert, answer="accepted")
    for stage in stages:
        mail.outbox.clear()
        to_stage(request_obj, django_capture_on_commit_callbacks, stage, actor=staff)
        to_requester = [m for m in mail.outbox if m.to == ["dara@example.org"]]
        assert len(to_requester) == 1 and request_obj.reference in to_requester[0].subject
        assert str(Status(stage).label) in to_requester[0].subject
        assert "/en/experts/request/status/" in to_requester[0].body
        assert any("staff@localhost" in m.to for m in mail.outbox)
        to_expert = [m for m in mail.outbox if m.to == ["netnapis@example.org"]]
        assert len(to_expert) == (1 if stage in (Status.MATCHED, Status.EVALUATION) else 0), stage
    events = list(request_obj.history.filter(kind="stage"))
    assert [event.to_status for event in events] == ["new", *stages]
    assert all(event.actor == staff and event.actor_label == "moderators" for event in events[1:])
    html = client.get(f"/en/experts/request/status/{lifecycle.status_token(request_obj)}/").content.decode()
    assert 'data-stage="closed"' in html and "Objectives achieved" in html
    assert html.count("<time") == len(stages) + 1


def test_a_lost_email_is_logged_and_shown_to_staff(client, demo, expert, users, settings, caplog, django_capture_on_commit_callbacks):
    _response, request_obj = submit(client, django_capture_on_commit_callbacks)
    settings.EMAIL_BACKEND = "tests.opendata.test_fuzz_surfaces.BrokenSMTPBackend"
    to_stage(request_obj, django_capture_on_commit_callbacks, Status.IN_REVIEW)
    failures = request_obj.history.filter(kind=RequestEvent.Kind.MAIL_FAILED)
    assert failures.count() == 2  # the requester's and staff's
    assert any(request_obj.reference in record.getMessage() for record in caplog.records if record.levelname == "ERROR")
    client.force_login(users["Moderators"])
    html = client.get("/admin/exchanges/dashboard/").content.decode()
    assert "E-mails that could not be sent" in html and request_obj.reference in html


# The admin ------------------------------------------------------------------------------


M2M = ("themes", "guarantees", "principles", "languages", "matched_countries", "matched_experts")
FIELDS = (
    "staff_notes country institution contact_name contact_email contact_phone need stage modality timeframe expert "
    "provider_country matched_institutions tor_objectives tor_modality tor_start tor_end tor_participants tor_funding "
    "activity_event report outcome outcome_notes"
).split()


def admin_data(request_obj, **changes):
    data = {}
    for name in FIELDS:
        field = PeerSupportRequest._meta.get_field(name)
        value = getattr(request_obj, field.attname)
        data[name] = "" if value is None else value
    for name in M2M:
        data[name] = [str(pk) for pk in getattr(request_obj, name).values_list("pk", flat=True)]
    data.update(changes)
    return data


def test_staff_move_a_request_in_the_admin_and_are_told_what_is_missing(client, demo, expert, users, django_capture_on_commit_callbacks):
    _response, request_obj = submit(client, django_capture_on_commit_callbacks)
    client.force_login(users["Moderators"])
    url = f"/admin/snippets/experts/peersupportrequest/edit/{request_obj.pk}/"
    html = client.get(url).content.decode()
    assert request_obj.reference in html and 'name="move_to"' in html and "In review" in html
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, admin_data(request_obj, move_to="in_review", stage_note="Looking at Thailand."))
    assert response.status_code == 302
    request_obj.refresh_from_db()
    assert request_obj.status == "in_review"
    event = request_obj.history.get(to_status="in_review")
    assert event.actor == users["Moderators"] and event.note == "Looking at Thailand."
    response = client.post(url, admin_data(request_obj, move_to="matched"))
    assert response.status_code == 200
    assert "Choose the countries or experts who will help" in response.content.decode()
    request_obj.refresh_from_db()
    assert request_obj.status == "in_review"
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, admin_data(request_obj, move_to="matched", matched_experts=[str(expert.pk)]))
    assert response.status_code == 302
    request_obj.refresh_from_db()
    assert request_obj.status == "matched"
    invitation = next(m for m in mail.outbox if m.to == ["netnapis@example.org"])
    assert "/en/experts/request/invitation/" in invitation.body and "dara@example.org" not in invitation.body
    # A stage cannot be skipped by posting a value the form does not offer.
    response = client.post(url, admin_data(request_obj, move_to="closed", outcome=""))
    assert response.status_code == 200 and PeerSupportRequest.objects.get(pk=request_obj.pk).status == "matched"


def test_the_dashboard_counts_requests_by_stage_and_age_for_staff_only(client, demo, users, django_capture_on_commit_callbacks):
    _response, request_obj = submit(client, django_capture_on_commit_callbacks)
    submit(client, django_capture_on_commit_callbacks, institution="Ministry of Health")
    to_stage(request_obj, django_capture_on_commit_callbacks, Status.IN_REVIEW)
    assert client.get("/admin/exchanges/dashboard/").status_code == 302  # login
    client.force_login(users["Editors"])
    refused = client.get("/admin/exchanges/dashboard/")
    assert refused.status_code == 302 and refused["Location"] == "/admin/"  # Wagtail: "no permission"
    assert "Requests by stage" not in client.get("/admin/").content.decode()
    client.force_login(users["Moderators"])
    html = client.get("/admin/exchanges/dashboard/").content.decode()
    rows = dict(re.findall(r'data-stage="([a-z_]+)">.*?class="count">(\d+)<', html, re.S))
    assert rows["new"] == "1" and rows["in_review"] == "1" and rows["closed"] == "0"
    assert "2 open requests" in html and request_obj.reference in html
    assert "Requests by stage" in client.get("/admin/").content.decode()


# Experts ----------------------------------------------------------------------------------


def matched(client, capture, expert):
    _response, request_obj = submit(client, capture)
    request_obj.matched_experts.set([expert])
    mail.outbox.clear()
    to_stage(request_obj, capture, Status.IN_REVIEW, Status.MATCHED)
    invitation = next(m for m in mail.outbox if m.to == [expert.email])
    return request_obj, link_in(invitation)


def test_the_expert_accepts_through_the_signed_link(client, demo, expert, django_capture_on_commit_callbacks):
    request_obj, link = matched(client, django_capture_on_commit_callbacks, expert)
    html = client.get(link).content.decode()
    assert request_obj.need in html and 'value="accept"' in html and 'value="decline"' in html
    assert "dara@example.org" not in html and "Sok Dara" not in html
    csrf_client = Client(enforce_csrf_checks=True)
    assert csrf_client.post(link, {"answer": "accept"}).status_code == 403
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(link, {"answer": "accept"})
    assert response.status_code == 302
    answer = ExpertResponse.objects.get(request=request_obj, expert=expert)
    assert answer.answer == "accepted" and answer.answered_at
    assert request_obj.history.filter(kind="expert_accepted").exists()
    assert any("staff@localhost" in m.to and "Expert accepted" in m.subject for m in mail.outbox)
    html = client.get(link).content.decode()
    assert "You have accepted" in html and 'value="decline"' not in html
    client.post(link, {"answer": "decline"})  # a second answer changes nothing
    assert ExpertResponse.objects.get(pk=answer.pk).answer == "accepted"


def test_the_expert_declines_and_a_tampered_link_opens_nothing(client, demo, expert, django_capture_on_commit_callbacks):
    request_obj, link = matched(client, django_capture_on_commit_callbacks, expert)
    client.post(link, {"answer": "decline"})
    assert ExpertResponse.objects.get(request=request_obj, expert=expert).answer == "declined"
    tampered = link.replace("/invitation/", "/invitation/x")
    response = client.post(tampered, {"answer": "accept"})
    assert response.status_code == 404 and "This private link is not valid" in response.content.decode()
    other = ExpertPage.objects.exclude(pk=expert.pk).first()
    assert client.get(f"/en/experts/request/invitation/{lifecycle.expert_token(request_obj, other)}/").status_code == 404


# Evaluation, consent and publication ------------------------------------------------------


def evaluated(client, capture, expert, consent):
    request_obj, expert_link = matched(client, capture, expert)
    client.post(expert_link, {"answer": "accept"})
    request_obj.matched_countries.set([Country.objects.get(code="TH")])
    request_obj.themes.set([Theme.objects.get(slug="coordination")])
    request_obj.guarantees.set([Guarantee.objects.get(slug="health")])
    to_stage(request_obj, capture, Status.AGREED, Status.ACTIVITY, Status.REPORT)
    mail.outbox.clear()
    to_stage(request_obj, capture, Status.EVALUATION)
    assert "How useful was the exchange?" not in client.get(expert_link + "x").content.decode()
    status_link = link_in(next(m for m in mail.outbox if m.to == ["dara@example.org"]))
    html = client.get(status_link).content.decode()
    assert "How useful was the exchange?" in html and "I agree that a short record" in html
    assert client.post(status_link, {"usefulness": "9", "what_changed": ""}).status_code == 400
    data = {"usefulness": "4", "what_changed": "NSSF redesigned its benefit package.", "what_next": "A second visit."}
    if consent:
        data["publish_consent"] = "on"
    with capture(execute=True):
        response = client.post(status_link, data)
    assert response.status_code == 302
    assert "your evaluation has been saved" in client.get(response["Location"]).content.decode()
    provider = client.post(expert_link, {"usefulness": "5", "what_changed": "We learnt from NSSF's enrolment data."})
    assert provider.status_code == 302
    request_obj.refresh_from_db()
    assert {(e.party, e.usefulness) for e in request_obj.evaluations.all()} == {("requester", 4), ("provider", 5)}
    assert request_obj.publish_consent is consent
    return to_stage(request_obj, capture, Status.CLOSED)


def test_without_consent_nothing_is_published(client, demo, expert, users, django_capture_on_commit_callbacks):
    request_obj = evaluated(client, django_capture_on_commit_callbacks, expert, consent=False)
    with pytest.raises(ValidationError):
        lifecycle.draft_exchange(request_obj, ExpertIndexPage.objects.get())
    client.force_login(users["Moderators"])
    response = client.post(f"/admin/exchanges/draft/{request_obj.pk}/")
    assert response.status_code == 302 and ExchangePage.objects.count() == 0
    page = ExchangePage(
        title="Forced",
        slug="forced",
        request=request_obj,
        requesting_country=request_obj.country,
        year=2026,
        need="x",
        what_changed="y",
    )
    with pytest.raises(ValidationError):
        ExpertIndexPage.objects.get().add_child(instance=page)
    assert not ExchangePage.objects.exists()


def test_with_consent_the_exchange_is_published_searchable_and_counts_in_matchmaking(
    client, demo, expert, users, django_capture_on_commit_callbacks
):
    request_obj = evaluated(client, django_capture_on_commit_callbacks, expert, consent=True)
    client.force_login(users["Moderators"])
    html = client.get(f"/admin/snippets/experts/peersupportrequest/edit/{request_obj.pk}/").content.decode()
    assert "Draft the public record of this exchange" in html and "NSSF redesigned its benefit package." in html
    response = client.post(f"/admin/exchanges/draft/{request_obj.pk}/")
    page = ExchangePage.objects.get(request=request_obj)
    assert response["Location"] == f"/admin/pages/{page.pk}/edit/"
    assert not page.live and page.what_changed == "NSSF redesigned its benefit package." and page.usefulness == 4
    assert [c.iso2 for c in page.provider_countries.all()] == ["TH"] and list(page.experts.all()) == [expert]
    client.logout()
    assert client.get(f"/en/experts/{page.slug}/").status_code == 404  # a draft is not public
    page.save_revision().publish()
    public = client.get(f"/en/experts/{page.slug}/").content.decode()
    assert "NSSF redesigned its benefit package." in public and "Thailand" in public and "Useful (4/5)" in public
    assert "dara@example.org" not in public and "Sok Dara" not in public and "A second visit." not in public
    found = client.get("/api/search/", {"q": "benefit package", "type": "exchange"}).json()
    assert [r["title"] for r in found["results"]] == [page.title]
    match = client.get("/api/match/", {"country": "LA", "theme": "coordination", "guarantee": "health"}).json()
    thailand = next(p for p in match["providers"] if p["country"] == "TH")
    year = page.year
    reason = f"Gave support to Cambodia on Coherent strategies and coordination, Essential health care in {year}, rated useful"
    assert reason in thailand["reasons"], thailand["reasons"]
    # Unpublished again: the reason goes with it.
    page.refresh_from_db()
    page.unpublish()
    match = client.get("/api/match/", {"country": "LA", "theme": "coordination", "guarantee": "health"}).json()
    thailand = next(p for p in match["providers"] if p["country"] == "TH")
    assert not any(reason.startswith("Gave support") for reason in thailand["reasons"])


def test_requests_and_their_history_never_reach_public_surfaces(client, demo, expert, django_capture_on_commit_callbacks):
    request_obj, _link = matched(client, django_capture_on_commit_callbacks, expert)
    urls = ("/en/", "/en/experts/", "/api/search/?q=Social+Security+Fund", "/api/export/experts.json", "/api/v2/pages/", "/sitemap.xml")
    for url in urls:
        body = client.get(url).content.decode()
        assert request_obj.reference not in body and "dara@example.org" not in body, url
