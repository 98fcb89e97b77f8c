"""Template helpers of the public site: highlighted headlines and snippets, Chinese dates."""

from django import template

from archive.search import highlighting

register = template.Library()


@register.simple_tag
def highlight(text, query=None):
    """``text`` escaped, the query's terms marked."""
    return highlighting.highlight(text, query.terms if query else ())


@register.simple_tag
def snippet(body, query=None, length=highlighting.SNIPPET_LENGTH):
    """A passage of ``body`` around the first term of the query (or its beginning), escaped."""
    return highlighting.snippet(body, query.terms if query else (), length)


@register.filter
def cn_date(value):
    """2023年7月26日"""
    if not value:
        return ""
    return f"{value.year}年{value.month}月{value.day}日"


WEEKDAYS = "一二三四五六日"


@register.filter
def cn_weekday(value):
    return f"星期{WEEKDAYS[value.weekday()]}" if value else ""
