"""Editorial Wagtail pages and the routable index pages of a region portal."""

from .editorial import (
    GuidePage,
    HomePage,
    HomePageFeaturedOffer,
    LandingPage,
    NewsIndexPage,
    NewsPage,
    StandardPage,
)
from .indexes import EmployerIndexPage, EventIndexPage, OfferIndexPage
from .orientation import InterestCheckPage, OutlookPage

__all__ = [
    "EmployerIndexPage",
    "EventIndexPage",
    "GuidePage",
    "HomePage",
    "HomePageFeaturedOffer",
    "InterestCheckPage",
    "LandingPage",
    "NewsIndexPage",
    "NewsPage",
    "OfferIndexPage",
    "OutlookPage",
    "StandardPage",
]
