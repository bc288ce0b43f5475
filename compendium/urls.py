"""Public URL contract (DESIGN.md): language-prefixed pages, language-free APIs and machine files."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from compendium import views
from compendium.opendata import api, feeds
from compendium.opendata.api_v2 import api_router
from compendium.opendata.sitemaps import PageSitemap
from contributors import views as contributor_views
from events import views as event_views
from experts import views as expert_views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("ping", views.ping, name="ping"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", views.favicon, name="favicon"),
    # Cached by the page cache like every public answer (current within a second of a publish).
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PageSitemap}}, name="sitemap"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("api/search/", api.search_api, name="api_search"),
    path("api/match/", api.match_api, name="api_match"),
    re_path(r"^api/export/(?P<kind>case-studies|experts|events|projects)\.(?P<fmt>csv|json)$", api.export, name="api_export"),
    path("i18n/", include("django.conf.urls.i18n")),
]

urlpatterns += i18n_patterns(
    path("search/", views.search_page, name="search"),
    path("match/", views.match_page, name="match"),
    path("experts/request/", expert_views.request_form, name="peer_request"),
    path("experts/request/thanks/", expert_views.request_thanks, name="peer_request_thanks"),
    path("experts/request/status/<str:token>/", expert_views.request_status, name="peer_request_status"),
    path("experts/request/invitation/<str:token>/", expert_views.expert_invitation, name="peer_request_expert"),
    path("contribute/", contributor_views.contribute, name="contribute"),
    path("contribute/thanks/", contributor_views.thanks, name="contribute_thanks"),
    path("feed/", feeds.CaseStudyFeed(), name="feed"),
    # Before Wagtail's pages, whose addresses end in a slash: calendar files end in .ics.
    path("events/calendar.ics", event_views.calendar_feed, name="events_calendar"),
    path("events/<slug:slug>/event.ics", event_views.event_ics, name="event_ics"),
    path("feed/projects/", feeds.ProjectFeed(), name="project_feed"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.SERVE_MEDIA:
    # Only the folders of SERVED_MEDIA_FOLDERS (image renditions): documents are served by
    # Wagtail's document view, which enforces their privacy, never as raw media files.
    urlpatterns.insert(0, re_path(r"^media/(?P<path>.*)$", views.serve_media))
