"""The public "Share your country's experience" page and its application form."""

from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.views.decorators.http import require_http_methods

from compendium.core.middleware import client_address

from . import services
from .forms import ApplicationForm

TEMPLATE = "contributors/contribute.html"


@require_http_methods(["GET", "POST"])
def contribute(request):
    """GET: what contributing means and the form. POST: store a valid application (rate limited
    per client address; only stored applications count, so correcting errors never locks out)."""
    if request.method == "POST":
        address = client_address(request)
        if services.is_rate_limited(address):
            return render(request, TEMPLATE, {"form": ApplicationForm(), "rate_limited": True}, status=429)
        form = ApplicationForm(request.POST)
        if form.is_valid():
            services.count_application(address)
            services.receive(form, get_language())
            return redirect("contribute_thanks")
        return render(request, TEMPLATE, {"form": form}, status=400)
    return render(request, TEMPLATE, {"form": ApplicationForm()})


def thanks(request):
    return render(request, "contributors/contribute_thanks.html")
