"""Site core models: the shared taxonomy, the body blocks, the Guide and the country profiles."""

from .demo import GeneratedPage  # noqa: F401,E402
from .pages import (  # noqa: F401
    ChapterPage,
    CountryIndexPage,
    CountryNeed,
    CountryPage,
    GuidePage,
    HomePage,
)
from .search import SearchFacet, SearchItem, SearchText  # noqa: F401,E402
from .taxonomy import (  # noqa: F401
    Country,
    Guarantee,
    Language,
    Modality,
    Principle,
    Region,
    Stage,
    Theme,
)
