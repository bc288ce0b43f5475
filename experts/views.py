"""The peer-support request form, the requester's status page and the matched experts' page."""

import re
from urllib.parse import urlencode

from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from compendium.core.middleware import client_address
from compendium.taxonomy.models import Country, Guarantee, Stage, Theme

from . import lifecycle
from . import requests as peer_requests
from .forms import EvaluationForm, PeerSupportRequestForm, RequesterEvaluationForm
from .models import ExchangeEvaluation, ExpertPage, ExpertResponse, PeerSupportRequest

# An expert's id: ASCII digits only ("²".isdigit() is true, int("²") fails), and few enough of
# them to fit a database integer.
EXPERT_ID = re.compile(r"[0-9]{1,18}", re.ASCII)
SLUG = re.compile(r"[a-z0-9-]{1,50}", re.ASCII)


def need_from_query(params):
    """The need a link carries (?theme=&guarantee=&stage=, slugs as the match API takes them) as
    the form's initial values; unknown or malformed slugs are ignored, never an error."""
    initial = {}
    for param, model, key in (("theme", Theme, "themes"), ("guarantee", Guarantee, "guarantees")):
        slugs = [value.strip() for value in params.getlist(param)[:20] if SLUG.fullmatch(value.strip())]
        found = list(model.objects.filter(slug__in=slugs).values_list("pk", flat=True)) if slugs else []
        if found:
            initial[key] = found
    stage = params.get("stage", "").strip()
    if SLUG.fullmatch(stage):
        found = Stage.objects.filter(slug=stage).values_list("pk", flat=True).first()
        if found:
            initial["stage"] = found
    return initial


@require_http_methods(["GET", "POST"])
def request_form(request):
    ip_address = client_address(request)
    if request.method == "POST":
        if peer_requests.is_rate_limited(ip_address):
            return render(request, "experts/request_form.html", {"form": PeerSupportRequestForm(), "rate_limited": True}, status=429)
        form = PeerSupportRequestForm(request.POST)
        if form.is_valid():
            # Only stored requests count against the limit: a visitor correcting a form with
            # errors is not locked out (a lost notification is logged by notify()).
            peer_requests.count_submission(ip_address)
            request_obj = peer_requests.receive(form, get_language())
            # The thanks page shows the reference and links to the status page: the signed token
            # travels in the address, never in a shared cache (the status page is private).
            return redirect(f"{reverse('peer_request_thanks')}?{urlencode({'r': lifecycle.status_token(request_obj)})}")
        return render(request, "experts/request_form.html", {"form": form}, status=400)
    initial = {}
    expert = None
    expert_id = request.GET.get("expert", "")
    if EXPERT_ID.fullmatch(expert_id):
        expert = ExpertPage.objects.live().public().filter(pk=int(expert_id)).select_related("country").first()
        if expert:
            initial["expert"] = expert.pk
    initial.update(need_from_query(request.GET))
    if expert and not any(key in initial for key in ("themes", "guarantees")):
        # No need came with the link (e.g. from the expert's own page): the expert's themes.
        initial["themes"] = list(expert.themes.values_list("pk", flat=True))
    for param in ("country", "provider"):
        value = request.GET.get(param, "").strip().upper()
        if len(value) == 2 and value.isalpha():
            country = Country.objects.filter(code=value).first()
            if country and param == "country":
                initial["country"] = country.pk
            elif country:
                initial["provider_country"] = country.iso2
    form = PeerSupportRequestForm(initial=initial)
    return render(request, "experts/request_form.html", {"form": form, "expert": expert})


@never_cache
def request_thanks(request):
    """Thanks, with the request's reference and a link to its status page (from the signed `r`)."""
    request_obj = None
    token = request.GET.get("r", "")
    if token:
        try:
            request_obj = lifecycle.request_from_status_token(token)
        except (lifecycle.LinkInvalid, lifecycle.LinkExpired):
            request_obj = None
    return render(request, "experts/request_thanks.html", {"request_obj": request_obj, "token": token if request_obj else ""})


def _bad_link(request, expired):
    """A tampered, unknown or expired link: say so, in the reader's language (never a 500)."""
    return render(request, "experts/link_invalid.html", {"expired": expired}, status=410 if expired else 404)


@never_cache
@require_http_methods(["GET", "POST"])
def request_status(request, token):
    """The requester's private page: the stage, its history and, at evaluation, the evaluation form."""
    try:
        request_obj = lifecycle.request_from_status_token(token)
    except lifecycle.LinkExpired:
        return _bad_link(request, expired=True)
    except lifecycle.LinkInvalid:
        return _bad_link(request, expired=False)
    evaluation = request_obj.evaluations.filter(party=ExchangeEvaluation.Party.REQUESTER).first()
    can_evaluate = request_obj.status == PeerSupportRequest.Status.EVALUATION
    form = None
    status = 200
    if can_evaluate:
        initial = {"publish_consent": request_obj.publish_consent}
        if evaluation:
            initial.update(usefulness=evaluation.usefulness, what_changed=evaluation.what_changed, what_next=evaluation.what_next)
        form = RequesterEvaluationForm(request.POST if request.method == "POST" else None, initial=initial)
        if request.method == "POST":
            if form.is_valid():
                lifecycle.evaluate(request_obj, ExchangeEvaluation.Party.REQUESTER, form.cleaned_data)
                return redirect(f"{request.path}?saved=1")
            status = 400
    elif request.method == "POST":
        status = 400
    context = {
        "request_obj": request_obj,
        "stages": lifecycle.stage_timeline(request_obj),
        "stage_text": lifecycle.STAGE_TEXT[request_obj.status],
        "form": form,
        "evaluation": evaluation,
        "saved": request.GET.get("saved") == "1" and evaluation is not None,
        "not_open": request.method == "POST" and not can_evaluate,
    }
    return render(request, "experts/request_status.html", context, status=status)


@never_cache
@require_http_methods(["GET", "POST"])
def expert_invitation(request, token):
    """A matched expert's private page: accept or decline (POST, with CSRF), and at evaluation
    the provider's evaluation form."""
    try:
        request_obj, response = lifecycle.response_from_expert_token(token)
    except lifecycle.LinkExpired:
        return _bad_link(request, expired=True)
    except lifecycle.LinkInvalid:
        return _bad_link(request, expired=False)
    expert = response.expert
    status = 200
    form = None
    can_evaluate = request_obj.status == PeerSupportRequest.Status.EVALUATION and response.answer == ExpertResponse.Answer.ACCEPTED
    evaluation = request_obj.evaluations.filter(party=ExchangeEvaluation.Party.PROVIDER, expert=expert).first()
    if can_evaluate:
        initial = {}
        if evaluation:
            initial = {"usefulness": evaluation.usefulness, "what_changed": evaluation.what_changed, "what_next": evaluation.what_next}
        form = EvaluationForm(request.POST if request.method == "POST" and "usefulness" in request.POST else None, initial=initial)
    if request.method == "POST":
        answer = request.POST.get("answer")
        if answer in ("accept", "decline") and response.answer == ExpertResponse.Answer.PENDING:
            lifecycle.answer_invitation(request_obj, response, accept=answer == "accept")
            return redirect(request.path)
        if form is not None and form.is_bound:
            if form.is_valid():
                lifecycle.evaluate(request_obj, ExchangeEvaluation.Party.PROVIDER, form.cleaned_data, expert=expert)
                return redirect(f"{request.path}?saved=1")
        status = 400
    context = {
        "request_obj": request_obj,
        "response": response,
        "expert": expert,
        "form": form,
        "evaluation": evaluation,
        "saved": request.GET.get("saved") == "1" and evaluation is not None,
    }
    return render(request, "experts/expert_invitation.html", context, status=status)
