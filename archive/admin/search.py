"""The admin's article search: the site's Chinese full-text search, over every article."""

from archive.editing import bigram_match
from archive.search import ReaderQuery


def search_articles(queryset, text: str):
    """Articles of ``queryset`` containing every term of ``text``, matched as the site matches.

    The query is read like a reader's (:class:`archive.search.ReaderQuery`) and matched against
    the bigram document through its GIN index, with the queryset's ``matching()`` verb when it
    has one.  Hidden articles are included: editors search everything.
    """
    query = ReaderQuery.parse(text)
    if query is None:
        return queryset.none()
    if hasattr(queryset, "matching"):
        return queryset.matching(query.bigrams)
    return queryset.filter(bigram_match(query.bigrams))
