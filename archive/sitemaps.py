"""sitemap.xml: every published article, the sections and the tags in use."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Exists, OuterRef

from archive.models import Article, ArticleTag, Section, Tag


class ArticleSitemap(Sitemap):
    limit = 5000
    changefreq = "yearly"

    def items(self):
        return Article.objects.published().select_related("page__issue__publication").order_by("id")

    def lastmod(self, item):
        return item.updated_at


class SectionSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return Section.objects.order_by("priority", "name")


class TagSitemap(Sitemap):
    limit = 5000
    changefreq = "weekly"

    def items(self):
        in_use = ArticleTag.objects.filter(tag=OuterRef("pk"), article__status=Article.Status.PUBLISHED)
        return Tag.objects.filter(Exists(in_use)).order_by("id")


sitemaps = {"articles": ArticleSitemap, "sections": SectionSitemap, "tags": TagSitemap}
