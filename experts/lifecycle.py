"""The life of a peer-support request, from receipt to evaluated results (no HTTP here).

Stages: new → in review → matched → agreed → activity → report → evaluation → closed. Staff
move a request on in the admin; `advance()` checks the move is allowed and that the stage has
what it needs, records it (RequestEvent: when, who), and e-mails the requester, the matched
experts and staff. The requester follows the request on a status page and the experts answer on
a page of their own, both reached by signed links (`status_token`, `expert_token`): no login.
"""

import logging

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from compendium.core import mail as core_mail

from .models import ExchangeEvaluation, ExchangePage, ExpertResponse, PeerSupportRequest, RequestEvent

log = logging.getLogger(__name__)

Status = PeerSupportRequest.Status
ORDER = [value for value, _label in Status.choices]

# Allowed moves: on to the next stage, back one where staff need to correct, and closing (with an
# outcome) from any open stage, e.g. when the requester withdraws.
TRANSITIONS = {
    Status.NEW: (Status.IN_REVIEW, Status.CLOSED),
    Status.IN_REVIEW: (Status.MATCHED, Status.CLOSED),
    Status.MATCHED: (Status.AGREED, Status.IN_REVIEW, Status.CLOSED),
    Status.AGREED: (Status.ACTIVITY, Status.MATCHED, Status.CLOSED),
    Status.ACTIVITY: (Status.REPORT, Status.CLOSED),
    Status.REPORT: (Status.EVALUATION, Status.CLOSED),
    Status.EVALUATION: (Status.CLOSED,),
    Status.CLOSED: (),
}

# What the requester reads about each stage (status page and e-mails).
STAGE_TEXT = {
    Status.NEW: _("Your request has been received."),
    Status.IN_REVIEW: _("Staff are reviewing your request and looking for countries and experts with matching experience."),
    Status.MATCHED: _("Countries, institutions and experts have been chosen to support you."),
    Status.AGREED: _("The terms of reference of the exchange have been agreed."),
    Status.ACTIVITY: _("The exchange activity is under way."),
    Status.REPORT: _("The report of the exchange is being written."),
    Status.EVALUATION: _("Please tell us how useful the exchange was."),
    Status.CLOSED: _("The exchange is closed."),
}

STATUS_SALT = "experts.request-status"
EXPERT_SALT = "experts.expert-invitation"
# The links stay valid as long as an exchange usually lasts; staff can send a new one.
STATUS_LINK_MAX_AGE = 2 * 365 * 24 * 3600
EXPERT_LINK_MAX_AGE = 365 * 24 * 3600


def allowed_moves(request_obj):
    """The stages a request may move to from where it is."""
    return TRANSITIONS.get(request_obj.status, ())


def missing_for(request_obj, to_status, matched_experts=None, matched_countries=None):
    """What `request_obj` lacks to enter `to_status`: {field: message}, empty when nothing.

    `matched_experts` / `matched_countries` are the values about to be saved (the admin form checks
    before saving); the stored ones by default."""
    missing = {}
    if to_status == Status.MATCHED:
        experts = matched_experts if matched_experts is not None else list(request_obj.matched_experts.all()) if request_obj.pk else []
        countries = (
            matched_countries if matched_countries is not None else list(request_obj.matched_countries.all()) if request_obj.pk else []
        )
        if not experts and not countries:
            missing["matched_countries"] = _("Choose the countries or experts who will help before marking the request matched.")
    elif to_status == Status.AGREED:
        if not request_obj.tor_objectives.strip():
            missing["tor_objectives"] = _("Write the objectives of the terms of reference before marking them agreed.")
        if not request_obj.tor_funding.strip():
            missing["tor_funding"] = _("Say who pays before marking the terms of reference agreed.")
        if request_obj.tor_start and request_obj.tor_end and request_obj.tor_end < request_obj.tor_start:
            missing["tor_end"] = _("The end date is before the start date.")
    elif to_status == Status.ACTIVITY:
        if not request_obj.activity_event_id:
            missing["activity_event"] = _("Choose the event page of the mission, study tour or webinar.")
    elif to_status == Status.EVALUATION:
        if not request_obj.report.strip():
            missing["report"] = _("Write the report before asking for the evaluations.")
    elif to_status == Status.CLOSED:
        if not request_obj.outcome:
            missing["outcome"] = _("Choose the outcome before closing the request.")
    return missing


def check_move(request_obj, to_status, **values):
    """Raise ValidationError when `request_obj` may not move to `to_status` now."""
    if to_status not in allowed_moves(request_obj):
        raise ValidationError(
            _("A request at stage “%(from)s” cannot move to “%(to)s”.")
            % {"from": Status(request_obj.status).label, "to": Status(to_status).label}
        )
    missing = missing_for(request_obj, to_status, **values)
    if missing:
        raise ValidationError(missing)


@transaction.atomic
def advance(request_obj, to_status, actor=None, note=""):
    """Move a request to `to_status`: check, record who and when, then send the stage's e-mails
    once the transaction commits. Returns the RequestEvent."""
    check_move(request_obj, to_status)
    from_status = request_obj.status
    now = timezone.now()
    request_obj.status = to_status
    request_obj.stage_changed_at = now
    PeerSupportRequest.objects.filter(pk=request_obj.pk).update(status=to_status, stage_changed_at=now)
    event = RequestEvent.objects.create(
        request=request_obj,
        kind=RequestEvent.Kind.STAGE,
        from_status=from_status,
        to_status=to_status,
        actor=actor if actor is not None and actor.is_authenticated else None,
        actor_label=_actor_label(actor),
        note=note,
        at=now,
    )
    if to_status == Status.MATCHED:
        for expert in request_obj.matched_experts.all():
            ExpertResponse.objects.get_or_create(request=request_obj, expert=expert)
    transaction.on_commit(lambda: notify_stage(request_obj, to_status))
    return event


def _actor_label(actor):
    if actor is None or not actor.is_authenticated:
        return "system"
    return actor.get_full_name() or actor.get_username()


def record_received(request_obj):
    """The first entry of a new request's history."""
    now = request_obj.created_at or timezone.now()
    PeerSupportRequest.objects.filter(pk=request_obj.pk).update(stage_changed_at=now)
    request_obj.stage_changed_at = now
    return RequestEvent.objects.create(request=request_obj, to_status=Status.NEW, actor_label="requester", at=now)


# Signed links ---------------------------------------------------------------------------------


def status_token(request_obj):
    return signing.dumps({"r": request_obj.pk, "ref": request_obj.reference}, salt=STATUS_SALT, compress=True)


def expert_token(request_obj, expert):
    return signing.dumps({"r": request_obj.pk, "e": expert.pk}, salt=EXPERT_SALT, compress=True)


class LinkExpired(Exception):
    pass


class LinkInvalid(Exception):
    pass


def _load(token, salt, max_age):
    try:
        return signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired as error:
        raise LinkExpired from error
    except signing.BadSignature as error:
        raise LinkInvalid from error


def request_from_status_token(token):
    """The request a status link names; LinkInvalid / LinkExpired otherwise."""
    data = _load(token, STATUS_SALT, STATUS_LINK_MAX_AGE)
    request_obj = PeerSupportRequest.objects.filter(pk=data.get("r"), reference=data.get("ref")).select_related("country").first()
    if request_obj is None:
        raise LinkInvalid
    return request_obj


def response_from_expert_token(token):
    """The (request, ExpertResponse) an expert's link names; LinkInvalid / LinkExpired otherwise.
    An expert no longer matched to the request has no page."""
    data = _load(token, EXPERT_SALT, EXPERT_LINK_MAX_AGE)
    response = (
        ExpertResponse.objects.filter(request_id=data.get("r"), expert_id=data.get("e"), request__matched_experts=data.get("e"))
        .select_related("request__country", "expert")
        .first()
    )
    if response is None:
        raise LinkInvalid
    return response.request, response


def _site_url(name, token, language):
    with translation.override(language):
        return settings.SPF_BASE_URL + reverse(name, kwargs={"token": token})


def status_url(request_obj):
    return _site_url("peer_request_status", status_token(request_obj), request_obj.language)


def expert_url(request_obj, expert):
    return _site_url("peer_request_expert", expert_token(request_obj, expert), settings.LANGUAGE_CODE)


def admin_url(request_obj):
    return f"{settings.SPF_BASE_URL}/admin/snippets/experts/peersupportrequest/edit/{request_obj.pk}/"


# Answers from the requester and the experts ---------------------------------------------------


@transaction.atomic
def answer_invitation(request_obj, response, accept):
    """Record an expert's answer (once: a second click changes nothing) and tell staff."""
    if response.answer != ExpertResponse.Answer.PENDING:
        return False
    response.answer = ExpertResponse.Answer.ACCEPTED if accept else ExpertResponse.Answer.DECLINED
    response.answered_at = timezone.now()
    response.save(update_fields=["answer", "answered_at"])
    kind = RequestEvent.Kind.EXPERT_ACCEPTED if accept else RequestEvent.Kind.EXPERT_DECLINED
    RequestEvent.objects.create(request=request_obj, kind=kind, actor_label=f"expert: {response.expert.title}")
    transaction.on_commit(lambda: notify_staff_of(request_obj, kind, response.expert.title))
    return True


@transaction.atomic
def evaluate(request_obj, party, cleaned, expert=None):
    """Store an evaluation (a later one from the same party replaces it). The requester's says
    whether the completed exchange may be published (`publish_consent`)."""
    if request_obj.status != Status.EVALUATION:
        raise ValidationError(_("This request is not at the evaluation stage."))
    evaluation, _created = ExchangeEvaluation.objects.update_or_create(
        request=request_obj,
        party=party,
        expert=expert,
        defaults={
            "usefulness": cleaned["usefulness"],
            "what_changed": cleaned["what_changed"],
            "what_next": cleaned.get("what_next", ""),
            "submitted_at": timezone.now(),
        },
    )
    if party == ExchangeEvaluation.Party.REQUESTER:
        request_obj.publish_consent = bool(cleaned.get("publish_consent"))
        PeerSupportRequest.objects.filter(pk=request_obj.pk).update(publish_consent=request_obj.publish_consent)
    who = "requester" if expert is None else f"expert: {expert.title}"
    RequestEvent.objects.create(request=request_obj, kind=RequestEvent.Kind.EVALUATION, actor_label=who)
    transaction.on_commit(lambda: notify_staff_of(request_obj, RequestEvent.Kind.EVALUATION, who))
    return evaluation


# E-mails ----------------------------------------------------------------------------------


def notify_stage(request_obj, status):
    """The e-mails of a stage: the requester (in the request's language) always; the matched
    experts when matched (their invitation) and at evaluation (the provider's evaluation);
    staff always. A mail that cannot be sent is logged and recorded in the request's history."""
    request_obj.refresh_from_db()
    with translation.override(request_obj.language):
        context = {
            "request_obj": request_obj,
            "stage": Status(status).label,
            "stage_text": STAGE_TEXT[status],
            "status_url": status_url(request_obj),
        }
        _send(
            request_obj,
            "requester",
            subject=translation.gettext("%(reference)s: your request is now at the stage “%(stage)s”")
            % {"reference": request_obj.reference, "stage": Status(status).label},
            message=render_to_string("experts/email/stage_requester.txt", context),
            recipient_list=[request_obj.contact_email],
        )
    if status in (Status.MATCHED, Status.EVALUATION):
        template = "experts/email/expert_invitation.txt" if status == Status.MATCHED else "experts/email/expert_evaluation.txt"
        for expert in request_obj.matched_experts.all():
            if not expert.email:
                record_failure(request_obj, f"expert {expert.title}", "the expert has no e-mail address")
                continue
            if status == Status.EVALUATION and not request_obj.expert_responses.filter(expert=expert, answer="accepted").exists():
                continue
            with translation.override(settings.LANGUAGE_CODE):
                _send(
                    request_obj,
                    f"expert {expert.title}",
                    subject=translation.gettext("%(reference)s: a request for peer support from %(country)s")
                    % {"reference": request_obj.reference, "country": request_obj.country.name},
                    message=render_to_string(
                        template, {"request_obj": request_obj, "expert": expert, "expert_url": expert_url(request_obj, expert)}
                    ),
                    recipient_list=[expert.email],
                )
    with translation.override(settings.LANGUAGE_CODE):
        _send(
            request_obj,
            "staff",
            subject=f"[SPF] {request_obj.reference} is now {Status(status).label}",
            message=render_to_string(
                "experts/email/stage_staff.txt",
                {"request_obj": request_obj, "stage": Status(status).label, "admin_url": admin_url(request_obj)},
            ),
            recipient_list=settings.SPF_STAFF_EMAILS,
        )


def notify_staff_of(request_obj, kind, who):
    """Tell staff an expert answered or an evaluation came in."""
    with translation.override(settings.LANGUAGE_CODE):
        _send(
            request_obj,
            "staff",
            subject=f"[SPF] {request_obj.reference}: {RequestEvent.Kind(kind).label} ({who})",
            message=f"{RequestEvent.Kind(kind).label}: {who}\n\n{admin_url(request_obj)}\n",
            recipient_list=settings.SPF_STAFF_EMAILS,
        )


def _send(request_obj, recipient, **mail):
    # A failure is logged and listed for staff by core.mail; the request's history records it too.
    if core_mail.send(mail["subject"], mail["message"], mail["recipient_list"]):
        return True
    log.error("peer-support request %s: the e-mail to the %s was not sent", request_obj.reference, recipient)
    record_failure(request_obj, recipient, "the mail server did not accept it (Settings → Failed e-mails)")
    return False


def record_failure(request_obj, recipient, reason):
    """Staff see a lost e-mail in the request's history and on the dashboard."""
    RequestEvent.objects.create(
        request=request_obj, kind=RequestEvent.Kind.MAIL_FAILED, actor_label="system", note=f"{recipient}: {reason}"[:1000]
    )


def stage_timeline(request_obj):
    """The stages for the status page: [(value, label, date reached or None, state)], state being
    "done", "current" or "todo"; a request closed early skips the stages it never reached."""
    reached = {}
    for event in request_obj.history.filter(kind=RequestEvent.Kind.STAGE).order_by("at", "pk"):
        reached[event.to_status] = event.at
    current = request_obj.status
    timeline = []
    for value in ORDER:
        if value == current:
            state = "current"
        elif value in reached and ORDER.index(value) < ORDER.index(current):
            state = "done"
        elif current == Status.CLOSED:
            continue
        else:
            state = "todo"
        timeline.append((value, Status(value).label, reached.get(value), state))
    return timeline


# Staff views ------------------------------------------------------------------------------


def dashboard(now=None):
    """Requests by stage and age, for staff: [{status, label, count, oldest_days, average_days,
    requests}], requests oldest first (age = days at the current stage), and the lost e-mails."""
    now = now or timezone.now()
    rows = []
    requests = PeerSupportRequest.objects.select_related("country").order_by("stage_changed_at", "created_at")
    by_status = {}
    for request_obj in requests:
        since = request_obj.stage_changed_at or request_obj.created_at
        by_status.setdefault(request_obj.status, []).append((request_obj, (now - since).days))
    for value, label in Status.choices:
        found = by_status.get(value, [])
        ages = [age for _request, age in found]
        rows.append(
            {
                "status": value,
                "label": label,
                "count": len(found),
                "oldest_days": max(ages) if ages else None,
                "average_days": round(sum(ages) / len(ages)) if ages else None,
                "requests": found[:10],
            }
        )
    failures = RequestEvent.objects.filter(kind=RequestEvent.Kind.MAIL_FAILED).select_related("request").order_by("-at")[:20]
    return {"stages": rows, "failures": list(failures), "open": sum(row["count"] for row in rows if row["status"] != Status.CLOSED)}


def accepted_experts(request_obj):
    ids = request_obj.expert_responses.filter(answer=ExpertResponse.Answer.ACCEPTED).values_list("expert_id", flat=True)
    return list(request_obj.matched_experts.filter(pk__in=ids))


def draft_exchange(request_obj, parent):
    """A draft ExchangePage under `parent` (the expert directory) from a closed request whose
    requester agreed to publication; staff edit and publish it. Never copies contacts or notes."""
    if request_obj.status != Status.CLOSED or not request_obj.publish_consent:
        raise ValidationError(_("Only a closed request whose requester agreed to publication can become a public record."))
    existing = ExchangePage.objects.filter(request=request_obj).first()
    if existing:
        return existing
    experts = accepted_experts(request_obj)
    providers = {country.pk: country for country in request_obj.matched_countries.all()}
    providers.update({expert.country.pk: expert.country for expert in experts if expert.country_id})
    evaluation = request_obj.requester_evaluation
    themes = list(request_obj.themes.all())
    when = request_obj.tor_start or (request_obj.stage_changed_at or timezone.now()).date()
    title = _("Support to %(country)s on %(topic)s") % {
        "country": request_obj.country.name,
        "topic": ", ".join(theme.name for theme in themes) or _("social protection"),
    }
    page = ExchangePage(
        title=str(title),
        slug=request_obj.reference.lower(),
        live=False,
        request=request_obj,
        requesting_country=request_obj.country,
        year=when.year,
        usefulness=evaluation.usefulness if evaluation else None,
        need=request_obj.need,
        what_changed=evaluation.what_changed if evaluation else "",
    )
    parent.add_child(instance=page)
    page.provider_countries.set(providers.values())
    page.experts.set(experts)
    page.themes.set(themes)
    page.guarantees.set(request_obj.guarantees.all())
    if request_obj.activity_event_id:
        page.events.set([request_obj.activity_event])
    page.save()  # the parental many-to-many values are stored with the page
    page.save_revision()
    return page
