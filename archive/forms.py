"""Forms of the editors' desk: article editing, splitting, merging, renaming and page upload."""

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AdminDateWidget, AutocompleteSelectMultiple
from django.db.models import Q

from .filing import Place, place_conflict
from .models import Article, Page, Publication, Tag, TagRedirect, unicode_slug
from .review_reasons import SPLIT_PENDING


class ArticleAdminForm(forms.ModelForm):
    """An article as editors correct it; tags chosen here are kept as the editor's own."""

    editor_tags = forms.ModelMultipleChoiceField(
        Tag.objects.all(),
        required=False,
        label="标签",
        help_text="输入文字查找标签。在这里添加的标签重新标注时保留。",
        widget=AutocompleteSelectMultiple(Article._meta.get_field("tags"), admin.site),
    )

    class Meta:
        model = Article
        fields = [
            "kicker",
            "title",
            "subtitle",
            "dateline",
            "column_label",
            "body",
            "published_on",
            "date_inferred",
            "section",
            "kind",
            "status",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["editor_tags"].initial = list(self.instance.tags.values_list("pk", flat=True))
        if SPLIT_PENDING in (self.instance.review_reasons or ()) and "status" in self.fields:
            # A piece split off waits unpublished for this save: saving publishes it.
            self.initial["status"] = Article.Status.PUBLISHED
            self.fields["status"].help_text = "拆分出的新文章尚未发布，保存即发布。"
        # An article's date is its issue's: it changes with the page, where the page is filed.
        if self.instance.page_id and self.instance.page.issue_id:
            for name in ("published_on", "date_inferred"):
                if name in self.fields:
                    self.fields[name].disabled = True
            if "published_on" in self.fields:
                self.fields["published_on"].help_text = "日期随版面：在所在版面里修改或确认。"


class PageFilingForm(forms.ModelForm):
    """Where a page belongs: paper (a new name creates the paper), issue date, number and name."""

    publication_name = forms.CharField(
        label="报纸", max_length=100, required=False, help_text="报名；新报名会新建一份报纸。"
    )
    date = forms.DateField(label="出版日期", required=False, widget=AdminDateWidget)

    class Meta:
        model = Page
        fields = ["number", "name"]
        help_texts = {"number": "第几版。", "name": "版名，如「要闻」。"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        page = self.instance
        if page.pk:
            self.fields["publication_name"].initial = page.publication.name if page.publication_id else ""
            self.fields["date"].initial = page.issue.date if page.issue_id else None
            if page.date_inferred:
                self.fields[
                    "date"
                ].help_text = f"推断的日期，保存即确认。依据：{page.date_evidence or '版面'}"

    def place(self) -> Place:
        data = self.cleaned_data
        return Place(
            publication=data.get("publication_name") or None,
            date=data.get("date"),
            number=data.get("number"),
            name=data.get("name") or "",
        )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("date") and not cleaned.get("publication_name"):
            self.add_error("publication_name", "填写出版日期时请同时填写报纸。")
        if cleaned.get("number") and not cleaned.get("date"):
            self.add_error("date", "填写版次时请同时填写出版日期。")
        if not self.errors:
            conflict = place_conflict(self.instance, self.place())
            if conflict:
                raise forms.ValidationError(conflict)
        return cleaned


class SplitForm(forms.Form):
    """Where to cut an article: before one of its paragraphs (from the second on)."""

    at_paragraph = forms.TypedChoiceField(label="从哪一段起拆出新文章", coerce=int, widget=forms.RadioSelect)
    title = forms.CharField(
        label="新文章的标题",
        max_length=300,
        help_text="新文章先不发布：检查后在它的编辑页保存即发布。",
    )

    def __init__(self, *args, paragraphs=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["at_paragraph"].choices = [
            (index, f"第 {index + 1} 段：{text[:60]}") for index, text in enumerate(paragraphs) if index > 0
        ]


class MergeForm(forms.Form):
    """The one to keep among several tags or people being merged."""

    target = forms.ModelChoiceField(queryset=None, label="保留", widget=forms.RadioSelect, empty_label=None)

    def __init__(self, *args, candidates, count_label="", **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["target"]
        field.queryset = candidates
        field.label_from_instance = lambda obj: f"{obj}（{count_label} {getattr(obj, 'usage', '—')}）"


class TagForm(forms.ModelForm):
    """A tag's name; the address follows the name, and a rename keeps the old address working."""

    class Meta:
        model = Tag
        fields = ["name"]

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        slug = unicode_slug(name, 60)
        if not slug:
            raise forms.ValidationError("名称里至少要有一个汉字、字母或数字。")
        clash = Tag.objects.filter(Q(name=name) | Q(slug=slug)).exclude(pk=self.instance.pk).first()
        if clash is not None:
            raise forms.ValidationError(
                f"已有标签「{clash}」。要把两个标签合为一个，请在标签列表里用「合并标签」。"
            )
        # The old address of a renamed or merged tag keeps leading to the tag the editors chose.
        decided = TagRedirect.objects.filter(old_slug=slug).exclude(tag_id=self.instance.pk).first()
        if decided is not None:
            raise forms.ValidationError(
                f"「{name}」已改名或并入标签「{decided.tag}」，它的旧网址跳转到那里。"
                "如要恢复，请先在「标签跳转」里删除这条跳转。"
            )
        return name


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data]
        files = [f for f in files if f]
        if not files and self.required:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        return [super(MultipleFileField, self).clean(f, initial) for f in files]


class PageUploadForm(forms.Form):
    """One or several page files, with what the editor knows about them."""

    files = MultipleFileField(
        label="版面文件",
        help_text="可一次选择多个文本文件（UTF-8 或 GBK 编码）。上传档案里已有的版面并填写报纸、日期、版次或版名，"
        "即把它重新归档到所填的位置。",
    )
    publication = forms.ModelChoiceField(
        Publication.objects.all(), required=False, label="报纸", help_text="不填则从版面文本中识别。"
    )
    date = forms.DateField(
        required=False, label="出版日期", widget=AdminDateWidget, help_text="不填则从版面文本中识别。"
    )
    page_number = forms.IntegerField(required=False, min_value=1, max_value=999, label="版次")
    page_name = forms.CharField(required=False, max_length=50, label="版名")
    copy = forms.BooleanField(
        required=False,
        label="文字相同也另存一份",
        help_text="档案里已有文字相同的版面时，通常只报告、不重复导入；勾选后在所选报纸下另存一份。",
    )
    dry_run = forms.BooleanField(required=False, label="只检查，不写入")

    def clean(self):
        cleaned = super().clean()
        several = len(cleaned.get("files") or []) > 1
        if several and (cleaned.get("page_number") or cleaned.get("page_name")):
            raise forms.ValidationError("版次和版名只能在上传单个文件时填写。")
        return cleaned
