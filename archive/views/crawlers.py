"""What crawlers read: robots.txt (the sitemap and feeds live in their own modules)."""

from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        # Search results are endless and marked noindex; the sitemap lists every article.
        "Disallow: /articles/?q=",
        "Disallow: /*?*q=",
        f"Sitemap: {request.build_absolute_uri(reverse('archive:sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
