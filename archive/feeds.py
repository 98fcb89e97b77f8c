"""Atom feeds: the latest articles, and the articles of a section, a tag or a person."""

import datetime
import zoneinfo

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from archive.models import Article, ArticleTag, Person, Section, Tag
from archive.pagination import keyset_page

FEED_LENGTH = 30
SUMMARY_LENGTH = 200


class ArticleFeed(Feed):
    feed_type = Atom1Feed
    title = "报刊档案：最新文章"
    subtitle = "报刊档案新收录的文章"

    def link(self):
        return reverse("archive:article_list")

    def articles(self, obj):
        return Article.objects.published()

    def items(self, obj=None):
        articles = self.articles(obj).for_listing()
        articles = articles.prefetch_related(
            Prefetch("article_tags", queryset=ArticleTag.objects.select_related("tag"))
        )
        return keyset_page(articles, None, FEED_LENGTH).items

    def item_title(self, item):
        return str(item)

    def item_description(self, item):
        text = " ".join(item.body.split())
        if len(text) > SUMMARY_LENGTH:
            text = text[:SUMMARY_LENGTH] + "…"
        # Atom summaries are HTML: plain text must be escaped to be read as text.
        return escape(text)

    def item_pubdate(self, item):
        if item.published_on is None:
            return item.created_at
        midnight = datetime.time(0, 0)
        return datetime.datetime.combine(item.published_on, midnight, zoneinfo.ZoneInfo(settings.TIME_ZONE))

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        names = [credit.person.name for credit in item.credits.all()]
        return "、".join(dict.fromkeys(names)) or None

    def item_categories(self, item):
        return [link.tag.name for link in item.article_tags.all()]


class SectionFeed(ArticleFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Section, slug=slug)

    def title(self, obj):
        return f"报刊档案：{obj.name}"

    def subtitle(self, obj):
        return obj.description or f"{obj.name}栏目的最新文章"

    def link(self, obj):
        return obj.get_absolute_url()

    def articles(self, obj):
        return Article.objects.published().filter(section=obj)


class TagFeed(ArticleFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Tag, slug=slug)

    def title(self, obj):
        return f"报刊档案：标签「{obj.name}」"

    def subtitle(self, obj):
        return f"标有「{obj.name}」的最新文章"

    def link(self, obj):
        return obj.get_absolute_url()

    def articles(self, obj):
        return Article.objects.published().tagged(obj)


class PersonFeed(ArticleFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Person, slug=slug)

    def title(self, obj):
        return f"报刊档案：{obj.name}"

    def subtitle(self, obj):
        return f"署名{obj.name}的最新文章"

    def link(self, obj):
        return obj.get_absolute_url()

    def articles(self, obj):
        return Article.objects.published().crediting(obj)
