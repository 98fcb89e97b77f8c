"""The public site's views, by page family."""

from archive.views.articles import ArticleByIdView, ArticleView
from archive.views.crawlers import robots_txt
from archive.views.dates import IssueView, PublicationView, PublicationYearView, date_view
from archive.views.home import HomeView
from archive.views.lists import ArticleListView, PersonView, SectionView, TagView
from archive.views.open_data import open_data_page
from archive.views.pages import PageView

__all__ = [
    "ArticleByIdView",
    "ArticleListView",
    "ArticleView",
    "HomeView",
    "IssueView",
    "PageView",
    "PersonView",
    "PublicationView",
    "PublicationYearView",
    "SectionView",
    "TagView",
    "date_view",
    "open_data_page",
    "robots_txt",
]
