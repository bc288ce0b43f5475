"""The peer-support request form."""

import re

from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.views.decorators.http import require_http_methods

from compendium.core.middleware import client_address
from compendium.taxonomy.models import Country

from . import requests as peer_requests
from .forms import PeerSupportRequestForm
from .models import ExpertPage

# An expert's id: ASCII digits only ("²".isdigit() is true, int("²") fails), and few enough of
# them to fit a database integer.
EXPERT_ID = re.compile(r"[0-9]{1,18}", re.ASCII)


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
