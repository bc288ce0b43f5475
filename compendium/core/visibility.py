"""What the public may see: one place that answers it for pages, documents and images.

A page is public when it is live and neither it nor an ancestor has a view restriction.
A document or image is public when its collection (and every collection above it) has no view
restriction AND a public page uses it (Wagtail's reference index: rich-text links, chooser
blocks, foreign keys). So a file attached only to a draft, or only to a restricted page, is not
downloadable and not listed, while staff who can reach the admin may always fetch it.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction, ReferenceIndex

from compendium.core import versions


def public_pages():
    """Live pages outside every view restriction."""
    return Page.objects.live().public()


def _restricted_collections_filter():
    paths = list(CollectionViewRestriction.objects.values_list("collection__path", flat=True))
    restricted = Q()
    for path in paths:
        restricted |= Q(collection__path__startswith=path)
    return restricted if paths else None


def _used_by_public_pages(model):
    """Primary keys (as strings) of `model` rows that a public page refers to, directly or through
    a snippet it cites (a page's citation names a source, whose text is a document)."""
    page_type = ContentType.objects.get_for_model(Page)
    target_type = ContentType.objects.get_for_model(model)
    public_ids = {str(pk) for pk in public_pages().values_list("pk", flat=True)}
    references = ReferenceIndex.objects.filter(base_content_type=page_type).values_list("object_id", "to_content_type_id", "to_object_id")
    used, cited = set(), set()
    for page_id, to_type, to_id in references:
        if page_id not in public_ids:
            continue
        if to_type == target_type.pk:
            used.add(to_id)
        elif to_type != page_type.pk:
            cited.add((to_type, to_id))
    if cited:
        through = ReferenceIndex.objects.filter(to_content_type=target_type, content_type_id__in={kind for kind, _ in cited})
        rows = through.values_list("content_type_id", "object_id", "to_object_id")
        used |= {to_id for kind, object_id, to_id in rows if (kind, object_id) in cited}
    return used


def public_files(queryset, collections=True):
    """The documents or images of `queryset` the public may list and download. With
    collections=False, those a public page uses whatever their collection (Wagtail's own hook
    asks for the password of a restricted collection when one is downloaded).

    The answer is a filter on primary keys only, which Wagtail's search backends accept (the API's
    ?search= runs on this queryset)."""
    model = queryset.model
    ids = {int(pk) for pk in _used_by_public_pages(model) if pk.isascii() and pk.isdecimal()}
    restricted = _restricted_collections_filter() if collections else None
    if restricted is not None and ids:
        ids -= set(model.objects.filter(restricted, pk__in=ids).values_list("pk", flat=True))
    return queryset.filter(pk__in=sorted(ids))


def used_by_a_public_page(obj):
    return public_files(type(obj).objects.filter(pk=obj.pk), collections=False).exists()


def may_see_private_files(user):
    """Staff who use the admin (editors, moderators, administrators) may fetch any file they reach."""
    return bool(user and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"))


@versions.memoize("pages")
def restricted_paths():
    """Tree paths of the pages under a view restriction; read once per version of the pages."""
    return tuple(PageViewRestriction.objects.values_list("page__path", flat=True))


def public(queryset):
    """Wagtail's `.public()` (no page under a view restriction), without its query on every call;
    with no restriction at all the queryset is left as it is."""
    restricted = Q()
    for path in restricted_paths():
        restricted |= Q(path__startswith=path)
    return queryset.exclude(restricted) if restricted else queryset
