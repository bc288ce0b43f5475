"""The page permission policy, narrowed for contributors.

Wagtail's page "add" permission lets a contributor explore every page under their country,
drafts of others included; the admin's page search and listings ask the registered policy for
"explorable" pages. For a contributor (and nobody else) that set is narrowed to published pages
and their own. Registered for `Page` in `ContributorsConfig.ready()`.
"""

from wagtail.permission_policies.pages import PagePermissionPolicy

from . import services


class ContributorAwarePagePolicy(PagePermissionPolicy):
    def explorable_instances(self, user):
        pages = super().explorable_instances(user)
        if services.is_contributor(user):
            pages = pages.filter(services.contributor_pages_filter(user))
        return pages
