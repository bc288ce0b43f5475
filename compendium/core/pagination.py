"""One page of a listing, for every index page (Guide chapters, countries, experts, events)."""

from django.core.paginator import Paginator

PAGE_SIZE = 20


def paginate(request, items, per_page=PAGE_SIZE, param="page"):
    """A page of `items` from the `param` query parameter; malformed or out-of-range values give page 1 or the last."""
    paginator = Paginator(items, per_page)
    return paginator.get_page(request.GET.get(param))
