"""The peer-support request form."""

import re

from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.views.decorators.http import require_http_methods

from compendium.core.middleware import client_address
from compendium.taxonomy.models import Country, Guarantee, Stage, Theme

from . import requests as peer_requests
from .forms import PeerSupportRequestForm
from .models import ExpertPage

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
            peer_requests.receive(form, get_language())
            return redirect("peer_request_thanks")
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


def request_thanks(request):
    return render(request, "experts/request_thanks.html")
