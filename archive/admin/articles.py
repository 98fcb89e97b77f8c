"""Articles and the review queue: correcting, publishing, merging and splitting what the parser cut."""

from django.contrib import admin, messages
from django.contrib.admin.models import CHANGE, DELETION, LogEntry
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from archive import editing, review_reasons, search
from archive.forms import ArticleAdminForm, SplitForm
from archive.models import Article, ArticleTag, Credit, ReviewItem

from .pagination import EstimatedCountPaginator


class HasWarningsFilter(admin.SimpleListFilter):
    title = "待审"
    parameter_name = "warnings"

    def lookups(self, request, model_admin):
        return [("yes", "有待审问题"), ("no", "无待审问题")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.exclude(review_reasons=[])
        if self.value() == "no":
            return queryset.filter(review_reasons=[])
        return queryset


class ReasonFilter(admin.SimpleListFilter):
    """The queue by what is doubtful: one review reason at a time."""

    title = "待审原因"
    parameter_name = "reason"

    def lookups(self, request, model_admin):
        return [(code, review_reasons.label(code)) for code in review_reasons.ALL]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(review_reasons__contains=[self.value()])
        return queryset


class CreditInline(admin.TabularInline):
    model = Credit
    extra = 0
    autocomplete_fields = ["person"]
    fields = ["person", "role", "office", "unit", "order"]
    verbose_name = "署名"
    verbose_name_plural = "署名（人物与角色）"


def log_changes(request, objects, message):
    """One history entry per object changed by a bulk action."""
    LogEntry.objects.log_actions(request.user.pk, list(objects), CHANGE, message)


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleAdminForm
    list_display = [
        "headline_display",
        "publication",
        "published_on",
        "page_display",
        "section",
        "kind",
        "status",
        "people_display",
    ]
    list_filter = [
        "publication",
        "section",
        "kind",
        "status",
        HasWarningsFilter,
        "date_inferred",
    ]
    list_select_related = ["publication", "section", "page"]
    list_per_page = 50
    date_hierarchy = "published_on"
    search_fields = ["title"]  # searched with the site's full-text search, see get_search_results
    search_help_text = (
        "与前台相同的全文检索：标题和正文中包含所有检索词的文章；输入人名也找出署有此人的文章。"
    )
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER
    paginator = EstimatedCountPaginator
    inlines = [CreditInline]
    readonly_fields = ["page_link", "publication", "review_display", "edited_by_editor"]
    fieldsets = [
        ("标题", {"fields": ["kicker", "title", "subtitle"]}),
        ("正文", {"fields": ["dateline", "column_label", "body"]}),
        (
            "归档",
            {"fields": ["publication", "page_link", "published_on", "date_inferred", "section", "kind"]},
        ),
        ("发布与标签", {"fields": ["status", "editor_tags", "edited_by_editor", "review_display"]}),
    ]
    actions = [
        "publish",
        "hide",
        "retag",
        "reapply_sections",
        "merge_with_next",
        "split",
        "mark_reviewed",
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .defer("search_document", "search_bigrams")
            .prefetch_related(
                Prefetch(
                    "credits", queryset=Credit.objects.select_related("person").order_by("role", "order")
                )
            )
        )

    def get_search_results(self, request, queryset, search_term):
        if not search_term.strip():
            return queryset, False
        found = search.matches_for_editors(queryset, search_term, self.list_per_page)
        # The paginator counts a common term's matches along the date index (see get_paginator),
        # or over the whole table takes the index's count of them, which the public search shows.
        request.archive_dense_search = found.dense
        if found.dense and not queryset.query.where:
            query = search.ReaderQuery.parse(search_term)
            request.archive_search_estimate = lambda: search.indexed_estimate(query)
        if found.cut:
            self.message_user(
                request,
                f"匹配的文章超过 {search.MATCH_CAP:,} 篇，这里只列出其中 {search.MATCH_CAP:,} 篇；"
                "请加上筛选条件或更多检索词。",
                messages.WARNING,
            )
        return found.queryset, False

    def get_paginator(self, request, queryset, per_page, orphans=0, allow_empty_first_page=True):
        paginator = super().get_paginator(request, queryset, per_page, orphans, allow_empty_first_page)
        paginator.along_dates = getattr(request, "archive_dense_search", False)
        paginator.search_estimate = getattr(request, "archive_search_estimate", None)
        return paginator

    # -- columns ---------------------------------------------------------------------------------

    @admin.display(description="标题", ordering="title")
    def headline_display(self, obj):
        return str(obj)

    @admin.display(description="版", ordering="page__number")
    def page_display(self, obj):
        page = obj.page
        if page.number is None:
            return page.name or "—"
        return f"第{page.number}版 {page.name}".strip()

    @admin.display(description="人物")
    def people_display(self, obj):
        return "、".join(f"{c.get_role_display()} {c.person.name}" for c in obj.credits.all()) or "—"

    @admin.display(description="版面")
    def page_link(self, obj):
        url = reverse(f"{self.admin_site.name}:archive_page_change", args=[obj.page_id])
        link = format_html('<a href="{}">{}</a>（第 {} 篇）', url, obj.page, obj.order)
        if obj.page.date_inferred:
            # The date is the page's: it is confirmed or changed there, for all its articles.
            return format_html(
                "{}<br>出版日期为推断（{}），请在版面里确认或修改。", link, obj.page.date_evidence or "版面"
            )
        return link

    @admin.display(description="待审原因")
    def review_display(self, obj):
        return "；".join(obj.review_reason_labels) or "无"

    # -- saving ----------------------------------------------------------------------------------

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        article = form.instance
        chosen = {tag.pk for tag in form.cleaned_data.get("editor_tags", [])}
        held = set(article.article_tags.values_list("tag_id", flat=True))
        if "editor_tags" in form.changed_data:
            ArticleTag.objects.filter(article=article).exclude(tag_id__in=chosen).delete()
            ArticleTag.objects.bulk_create(
                ArticleTag(article=article, tag_id=pk, origin=ArticleTag.Origin.EDITOR)
                for pk in chosen - held
            )
        editing.record_editor_changes(article)

    # -- actions ---------------------------------------------------------------------------------

    @admin.action(description="发布所选文章", permissions=["change"])
    def publish(self, request, queryset):
        self._set_status(request, queryset, Article.Status.PUBLISHED, "已发布")

    @admin.action(description="隐藏所选文章", permissions=["change"])
    def hide(self, request, queryset):
        self._set_status(request, queryset, Article.Status.HIDDEN, "已隐藏")

    def _set_status(self, request, queryset, status, verb):
        changing = list(
            queryset.exclude(status=status).select_related(None).only("pk", "kicker", "title", "subtitle")
        )
        Article.objects.filter(pk__in=[a.pk for a in changing]).update(status=status, edited_by_editor=True)
        log_changes(request, changing, f"状态改为「{Article.Status(status).label}」")
        self.message_user(request, f"{len(changing)} 篇文章{verb}。", messages.SUCCESS)

    @admin.action(description="重新自动标注标签（保留编辑添加的标签）", permissions=["change"])
    def retag(self, request, queryset):
        articles = list(queryset)
        editing.retag(articles)
        log_changes(request, articles, "重新自动标注标签")
        self.message_user(request, f"已为 {len(articles)} 篇文章重新标注标签。", messages.SUCCESS)

    @admin.action(description="按栏目规则重新归类", permissions=["change"])
    def reapply_sections(self, request, queryset):
        articles = list(queryset)
        editing.apply_section_rules(articles)
        log_changes(request, articles, "按栏目规则重新归类")
        self.message_user(request, f"已按栏目规则重新归类 {len(articles)} 篇文章。", messages.SUCCESS)

    @admin.action(description="与本版下一篇合并（被拆开的同一篇稿件）", permissions=["change", "delete"])
    def merge_with_next(self, request, queryset):
        """Each run of selected neighbours becomes one article; a lone one absorbs the next on its page."""
        selected = list(
            queryset.select_related(None).order_by("page_id", "order").only("pk", "page_id", "order")
        )
        selected_ids = {a.pk for a in selected}
        runs, previous = [], None
        for article in selected:
            following = (
                Article.objects.filter(page_id=article.page_id, order__gt=article.order)
                .order_by("order")
                .values_list("pk", flat=True)
                .first()
            )
            if runs and previous == article.pk:
                runs[-1].append(article)
            else:
                runs.append([article])
            previous = following if following in selected_ids else None
        if "apply" not in request.POST:
            return self._merge_preview(request, runs)
        merged = 0
        for run in runs:
            head = run[0]
            for _ in range(max(len(run) - 1, 1)):
                try:
                    result = editing.merge_with_next(head)
                except editing.EditingError as error:
                    self.message_user(request, str(error), messages.WARNING)
                    break
                self._log_merge(request, result)
                head = result.article
                merged += 1
        if merged:
            self.message_user(request, f"合并了 {merged} 处被拆开的稿件。", messages.SUCCESS)

    def _merge_preview(self, request, runs):
        """What each merge will join, in printed order, asked once before anything changes."""
        groups = []
        for run in runs:
            head = run[0]
            groups.append(
                list(
                    Article.objects.filter(page_id=head.page_id, order__gte=head.order)
                    .select_related("page__issue__publication")
                    .defer("search_document", "search_bigrams")
                    .order_by("order")[: max(len(run), 2)]
                )
            )
        context = {
            **self.admin_site.each_context(request),
            "title": "合并文章：请确认",
            "opts": self.opts,
            "groups": [group for group in groups if len(group) > 1],
            "lonely": [group[0] for group in groups if len(group) < 2],
            "action": request.POST.get("action"),
            "selected": request.POST.getlist(admin.helpers.ACTION_CHECKBOX_NAME),
            "select_across": request.POST.get("select_across", "0"),
        }
        return TemplateResponse(request, "admin/archive/article/merge_preview.html", context)

    def _log_merge(self, request, result):
        self.log_change(
            request, result.article, f"并入下一篇文章「{result.removed_repr}」（{result.removed_pk}）"
        )
        LogEntry.objects.create(
            user_id=request.user.pk,
            content_type=ContentType.objects.get_for_model(Article),
            object_id=str(result.removed_pk),
            object_repr=result.removed_repr[:200],
            action_flag=DELETION,
            change_message=f"并入上一篇文章「{result.article}」（{result.article.pk}）",
        )

    def has_split_permission(self, request):
        return request.user.has_perms(["archive.change_article", "archive.add_article"])

    @admin.action(description="拆分所选文章（选择从哪一段起拆出）", permissions=["split"])
    def split(self, request, queryset):
        if queryset.count() != 1:
            self.message_user(request, "拆分时请只选择一篇文章。", messages.WARNING)
            return None
        article = queryset.get()
        return HttpResponseRedirect(
            reverse(f"{self.admin_site.name}:archive_article_split", args=[article.pk])
        )

    @admin.action(description="标记为已审（清除待审原因）", permissions=["change"])
    def mark_reviewed(self, request, queryset):
        articles = list(queryset.exclude(review_reasons=[]))
        editing.mark_reviewed(articles)
        log_changes(request, articles, "标记为已审")
        self.message_user(request, f"{len(articles)} 篇文章已标记为已审。", messages.SUCCESS)

    # -- splitting -------------------------------------------------------------------------------

    def get_urls(self):
        return [
            path(
                "<path:object_id>/split/",
                self.admin_site.admin_view(self.split_view),
                name="archive_article_split",
            ),
            *super().get_urls(),
        ]

    def split_view(self, request, object_id):
        article = Article.objects.select_related("page", "publication").filter(pk=unquote(object_id)).first()
        if article is None:
            raise Http404("没有这篇文章。")
        if not self.has_split_permission(request):
            raise PermissionDenied
        paragraphs = article.paragraphs
        form = SplitForm(request.POST or None, paragraphs=paragraphs)
        if request.method == "POST" and form.is_valid():
            try:
                tail = editing.split_article(
                    article, form.cleaned_data["at_paragraph"], form.cleaned_data["title"]
                )
            except editing.EditingError as error:
                form.add_error(None, str(error))
            else:
                article.refresh_from_db()
                self.log_change(
                    request,
                    article,
                    f"拆分：第 {form.cleaned_data['at_paragraph'] + 1} 段起成为新文章（{tail.pk}）",
                )
                self.log_addition(request, tail, f"由文章「{article}」（{article.pk}）拆分而来")
                self.message_user(
                    request,
                    f"已拆分。后面的段落成为新文章「{tail}」，尚未发布：检查后保存即发布。",
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(
                    reverse(f"{self.admin_site.name}:archive_article_change", args=[tail.pk])
                )
        context = {
            **self.admin_site.each_context(request),
            "title": f"拆分文章：{article}",
            "opts": self.opts,
            "article": article,
            "paragraphs": paragraphs,
            "form": form,
            "can_split": len(paragraphs) > 1,
        }
        return TemplateResponse(request, "admin/archive/article/split.html", context)


@admin.register(ReviewItem)
class ReviewItemAdmin(ArticleAdmin):
    """The review queue: flagged articles, most doubtful first."""

    list_display = [
        "headline_display",
        "reasons_display",
        "review_score",
        "confidence_display",
        "publication",
        "date_display",
        "page_display",
        "status",
    ]
    list_filter = [ReasonFilter, "publication", "section", "kind", "date_inferred"]
    list_select_related = ["publication", "section", "page__issue"]
    ordering = ["-review_score", "-id"]
    date_hierarchy = None
    actions = ["mark_reviewed", "publish", "hide", "merge_with_next", "split"]

    def get_queryset(self, request):
        return super().get_queryset(request).exclude(review_reasons=[])

    @admin.display(description="待审原因")
    def reasons_display(self, obj):
        return "；".join(obj.review_reason_labels)

    @admin.display(description="切分置信度", ordering="confidence")
    def confidence_display(self, obj):
        return "—" if obj.confidence is None else f"{obj.confidence:.0%}"

    @admin.display(description="日期", ordering="published_on")
    def date_display(self, obj):
        """The date, and for an inferred one its evidence and a button that confirms it.

        The button submits the list's own form (and its CSRF token) to the confirmation address.
        """
        if obj.published_on is None:
            return "—"
        page = obj.page
        if not (obj.date_inferred and page.date_inferred and page.issue_id):
            return obj.published_on
        url = reverse(f"{self.admin_site.name}:archive_page_confirm_date", args=[page.pk])
        return format_html(
            '{} <span class="date-evidence">（推断：{}）</span> '
            '<button type="submit" class="button confirm-date" formaction="{}">确认日期</button>',
            obj.published_on,
            page.date_evidence or "版面",
            url,
        )

    def response_change(self, request, obj):
        if "_continue" in request.POST and not obj.review_reasons:
            self.message_user(request, f"「{obj}」的问题已解决，已移出待审队列。", messages.SUCCESS)
            return HttpResponseRedirect(
                reverse(f"{self.admin_site.name}:archive_article_change", args=[obj.pk])
            )
        return super().response_change(request, obj)

    # The queue is a view of the articles: whoever may correct articles may work through it.
    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("archive.view_article") or request.user.has_perm(
            "archive.change_article"
        )

    def has_change_permission(self, request, obj=None):
        return request.user.has_perm("archive.change_article")

    def has_delete_permission(self, request, obj=None):
        return request.user.has_perm("archive.delete_article")

    def has_add_permission(self, request):
        return False

    def has_module_permission(self, request):
        return request.user.has_module_perms("archive")

    def get_urls(self):
        return [url for url in super().get_urls() if url.name != "archive_article_split"]
