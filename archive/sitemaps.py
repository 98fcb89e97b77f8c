"""sitemap.xml: every published article, the sections and the tags in use.

The article and tag sitemaps are split by ranges of ids, the protocol's 50,000 per file at
most: a file is read along the primary key, whatever its number, and the index counts files
from the highest id alone.  A count, an OFFSET or a latest-change date would read the whole
table on every request.  A range whose rows were all hidden or deleted gives an empty file.
"""

from django.contrib.sitemaps import Sitemap
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.db.models import Exists, Max, OuterRef
from django.urls import reverse

from archive.models import Article, ArticleTag, Section, Tag


class IdRange:
    """A sitemap file: the rows of ``items`` whose ids fall in its range."""

    def __init__(self, object_list):
        self.object_list = object_list


class IdRangePaginator:
    """What the sitemap views ask of a paginator, with files cut by id ranges of ``per_file``."""

    def __init__(self, items, model, per_file: int):
        self.items = items
        self.model = model
        self.per_file = per_file

    @property
    def num_pages(self) -> int:
        # The highest id, from the primary key index: no row is read past it.
        highest = self.model.objects.aggregate(highest=Max("id"))["highest"] or 0
        return max(1, -(-highest // self.per_file))

    def page(self, number) -> IdRange:
        try:
            number = int(str(number))
        except (TypeError, ValueError):
            raise PageNotAnInteger("页码不是数字") from None
        if not 1 <= number <= self.num_pages:
            raise EmptyPage("没有这一页")
        first = (number - 1) * self.per_file
        return IdRange(self.items.filter(id__gt=first, id__lte=first + self.per_file).order_by("id"))


class IdRangeSitemap(Sitemap):
    limit = 50_000  # the sitemap protocol's limit of addresses per file
    model = None

    @property
    def paginator(self):
        return IdRangePaginator(self.items(), self.model, self.limit)


class ArticleSitemap(IdRangeSitemap):
    model = Article
    changefreq = "yearly"

    def items(self):
        # Only what an address and its date need: never the page's raw text or the article body.
        return Article.objects.published().values(
            "id",
            "order",
            "updated_at",
            "page__number",
            "page__issue__date",
            "page__issue__publication__slug",
        )

    def location(self, item):
        if item["page__issue__date"] is None or item["page__number"] is None:
            return reverse("archive:article_by_id", args=[item["id"]])
        return reverse(
            "archive:article",
            kwargs={
                "publication": item["page__issue__publication__slug"],
                "date": item["page__issue__date"].isoformat(),
                "page": item["page__number"],
                "order": item["order"],
            },
        )

    def lastmod(self, item):
        return item["updated_at"]

    def get_latest_lastmod(self):
        # The newest change of any article would read every row: the index goes without it.
        return None


class SectionSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return Section.objects.only("slug").order_by("priority", "name")


class TagSitemap(IdRangeSitemap):
    model = Tag
    changefreq = "weekly"

    def items(self):
        in_use = ArticleTag.objects.filter(tag=OuterRef("pk"), article__status=Article.Status.PUBLISHED)
        return Tag.objects.filter(Exists(in_use)).only("slug")


sitemaps = {"articles": ArticleSitemap, "sections": SectionSitemap, "tags": TagSitemap}
