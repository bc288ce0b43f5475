"""The benchmarks' own instruments measure without changing what they measure."""

import os

import pytest


def test_the_query_count_header_opens_no_connection_for_a_view_without_queries(rf):
    from django.http import HttpResponse

    from compendium.core.middleware import QueryCountHeaderMiddleware

    # Outside the database fixture any connection attempt raises, so the bare endpoint of the
    # benchmarks stays bare when the bench turns the header on.
    response = QueryCountHeaderMiddleware(lambda request: HttpResponse("ok"))(rf.get("/ping"))
    assert response["X-Query-Count"] == "0"


@pytest.mark.django_db
def test_the_query_count_header_counts_every_query(rf):
    from django.http import HttpResponse

    from compendium.core.middleware import QueryCountHeaderMiddleware
    from compendium.taxonomy.models import Country, Theme

    def view(request):
        list(Country.objects.all()[:3])
        Theme.objects.count()
        return HttpResponse("ok")

    response = QueryCountHeaderMiddleware(view)(rf.get("/"))
    assert response["X-Query-Count"] == "2"
    assert response["X-Worker"] == str(os.getpid())  # the bench's warm-up reaches every worker by it
