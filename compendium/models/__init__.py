"""Where Django finds the models of the `compendium` app: each lives in the subpackage of its concern
(taxonomy, catalogue, pages, ops); this module only imports them so the app registry sees them."""

from compendium.catalogue.models import SearchFacet, SearchItem, SearchText  # noqa: F401
from compendium.core.models import MailFailure, PublishedView, PublishedViewDependency  # noqa: F401
from compendium.ops.models import GeneratedPage  # noqa: F401
from compendium.pages.models import (  # noqa: F401
    ChapterPage,
    CountryIndexPage,
    CountryNeed,
    CountryPage,
    GuidePage,
    HomePage,
    StatementPage,
)
from compendium.taxonomy.models import (  # noqa: F401
    Country,
    Guarantee,
    Language,
    Modality,
    Principle,
    Region,
    Stage,
    Theme,
)
