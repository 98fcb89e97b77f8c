from django.contrib import admin

from .models import (
    Article,
    ArticleTag,
    Credit,
    DictionaryEntry,
    ImportLog,
    Issue,
    Page,
    Person,
    Publication,
    Section,
    Tag,
    TagRedirect,
)


class CreditInline(admin.TabularInline):
    model = Credit
    extra = 0
    autocomplete_fields = ["person"]


class ArticleTagInline(admin.TabularInline):
    model = ArticleTag
    extra = 0
    autocomplete_fields = ["tag"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "publication", "published_on", "page", "section", "kind", "status"]
    list_filter = ["status", "kind", "publication", "section"]
    list_select_related = ["publication", "page", "section"]
    search_fields = ["title", "kicker", "subtitle"]
    date_hierarchy = "published_on"
    inlines = [CreditInline, ArticleTagInline]
    show_full_result_count = False
    raw_id_fields = ["page"]


@admin.register(Publication)
class PublicationAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]


@admin.register(Issue)
class IssueAdmin(admin.ModelAdmin):
    list_display = ["publication", "date"]
    list_filter = ["publication"]
    date_hierarchy = "date"


@admin.register(Page)
class PageAdmin(admin.ModelAdmin):
    list_display = ["__str__", "publication", "issue", "number", "name", "source_name", "imported_at"]
    list_filter = ["publication"]
    list_select_related = ["publication", "issue__publication"]
    search_fields = ["source_name", "content_hash"]
    show_full_result_count = False


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "priority", "is_fallback"]
    search_fields = ["name"]


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]


@admin.register(TagRedirect)
class TagRedirectAdmin(admin.ModelAdmin):
    list_display = ["old_slug", "tag", "created_at"]
    autocomplete_fields = ["tag"]


@admin.register(DictionaryEntry)
class DictionaryEntryAdmin(admin.ModelAdmin):
    list_display = ["word", "kind", "created_at"]
    list_filter = ["kind"]
    search_fields = ["word"]


@admin.register(ImportLog)
class ImportLogAdmin(admin.ModelAdmin):
    list_display = ["started_at", "source", "username", "status", "finished_at"]
    list_filter = ["source", "status"]


admin.site.register(Credit)
admin.site.register(ArticleTag)
