"""The reader's filters on article lists: dates, paper, section, tags, person, kind, query and order.

The query (``q``) and the order (``sort``) are validated here but applied by the list view,
which searches and pages in bounded steps (see :mod:`archive.search`).
"""

from __future__ import annotations

import django_filters
from django import forms

from archive.models import Article, Person, Publication, Section, Tag
from archive.segmentation.query import MAX_QUERY_LENGTH


class SortChoices:
    DATE = "date"
    RELEVANCE = "relevance"
    choices = [(DATE, "按日期"), (RELEVANCE, "按相关度")]


class ArticleFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label="关键词",
        method="keep",
        max_length=MAX_QUERY_LENGTH,
        strip=True,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": "例如：营商环境"}),
    )
    date_from = django_filters.DateFilter(
        label="起始日期",
        field_name="published_on",
        lookup_expr="gte",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    date_to = django_filters.DateFilter(
        label="截止日期",
        field_name="published_on",
        lookup_expr="lte",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    publication = django_filters.ModelChoiceFilter(
        label="报纸",
        field_name="publication",
        lookup_expr="exact",
        to_field_name="slug",
        queryset=Publication.objects.all(),
        empty_label="全部报纸",
    )
    section = django_filters.ModelChoiceFilter(
        label="栏目",
        field_name="section",
        lookup_expr="exact",
        to_field_name="slug",
        queryset=Section.objects.all(),
        empty_label="全部栏目",
    )
    tag = django_filters.ModelMultipleChoiceFilter(
        label="标签",
        field_name="tags",
        to_field_name="slug",
        queryset=Tag.objects.all(),
        method="filter_tags",
        widget=forms.MultipleHiddenInput,
    )
    person = django_filters.ModelChoiceFilter(
        label="人物",
        field_name="people",
        to_field_name="slug",
        queryset=Person.objects.all(),
        method="filter_person",
        widget=forms.HiddenInput,
    )
    kind = django_filters.ChoiceFilter(
        label="类型",
        field_name="kind",
        lookup_expr="exact",
        choices=Article.Kind.choices,
        empty_label="文章和图片",
    )
    sort = django_filters.ChoiceFilter(
        label="排序",
        method="keep",
        choices=SortChoices.choices,
        empty_label="默认（检索时按相关度）",
    )

    class Meta:
        model = Article
        fields = ["q", "date_from", "date_to", "publication", "section", "tag", "person", "kind", "sort"]

    def keep(self, queryset, name, value):
        return queryset

    def filter_tags(self, queryset, name, tags):
        return queryset.tagged(*tags)

    def filter_person(self, queryset, name, person):
        return queryset.crediting(person)

    @property
    def query_text(self) -> str:
        return (self.form.cleaned_data.get("q") or "") if self.is_valid() else ""

    @property
    def sort_order(self) -> str:
        sort = self.form.cleaned_data.get("sort") if self.is_valid() else None
        if sort:
            return sort
        return SortChoices.RELEVANCE if self.query_text else SortChoices.DATE
