"""Tags, people, sections and the dictionary: how articles are labelled, credited and filed."""

from django.contrib import admin, messages
from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.template.response import TemplateResponse

from archive import editing
from archive.forms import MergeForm, TagForm
from archive.models import Article, ArticleTag, Credit, DictionaryEntry, Person, Section, Tag, TagRedirect

from .articles import log_changes
from .pagination import EstimatedCountPaginator


def count_of(model, field: str):
    """How many ``model`` rows point at each listed row: a correlated subquery, so only the rows
    on the page are counted (through the foreign key's index), never the whole table."""
    rows = (
        model.objects.filter(**{field: OuterRef("pk")})
        .order_by()
        .values(field)
        .annotate(n=Count("*"))
        .values("n")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), Value(0))


class MergeActionMixin:
    """An action that folds several selected rows into the one the editor picks."""

    merge_template = "admin/archive/merge.html"

    def merge_action(self, request, queryset, *, noun, count_label, merge):
        candidates = queryset.order_by("-usage", "name")
        if len(candidates) < 2:
            self.message_user(request, f"请至少选择两个{noun}再合并。", messages.WARNING)
            return None
        form = MergeForm(
            request.POST if "apply" in request.POST else None, candidates=candidates, count_label=count_label
        )
        if form.is_valid():
            target = form.cleaned_data["target"]
            sources = [obj for obj in candidates if obj.pk != target.pk]
            self.log_deletions(request, sources)
            merge(target, sources)
            self.log_change(request, target, "并入：" + "、".join(str(obj) for obj in sources))
            self.message_user(request, f"已把 {len(sources)} 个{noun}并入「{target}」。", messages.SUCCESS)
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": f"合并{noun}",
            "opts": self.opts,
            "noun": noun,
            "count_label": count_label,
            "candidates": candidates,
            "form": form,
            "action": request.POST.get("action"),
            "selected": request.POST.getlist(admin.helpers.ACTION_CHECKBOX_NAME),
            "select_across": request.POST.get("select_across", "0"),
        }
        return TemplateResponse(request, self.merge_template, context)


@admin.register(Tag)
class TagAdmin(MergeActionMixin, admin.ModelAdmin):
    form = TagForm
    list_display = ["name", "slug", "article_count"]
    search_fields = ["name", "slug"]
    readonly_fields = ["slug", "redirect_list"]
    fields = ["name", "slug", "redirect_list"]
    show_full_result_count = False
    paginator = EstimatedCountPaginator
    actions = ["merge_tags"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(usage=count_of(ArticleTag, "tag"))

    @admin.display(description="文章数", ordering="usage")
    def article_count(self, obj):
        return obj.usage

    @admin.display(description="旧网址（跳转到本标签）")
    def redirect_list(self, obj):
        return "、".join(obj.redirects.values_list("old_slug", flat=True)) or "—"

    def save_model(self, request, obj, form, change):
        if change and "name" in form.changed_data:
            old_slug = Tag.objects.values_list("slug", flat=True).get(pk=obj.pk)
            editing.rename_tag(obj, obj.name)
            if obj.slug != old_slug:
                self.message_user(request, f"旧网址 /tag/{old_slug}/ 将跳转到改名后的标签。", messages.INFO)
        else:
            super().save_model(request, obj, form, change)

    @admin.action(description="合并所选标签（选择保留哪一个）", permissions=["change", "delete"])
    def merge_tags(self, request, queryset):
        return self.merge_action(
            request, queryset, noun="标签", count_label="文章数", merge=editing.merge_tags
        )


@admin.register(TagRedirect)
class TagRedirectAdmin(admin.ModelAdmin):
    list_display = ["old_slug", "tag", "created_at"]
    list_select_related = ["tag"]
    search_fields = ["old_slug", "tag__name"]
    autocomplete_fields = ["tag"]


@admin.register(Person)
class PersonAdmin(MergeActionMixin, admin.ModelAdmin):
    list_display = ["name", "slug", "credit_count"]
    search_fields = ["name"]
    readonly_fields = ["slug"]
    show_full_result_count = False
    paginator = EstimatedCountPaginator
    actions = ["merge_people"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(usage=count_of(Credit, "person"))

    @admin.display(description="署名次数", ordering="usage")
    def credit_count(self, obj):
        return obj.usage

    @admin.action(description="合并重复的人物（选择保留哪一个）", permissions=["change", "delete"])
    def merge_people(self, request, queryset):
        return self.merge_action(
            request, queryset, noun="人物", count_label="署名次数", merge=editing.merge_people
        )


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "priority", "is_fallback", "keyword_count", "article_count", "description"]
    list_editable = ["priority"]
    search_fields = ["name", "keywords"]
    fields = ["name", "slug", "priority", "is_fallback", "keywords", "description"]
    prepopulated_fields = {"slug": ["name"]}
    actions = ["reapply_rules"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(usage=count_of(Article, "section"))

    @admin.display(description="关键词数")
    def keyword_count(self, obj):
        return len(obj.keyword_list)

    @admin.display(description="文章数", ordering="usage")
    def article_count(self, obj):
        return obj.usage

    @admin.action(description="对本栏目的候选文章重新应用栏目规则", permissions=["change"])
    def reapply_rules(self, request, queryset):
        total = 0
        for section in queryset:
            total += editing.apply_section_rules(editing.section_candidates(section))
            self.log_change(request, section, "对候选文章重新应用栏目规则")
        self.message_user(request, f"已对 {total} 篇候选文章重新应用栏目规则。", messages.SUCCESS)


@admin.register(DictionaryEntry)
class DictionaryEntryAdmin(admin.ModelAdmin):
    list_display = ["word", "kind", "created_at"]
    list_filter = ["kind"]
    search_fields = ["word"]
    actions = ["retag_matching"]

    @admin.action(description="重新标注含有这些词的文章", permissions=["change"])
    def retag_matching(self, request, queryset):
        articles = list(editing.articles_containing([entry.word for entry in queryset]))
        editing.retag(articles)
        log_changes(request, articles, "词典变更后重新标注标签")
        self.message_user(request, f"已重新标注 {len(articles)} 篇文章的标签。", messages.SUCCESS)
