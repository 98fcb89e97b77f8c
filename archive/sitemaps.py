"""sitemap.xml: every published article, the sections and the tags in use.

The article and tag sitemaps are split by ranges of ids, the protocol's 50,000 per file at
most: a file is read along the primary key, whatever its number, and the index counts files
from the highest id alone.  A count, an OFFSET or a latest-change date would read the whole
table on every request.  A range whose rows were all hidden or deleted gives an empty file.

The index is contrib's view.  A file is written by :func:`sitemap_file` instead: contrib's
template costs about 0.1 ms an address, seconds for a file of 50,000, where writing the
``<url>`` elements here costs a few microseconds each, the rows read in chunks.
"""

from xml.sax.saxutils import escape

from django.contrib.sitemaps import Sitemap
from django.contrib.sites.shortcuts import get_current_site
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.db.models import Exists, Max, OuterRef, QuerySet
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

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

    def __init__(self):
        self._issues: dict[tuple[str, object], str] = {}

    def location(self, item):
        if item["page__issue__date"] is None or item["page__number"] is None:
            return reverse("archive:article_by_id", args=[item["id"]])
        # An article's permanent address is its issue's, then page and order: the issue's is
        # reversed once for its articles (thousands of reverse() calls are most of a file's time).
        key = (item["page__issue__publication__slug"], item["page__issue__date"])
        issue = self._issues.get(key)
        if issue is None:
            if len(self._issues) > 10_000:
                self._issues.clear()
            issue = self._issues[key] = reverse(
                "archive:issue", kwargs={"publication": key[0], "date": key[1].isoformat()}
            )
        return f"{issue}{item['page__number']}/{item['order']}/"

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

_URLSET = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
)


@require_safe
def sitemap_file(request, section):
    """One file of a sitemap (``?p=`` numbers them from 1): 50,000 addresses at most, a few MB."""
    if section not in sitemaps:
        raise Http404("没有这个网站地图。")
    site = sitemaps[section]()
    try:
        items = site.paginator.page(request.GET.get("p", 1)).object_list
    except (EmptyPage, PageNotAnInteger):
        raise Http404("没有这一页。") from None
    if isinstance(items, QuerySet):
        items = items.iterator(chunk_size=2000)
    base = f"{request.scheme}://{get_current_site(request).domain}"
    changefreq = f"<changefreq>{site.changefreq}</changefreq>" if site.changefreq else ""
    lastmod = getattr(site, "lastmod", None)

    def lines():
        yield _URLSET
        for item in items:
            modified = ""
            if lastmod is not None:
                when = timezone.localtime(lastmod(item)).isoformat(timespec="seconds")
                modified = f"<lastmod>{when}</lastmod>"
            yield f"<url><loc>{escape(base + site.location(item))}</loc>{modified}{changefreq}</url>\n"
        yield "</urlset>\n"

    response = HttpResponse("".join(lines()), content_type="application/xml; charset=utf-8")
    response.headers["X-Robots-Tag"] = "noindex, noodp, noarchive"
    return response
