"""Papers, issues and pages: what the importer filed, and editors file again where it belongs."""

from django.contrib import admin, messages
from django.contrib.admin.models import CHANGE, LogEntry
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme

from archive import filing
from archive.forms import PageFilingForm
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
    """A page's place (paper, date, number, name) is set here; its articles follow it."""

    form = PageFilingForm
    list_display = ["__str__", "publication", "issue_date", "number", "name", "date_inferred", "source_name"]
    list_filter = ["publication", "date_inferred"]
    list_select_related = ["publication", "issue__publication"]
    search_fields = ["source_name", "=content_hash", "name"]
    show_full_result_count = False
    paginator = EstimatedCountPaginator
    readonly_fields = [
        "source_name",
        "date_evidence",
        "article_count",
        "site_link",
        "imported_at",
        "updated_at",
    ]
    fieldsets = [
        ("归档", {"fields": ["publication_name", "date", "number", "name"]}),
        (
            "来源",
            {
                "fields": [
                    "source_name",
                    "date_evidence",
                    "article_count",
                    "site_link",
                    "imported_at",
                    "updated_at",
                ]
            },
        ),
    ]
    actions = ["confirm_dates"]

    def get_queryset(self, request):
        return super().get_queryset(request).defer("raw_text")

    def has_add_permission(self, request):
        return False  # pages come in through 导入版面

    def view_on_site(self, obj):
        return obj.url  # none until the page is filed: the button is then left out

    @admin.display(description="出版日期", ordering="issue__date")
    def issue_date(self, obj):
        return obj.issue.date if obj.issue_id else "—"

    @admin.display(description="文章数")
    def article_count(self, obj):
        return obj.articles.count()

    @admin.display(description="前台")
    def site_link(self, obj):
        url = obj.url
        return format_html('<a href="{}">{}</a>', url, url) if url else "归档到报纸、日期和版次后才有版面页。"

    def save_model(self, request, obj, form, change):
        form.filing_changes = filing.file_page(obj, form.place())

    def construct_change_message(self, request, form, formsets, add=False):
        changes = getattr(form, "filing_changes", None)
        if changes is not None:
            return "归档：" + "；".join(changes) if changes else "归档未变"
        return super().construct_change_message(request, form, formsets, add)

    @admin.action(description="确认所选版面推断的出版日期", permissions=["change"])
    def confirm_dates(self, request, queryset):
        confirmed = [page for page in queryset.filter(date_inferred=True) if filing.confirm_date(page)]
        for page in confirmed:
            self.log_change(request, page, f"确认出版日期 {page.issue.date:%Y-%m-%d}")
        self.message_user(request, f"已确认 {len(confirmed)} 个版面的出版日期。", messages.SUCCESS)

    # -- one click from the review queue ---------------------------------------------------------

    def get_urls(self):
        return [
            path(
                "<int:page_id>/confirm-date/",
                self.admin_site.admin_view(self.confirm_date_view),
                name="archive_page_confirm_date",
            ),
            *super().get_urls(),
        ]

    def confirm_date_view(self, request, page_id):
        page = get_object_or_404(Page.objects.select_related("issue").defer("raw_text"), pk=page_id)
        # Back to the list the button was on, with its filters.
        back = request.META.get("HTTP_REFERER", "")
        if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
            back = reverse(f"{self.admin_site.name}:archive_reviewitem_changelist")
        if request.method != "POST" or not self.has_change_permission(request, page):
            self.message_user(request, "没有确认日期的权限。", messages.ERROR)
            return HttpResponseRedirect(back)
        if filing.confirm_date(page):
            page.refresh_from_db()
            LogEntry.objects.log_actions(
                request.user.pk, [page], CHANGE, f"确认出版日期 {page.issue.date:%Y-%m-%d}"
            )
            self.message_user(
                request, f"已确认「{page}」的出版日期，它的文章不再因日期待审。", messages.SUCCESS
            )
        else:
            self.message_user(request, f"「{page}」没有待确认的日期。", messages.INFO)
        return HttpResponseRedirect(back)
