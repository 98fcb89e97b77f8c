"""Importing pages from the admin, and the record of every import run."""

from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path, reverse

from archive.forms import PageUploadForm
from archive.importing import log as import_log
from archive.importing.messages import readable
from archive.importing.run import import_pages
from archive.models import ImportLog, Page

from .pagination import EstimatedCountPaginator

#: How the importer's counts read to an editor, in the order they are shown.
COUNT_LABELS = {
    "pages_new": "新版面",
    "pages_replaced": "更新的版面",
    "pages_unchanged": "未变的版面",
    "pages_skipped": "跳过的版面（含编辑改过的文章）",
    "pages_refiled": "重新归档的版面",
    "pages_duplicate": "已有相同文字、未重复导入的版面",
    "pages_failed": "失败的文件",
    "pages_parsed": "检查过的版面（未写入）",
    "articles": "文章",
    "people_created": "新人物",
    "tags_created": "新标签",
    "tag_links": "标签关联",
    "errors_logged": "记入日志的程序错误",
    "seconds": "用时（秒）",
}


def readable_counts(counts: dict) -> list[tuple[str, object]]:
    return [(label, counts[key]) for key, label in COUNT_LABELS.items() if counts.get(key)]


@admin.register(ImportLog)
class ImportLogAdmin(admin.ModelAdmin):
    """Every import run, read-only: who, when, which files, what came of them."""

    list_display = ["started_at", "source", "username", "status", "file_count", "summary", "error_count"]
    list_filter = ["source", "status"]
    date_hierarchy = "started_at"
    search_fields = ["username"]
    show_full_result_count = False
    paginator = EstimatedCountPaginator
    fields = [
        "started_at",
        "finished_at",
        "source",
        "username",
        "status",
        "file_list",
        "count_list",
        "error_list",
    ]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        # The record outlives the articles it brought in.
        return False

    @admin.display(description="文件数")
    def file_count(self, obj):
        return len(obj.files)

    @admin.display(description="结果")
    def summary(self, obj):
        return "，".join(f"{label} {value}" for label, value in readable_counts(obj.counts)[:4]) or "—"

    @admin.display(description="错误数")
    def error_count(self, obj):
        return len(obj.errors)

    @admin.display(description="文件")
    def file_list(self, obj):
        return "\n".join(str(name) for name in obj.files) or "—"

    @admin.display(description="统计")
    def count_list(self, obj):
        return "\n".join(f"{label}：{value}" for label, value in readable_counts(obj.counts)) or "—"

    @admin.display(description="错误")
    def error_list(self, obj):
        return "\n".join(_error_line(error) for error in obj.errors) or "无"

    # -- upload ----------------------------------------------------------------------------------

    def get_urls(self):
        return [
            path("upload/", self.admin_site.admin_view(self.upload_view), name="archive_importlog_upload"),
            *super().get_urls(),
        ]

    def has_upload_permission(self, request):
        return request.user.has_perm("archive.add_page")

    def changelist_view(self, request, extra_context=None):
        # A run killed outright could not close its log: the list shows it 「中断」, not running.
        import_log.close_abandoned()
        extra_context = {**(extra_context or {}), "can_upload": self.has_upload_permission(request)}
        return super().changelist_view(request, extra_context)

    def upload_view(self, request):
        if not self.has_upload_permission(request):
            raise PermissionDenied
        report = None
        form = PageUploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            limit = settings.ARCHIVE_MAX_PAGE_BYTES
            # Reading one byte past the limit is enough for the importer to refuse an oversized file.
            uploads = [(upload.name, upload.read(limit + 1)) for upload in data["files"]]
            publication = data["publication"]
            report = import_pages(
                uploads,
                publication=publication.name if publication else None,
                date=data["date"],
                page_number=data["page_number"],
                page_name=data["page_name"],
                dry_run=data["dry_run"],
                copy=data["copy"],
                workers=1,
                user=request.user,
                source=ImportLog.Source.ADMIN,
            )
            pages = {page.pk: page for page in Page.objects.filter(pk__in=[pk for pk, _ in report.refiled])}
            for pk, message in report.refiled:
                if pk in pages:
                    self.log_change(request, pages[pk], f"上传时{readable(message)}")
            level = messages.WARNING if report.failures else messages.SUCCESS
            self.message_user(
                request, f"处理了 {report.pages} 个文件，失败 {len(report.failures)} 个。", level
            )
            form = PageUploadForm()
        context = {
            **self.admin_site.each_context(request),
            "title": "导入版面",
            "opts": self.opts,
            "form": form,
            "report": report,
            "report_counts": readable_counts(report.counts) if report else [],
            "failures": [(name, readable(message)) for name, message in report.failures] if report else [],
            "warnings": [(name, readable(message)) for name, message in report.warnings] if report else [],
            "log_url": (
                reverse(f"{self.admin_site.name}:archive_importlog_change", args=[report.log_id])
                if report and report.log_id
                else None
            ),
            "max_megabytes": settings.ARCHIVE_MAX_PAGE_BYTES / 1024 / 1024,
        }
        return TemplateResponse(request, "admin/archive/importlog/upload.html", context)


def _error_line(error) -> str:
    if isinstance(error, list | tuple) and len(error) == 2:
        return f"{error[0]}：{readable(str(error[1]))}"
    if isinstance(error, dict) and set(error) == {"file", "error"}:
        return f"{error['file']}：{readable(str(error['error']))}"
    if isinstance(error, dict):
        return "：".join(str(value) for value in error.values())
    return readable(str(error))
