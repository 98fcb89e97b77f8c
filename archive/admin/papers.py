"""Papers, issues and pages: what the importer filed, for editors to look up."""

from django.contrib import admin

from archive.models import Issue, Page, Publication

from .pagination import EstimatedCountPaginator


@admin.register(Publication)
class PublicationAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "created_at"]
    search_fields = ["name"]


@admin.register(Issue)
class IssueAdmin(admin.ModelAdmin):
    list_display = ["publication", "date"]
    list_filter = ["publication"]
    list_select_related = ["publication"]
    date_hierarchy = "date"
    show_full_result_count = False
    paginator = EstimatedCountPaginator


@admin.register(Page)
class PageAdmin(admin.ModelAdmin):
    list_display = ["__str__", "publication", "number", "name", "source_name", "imported_at"]
    list_filter = ["publication"]
    list_select_related = ["publication", "issue__publication"]
    search_fields = ["source_name", "=content_hash"]
    show_full_result_count = False
    paginator = EstimatedCountPaginator
    raw_id_fields = ["issue"]
