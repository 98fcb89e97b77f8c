"""Every address of the site × hostile values: never a 500, never a value reflected unescaped.

The walk is built from the URL patterns themselves, so a new address is walked as soon as it
is added: each part of it (paper, date, page, order, slug, id…) takes each hostile value while
the others stay valid, and every page also gets the hostile values in its query parameters.
"""

import urllib.parse

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from archive.models import Credit, Section
from tests.support import builders
from tests.support.builders import DAY

SCRIPT = "<script>alert(1)</script>"
HOSTILE = [
    SCRIPT,
    "' OR 1=1 --",
    '"><img src=x onerror=alert(1)>',
    "../../../etc/passwd",
    "%00",
    "\x00",
    "9" * 5000,
    "-1",
    "0",
    "99999999999999999999",
    "1e5",
    "2023-02-30",
    "0000-00-00",
    "\u202e营商环境",
    "营" * 3000,
    "😀",
    "%ff%fe",
    "{{ settings.SECRET_KEY }}",
]
QUERY_NAMES = [
    "q",
    "page",
    "p",
    "sort",
    "kind",
    "date_from",
    "date_to",
    "publication",
    "section",
    "tag",
    "person",
]


def public_patterns(patterns=None, prefix=""):
    """(route, pattern) of every public address (the admin is walked separately)."""
    for entry in patterns if patterns is not None else get_resolver().url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            if not route.startswith("admin/"):
                yield from public_patterns(entry.url_patterns, route)
        elif isinstance(entry, URLPattern):
            yield route, entry


def fill(route: str, values: dict) -> str:
    """The route with each ``<converter:name>`` replaced by ``values[name]`` (quoted)."""
    out, rest = "", route
    while "<" in rest:
        before, _, tail = rest.partition("<")
        spec, _, rest = tail.partition(">")
        name = spec.split(":")[-1]
        out += before + urllib.parse.quote(str(values[name]), safe="%")
    return "/" + out + rest


@pytest.fixture
def valid_values(db):
    article = builders.article(
        builders.page("温岭日报", DAY, 1),
        1,
        "营商环境持续优化",
        section=Section.objects.get(name="经济"),
        tags=["营商环境"],
        credits=[(Credit.Role.REPORTER, "沈志江")],
    )
    kwargs = article.permalink_kwargs()
    return {
        **kwargs,
        "pk": article.pk,
        "slug": "营商环境",
        "section": "articles",
        "year": kwargs["date"][:4],
    }


def assert_safe(client, method, path, **extra):
    response = getattr(client, method)(path, **extra)
    assert response.status_code < 500, (method, path[:200])
    body = response.content.decode("utf-8", "replace")
    assert SCRIPT not in body, (method, path[:200])
    # escaped as HTML (&gt;) or as JSON (\u003E), the attribute can open no tag
    assert "onerror=alert" not in body.replace("onerror=alert(1)&gt;", "").replace(
        "onerror=alert(1)\\u003E", ""
    )
    return response


def test_every_address_with_hostile_parts_and_parameters(client, valid_values):
    routes = list(public_patterns())
    assert len(routes) >= 20
    sent = 0
    for route, _ in routes:
        names = [spec.split(":")[-1] for spec in route.split("<")[1:] for spec in [spec.split(">")[0]]]
        valid_path = fill(route, valid_values)
        # The valid address answers, to GET and to HEAD alike.
        get = assert_safe(client, "get", valid_path)
        assert client.head(valid_path).status_code == get.status_code, valid_path
        for value in HOSTILE:
            for name in names:
                assert_safe(client, "get", fill(route, {**valid_values, name: value}))
                sent += 1
            query = urllib.parse.urlencode({name: value for name in QUERY_NAMES})
            assert_safe(client, "get", f"{valid_path}?{query}")
            sent += 1
        for method in ("post", "put", "delete", "options"):
            assert_safe(client, method, valid_path)
            sent += 1
    assert sent > 500


def test_the_admin_login_and_pages_with_hostile_values(client, db):
    for value in HOSTILE:
        response = assert_safe(client, "post", "/admin/login/", data={"username": value, "password": value})
        assert response.status_code in (200, 403, 429)
        assert_safe(client, "get", "/admin/login/?next=" + urllib.parse.quote(value, safe=""))
        assert_safe(client, "get", "/admin/archive/article/?q=" + urllib.parse.quote(value, safe=""))
        assert_safe(
            client, "get", "/admin/archive/article/" + urllib.parse.quote(value, safe="") + "/change/"
        )
