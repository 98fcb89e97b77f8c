"""The archive's data: papers, their issues and pages, and the articles cut from them."""

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchQueryField, SearchVectorField
from django.db import connection, models
from django.db.models import Q
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.text import slugify

from archive import review_reasons
from archive.importing.limits import MAX_PAGE_NUMBER
from archive.parsing.masthead import page_number
from archive.periods import bounded_by_key, dates_by_skipping, first_and_last
from archive.segmentation.query import ReaderQuery


def unicode_slug(text: str, limit: int = 80) -> str:
    return slugify(text or "", allow_unicode=True)[:limit].strip("-")


# （接下页）, （接上页）: the page after the story's or the one before it, unnumbered
NEIGHBOUR_PAGES = {"下页": 1, "上页": -1}


def continuation_page(reference: str | None, on_page: int | None = None) -> int | None:
    """The page a 上接 / 下转 reference names (第二版 → 2), or the page beside ``on_page`` that 下页
    and 上页 send the reader to; None when it names none the archive could hold."""
    if reference in NEIGHBOUR_PAGES:
        number = on_page + NEIGHBOUR_PAGES[reference] if on_page is not None else None
    else:
        number = page_number(reference)
    return number if number is not None and 0 < number <= MAX_PAGE_NUMBER else None


class SluggedByName(models.Model):
    """A row known by its name and addressed by a slug made from it (Chinese kept as it is)."""

    class Meta:
        abstract = True

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unicode_slug(self.name)
        super().save(*args, **kwargs)


class Publication(SluggedByName):
    name = models.CharField("报名", max_length=100, unique=True)
    slug = models.SlugField("网址名", max_length=100, unique=True, allow_unicode=True)
    created_at = models.DateTimeField("创建时间", auto_now_add=True)

    class Meta:
        verbose_name = "报纸"
        verbose_name_plural = "报纸"
        ordering = ["name"]

    def get_absolute_url(self):
        return reverse("archive:publication", args=[self.slug])


class Issue(models.Model):
    """One day's paper: a publication and a date."""

    publication = models.ForeignKey(Publication, models.PROTECT, related_name="issues", verbose_name="报纸")
    date = models.DateField("出版日期")

    class Meta:
        verbose_name = "期"
        verbose_name_plural = "期"
        ordering = ["-date", "publication__name"]
        constraints = [
            models.UniqueConstraint(fields=["publication", "date"], name="issue_unique_publication_date"),
        ]

    def __str__(self):
        return f"{self.publication} {self.date:%Y-%m-%d}"

    def get_absolute_url(self):
        return reverse(
            "archive:issue", kwargs={"publication": self.publication.slug, "date": self.date.isoformat()}
        )


class Page(models.Model):
    """A printed page (版) as it came in: its raw text, and the file it came from."""

    publication = models.ForeignKey(
        Publication, models.PROTECT, null=True, blank=True, related_name="pages", verbose_name="报纸"
    )
    issue = models.ForeignKey(
        Issue, models.PROTECT, null=True, blank=True, related_name="pages", verbose_name="期"
    )
    number = models.PositiveSmallIntegerField("版次", null=True, blank=True)
    name = models.CharField("版名", max_length=50, blank=True)
    source_name = models.CharField("来源文件", max_length=255)
    content_hash = models.CharField("内容哈希", max_length=64)
    raw_text = models.TextField("原始文本")
    date_inferred = models.BooleanField(
        "日期为推断", default=False, help_text="日期取自版面或由电头推断，尚待编辑确认。"
    )
    date_evidence = models.CharField("推断依据", max_length=300, blank=True, default="")
    imported_at = models.DateTimeField("导入时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    class Meta:
        verbose_name = "版"
        verbose_name_plural = "版"
        ordering = ["issue__date", "number", "id"]
        constraints = [
            # The text first: the importer looks a page's text up in every paper.
            models.UniqueConstraint(
                fields=["content_hash", "publication"],
                name="page_unique_content_per_publication",
                nulls_distinct=False,
            ),
            models.UniqueConstraint(
                fields=["issue", "number"],
                name="page_unique_number_per_issue",
                condition=Q(issue__isnull=False, number__isnull=False),
            ),
        ]

    def __str__(self):
        where = f"{self.issue} 第{self.number}版" if self.issue and self.number else self.source_name
        return f"{where} {self.name}".strip()

    @property
    def url(self) -> str | None:
        """The page view's address; None until the page is filed in an issue with a number.

        (Not ``get_absolute_url``: the admin's "view on site" redirect expects an address for
        every row.)
        """
        if self.issue_id is None or self.number is None:
            return None
        issue = self.issue
        return reverse(
            "archive:page",
            kwargs={
                "publication": issue.publication.slug,
                "date": issue.date.isoformat(),
                "page": self.number,
            },
        )

    @property
    def label(self) -> str:
        """How the page reads in a heading: 第3版 要闻."""
        number = f"第{self.number}版" if self.number else "未编号版面"
        return f"{number} {self.name}".strip()


class Section(SluggedByName):
    """A section (栏目) of the archive; keyword rules file untagged articles into it."""

    name = models.CharField("名称", max_length=50, unique=True)
    slug = models.SlugField("网址名", max_length=60, unique=True, allow_unicode=True)
    keywords = models.TextField(
        "关键词规则", blank=True, help_text="每行一个关键词；文章标题或正文出现任一关键词即归入本栏目。"
    )
    priority = models.PositiveSmallIntegerField("优先级", default=100, help_text="数字小的规则先匹配。")
    is_fallback = models.BooleanField("默认栏目", default=False, help_text="没有规则匹配时归入此栏目。")
    description = models.CharField("说明", max_length=200, blank=True)

    class Meta:
        verbose_name = "栏目"
        verbose_name_plural = "栏目"
        ordering = ["priority", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_fallback"], condition=Q(is_fallback=True), name="one_fallback_section"
            ),
        ]

    def get_absolute_url(self):
        return reverse("archive:section", args=[self.slug])

    @property
    def keyword_list(self) -> list[str]:
        return [line.strip() for line in self.keywords.splitlines() if line.strip()]


class Person(SluggedByName):
    # Pictures are credited to organisations too (省商务厅供图): they are kept here as well.
    name = models.CharField("姓名或单位", max_length=50, unique=True)
    slug = models.SlugField("网址名", max_length=60, unique=True, allow_unicode=True)

    class Meta:
        verbose_name = "人物"
        verbose_name_plural = "人物"
        ordering = ["name"]

    def get_absolute_url(self):
        return reverse("archive:person", args=[self.slug])


class Tag(SluggedByName):
    name = models.CharField("名称", max_length=50, unique=True)
    slug = models.SlugField("网址名", max_length=60, unique=True, allow_unicode=True)

    class Meta:
        verbose_name = "标签"
        verbose_name_plural = "标签"
        ordering = ["name"]

    def get_absolute_url(self):
        return reverse("archive:tag", args=[self.slug])


class TagRedirect(models.Model):
    """An old tag address that now leads to another tag (after a rename or merge)."""

    old_slug = models.SlugField("旧网址名", max_length=60, unique=True, allow_unicode=True)
    tag = models.ForeignKey(Tag, models.CASCADE, related_name="redirects", verbose_name="新标签")
    created_at = models.DateTimeField("创建时间", auto_now_add=True)

    class Meta:
        verbose_name = "标签跳转"
        verbose_name_plural = "标签跳转"

    def __str__(self):
        return f"{self.old_slug} → {self.tag}"


class DictionaryEntry(models.Model):
    """Newspaper terms segmentation keeps whole, and words never used as tags."""

    class Kind(models.TextChoices):
        TERM = "term", "词条"
        STOPWORD = "stopword", "停用词"

    word = models.CharField("词语", max_length=50)
    kind = models.CharField("类型", max_length=10, choices=Kind.choices, default=Kind.TERM)
    created_at = models.DateTimeField("添加时间", auto_now_add=True)

    class Meta:
        verbose_name = "词典条目"
        verbose_name_plural = "词典"
        ordering = ["kind", "word"]
        constraints = [models.UniqueConstraint(fields=["word", "kind"], name="dictionary_unique_word_kind")]

    def __str__(self):
        return f"{self.word}（{self.get_kind_display()}）"


class TsMatch(models.Func):
    """``vector @@ literal::tsquery`` for a tsquery literal built in Python (never parsed by to_tsquery)."""

    arg_joiner = " @@ "
    template = "(%(expressions)s)"
    output_field = models.BooleanField()

    def __init__(self, vector: str, literal: str):
        super().__init__(models.F(vector), Cast(models.Value(literal), SearchQueryField()))


class RowCompare(models.Func):
    """``(a, b) < (x, y)`` — a row comparison, which a btree index on (a, b) answers directly."""

    output_field = models.BooleanField()

    def __init__(self, columns: tuple[str, ...], operator: str, values: tuple):
        if operator not in ("<", ">"):
            raise ValueError(operator)
        self.operator = operator
        self.width = len(columns)
        super().__init__(*(models.F(c) for c in columns), *(models.Value(v) for v in values))

    def as_sql(self, compiler, connection, **extra_context):
        parts, params = [], []
        for expression in self.get_source_expressions():
            sql, expression_params = compiler.compile(expression)
            parts.append(sql)
            params.extend(expression_params)
        left, right = ", ".join(parts[: self.width]), ", ".join(parts[self.width :])
        return f"(({left}) {self.operator} ({right}))", params


class DatedLinkQuerySet(models.QuerySet):
    """A tag's or a person's links to articles, read newest first along their own
    (…, status, published_on, article) index, as an article list is read along the date index."""

    def listed(self):
        return self.filter(status=Article.Status.PUBLISHED)

    def dated(self):
        return self.filter(published_on__isnull=False)

    def newest_first(self):
        return self.order_by("-published_on", "-article_id")

    def older_than(self, published_on, pk):
        return self.filter(RowCompare(("published_on", "article_id"), "<", (published_on, pk)))

    def newer_than(self, published_on, pk):
        return self.filter(RowCompare(("published_on", "article_id"), ">", (published_on, pk)))


#: How many characters of an untitled item's text stand in for its headline.
FIRST_WORDS = 20


class ArticleQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Article.Status.PUBLISHED)

    def dates(self, field_name, kind, order="ASC"):
        """The years of the whole archive by skipping along the date index, not by reading every row.

        ``SELECT DISTINCT date_trunc('year', …)`` reads the whole table: the admin's date
        hierarchy asks it on every unfiltered list.  A recursive query jumps from year to year
        through the index instead.  Filtered querysets, and other kinds, go the usual way.
        """
        if field_name != "published_on" or kind not in ("year", "month", "day") or self.query.is_sliced:
            return super().dates(field_name, kind, order)
        if kind != "year" or self.query.where:
            return dates_by_skipping(self, kind, order)
        table = connection.ops.quote_name(self.model._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(
                f"""
                WITH RECURSIVE years(year) AS (
                    (SELECT date_trunc('year', published_on)::date FROM {table}
                     WHERE published_on IS NOT NULL ORDER BY published_on LIMIT 1)
                    UNION ALL
                    SELECT (SELECT date_trunc('year', published_on)::date FROM {table}
                            WHERE published_on >= (years.year + interval '1 year')::date
                            ORDER BY published_on LIMIT 1)
                    FROM years WHERE years.year IS NOT NULL
                )
                SELECT year FROM years WHERE year IS NOT NULL
                """
            )
            years = [row[0] for row in cursor.fetchall()]
        return years if order == "ASC" else years[::-1]

    def aggregate(self, *args, **kwargs):
        """The first and last date of a bounded set of matches (the admin's date hierarchy asks
        them of a search's) are read from its rows by key: see ``first_and_last``."""
        plain = all(
            type(value) in (models.Min, models.Max)
            and value.filter is None
            and isinstance(value.get_source_expressions()[0], models.F)
            for value in kwargs.values()
        )
        if args or not kwargs or not plain or not bounded_by_key(self):
            return super().aggregate(*args, **kwargs)
        wanted = {
            name: (type(value), value.get_source_expressions()[0].name) for name, value in kwargs.items()
        }
        ends = {field: first_and_last(self, field) for field in {field for _, field in wanted.values()}}
        return {name: ends[field][0 if kind is models.Min else 1] for name, (kind, field) in wanted.items()}

    def dated(self):
        return self.filter(published_on__isnull=False)

    def newest_first(self):
        return self.order_by("-published_on", "-id")

    def older_than(self, published_on, pk):
        """Rows after the key (published_on, id) in newest-first order, through the listing indexes."""
        return self.filter(RowCompare(("published_on", "id"), "<", (published_on, pk)))

    def newer_than(self, published_on, pk):
        return self.filter(RowCompare(("published_on", "id"), ">", (published_on, pk)))

    def tagged(self, *tags):
        """Articles carrying every one of ``tags`` (one EXISTS each: no join, no duplicate rows)."""
        queryset = self
        for tag in tags:
            queryset = queryset.filter(
                models.Exists(ArticleTag.objects.filter(article=models.OuterRef("pk"), tag=tag))
            )
        return queryset

    def crediting(self, person):
        return self.filter(models.Exists(Credit.objects.filter(article=models.OuterRef("pk"), person=person)))

    def matching(self, bigram_tsquery: str):
        """Articles whose bigram document matches a literal from ``Segmenter.query_vectors``."""
        return self.filter(TsMatch("search_bigrams", bigram_tsquery))

    def crediting_name(self, text: str, *, excluded: bool = False):
        """Articles crediting someone whose name contains ``text`` (with ``excluded``: no one such)."""
        people = Person.objects.filter(name__icontains=text).values("id")
        credited = models.Exists(Credit.objects.filter(article=models.OuterRef("pk"), person__in=people))
        return self.exclude(credited) if excluded else self.filter(credited)

    def restricted_by(self, query):
        """Narrowed to a ``ReaderQuery``'s 作者: terms, and its exclusions when no text is sought."""
        queryset = self
        for text in query.people:
            queryset = queryset.crediting_name(text)
        for text in query.not_people:
            queryset = queryset.crediting_name(text, excluded=True)
        if query.excluded:
            queryset = queryset.exclude(TsMatch("search_bigrams", query.excluded))
        return queryset

    def answering(self, query):
        """The articles a ``ReaderQuery`` finds (the text, then the credits)."""
        queryset = self.matching(query.bigrams) if query.textual else self
        return queryset.restricted_by(query)

    def search(self, query: str):
        """Articles a reader's ``query`` finds (see ``archive.search``): every term as a substring."""
        reader_query = ReaderQuery.parse(query)
        if reader_query is None:
            return self.none()
        return self.answering(reader_query)

    def with_credits(self):
        return self.prefetch_related(
            models.Prefetch(
                "credits", queryset=Credit.objects.select_related("person").order_by("role", "order")
            )
        )

    def for_listing(self):
        # A page's raw text can run to megabytes and no list shows it; nor does a list show a search
        # document: left unread, they are not fetched out of line per row.
        return (
            self.select_related("publication", "section", "page__issue__publication")
            .defer("page__raw_text", "search_document", "search_bigrams")
            .with_credits()
        )

    def needing_review(self):
        return self.exclude(review_reasons=[]).order_by("-review_score", "-id")


class Article(models.Model):
    class Kind(models.TextChoices):
        ARTICLE = "article", "文章"
        PHOTO = "photo", "图片"

    class Status(models.TextChoices):
        PUBLISHED = "published", "已发布"
        HIDDEN = "hidden", "已隐藏"

    # Foreign keys whose lookups a multi-column index below already serves (it starts with
    # them) get no index of their own: every imported article would pay for it.
    page = models.ForeignKey(Page, models.CASCADE, related_name="articles", verbose_name="版", db_index=False)
    order = models.PositiveSmallIntegerField("版内顺序")
    kind = models.CharField("类型", max_length=10, choices=Kind.choices, default=Kind.ARTICLE)
    kicker = models.CharField("引题", max_length=300, blank=True)
    title = models.CharField("主题", max_length=300, blank=True)
    subtitle = models.CharField("副题", max_length=300, blank=True)
    body = models.TextField("正文", blank=True, help_text="段落之间空一行。")
    dateline = models.CharField("电头", max_length=100, blank=True)
    column_label = models.CharField("专栏标签", max_length=50, blank=True)
    continues_to = models.CharField("下转", max_length=20, blank=True)
    continued_from = models.CharField("上接", max_length=20, blank=True)
    # The page numbers those name, read when they are stored (``save()``, the importer): the article
    # page finds the story's other part by them.
    continues_to_page = models.PositiveSmallIntegerField("下转版次", null=True, blank=True, editable=False)
    continued_from_page = models.PositiveSmallIntegerField("上接版次", null=True, blank=True, editable=False)
    publication = models.ForeignKey(
        Publication,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name="报纸",
        db_index=False,
    )
    published_on = models.DateField("日期", null=True, blank=True)
    date_inferred = models.BooleanField("日期为推断", default=False)
    section = models.ForeignKey(
        Section,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name="栏目",
        db_index=False,
    )
    status = models.CharField("状态", max_length=10, choices=Status.choices, default=Status.PUBLISHED)
    review_reasons = models.JSONField(
        "待审原因", default=list, blank=True, help_text="原因代码，显示时译为中文。"
    )
    review_score = models.PositiveSmallIntegerField("存疑程度", default=0)
    confidence = models.FloatField(
        "切分置信度",
        null=True,
        blank=True,
        help_text="版面模型对本篇切分、标题和署名的把握（0–1），导入时给出。",
    )
    edited_by_editor = models.BooleanField(
        "编辑已修改", default=False, help_text="编辑改过的文章在重新导入时保留，不被覆盖。"
    )
    people = models.ManyToManyField("Person", through="Credit", related_name="articles", verbose_name="人物")
    tags = models.ManyToManyField("Tag", through="ArticleTag", related_name="articles", verbose_name="标签")
    search_document = SearchVectorField("检索词向量", null=True, editable=False)
    search_bigrams = SearchVectorField("检索字串向量", null=True, editable=False)
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = "文章"
        verbose_name_plural = "文章"
        ordering = ["-published_on", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["page", "order"], name="article_unique_order_per_page"),
        ]
        indexes = [
            # Searches match on the bigram document; the word document is only read to rank the
            # matches, so it has no index.  A long pending list lets imports add entries
            # cheaply; the importer merges it into the index (gin_clean_pending_list) at the end
            # of every run.
            GinIndex(fields=["search_bigrams"], name="article_bigrams_gin", gin_pending_list_limit=32768),
            models.Index(fields=["status", "-published_on", "-id"], name="article_listing_idx"),
            # The editors' lists of every status, newest first: a deep page skips along it alone.
            models.Index(fields=["-published_on", "-id"], name="article_date_idx"),
            # A list's facet sample, its most recently added articles, and a tag's or a person's
            # articles looked up by key: read from this narrow index alone, never from the rows.
            models.Index(
                fields=["id"],
                include=["status", "published_on", "section", "publication"],
                name="article_key_idx",
            ),
            # The editors' filters on a kind or flag few articles have: photos, inferred dates.
            models.Index(
                fields=["-published_on", "-id"], condition=Q(kind="photo"), name="article_photo_idx"
            ),
            models.Index(
                fields=["-published_on", "-id"], condition=Q(date_inferred=True), name="article_inferred_idx"
            ),
            # The review queue, most doubtful first: only the flagged articles are in it.
            models.Index(
                fields=["-review_score", "-id"], condition=~Q(review_reasons=[]), name="article_review_idx"
            ),
            models.Index(fields=["section", "status", "-published_on", "-id"], name="article_section_idx"),
            models.Index(
                fields=["publication", "status", "-published_on", "-id"], name="article_publication_idx"
            ),
        ]

    def __str__(self):
        return self.headline or self.first_words or "（无题）"

    def save(self, *args, **kwargs):
        number = self.page.number if self.page_id and (self.continues_to or self.continued_from) else None
        self.continues_to_page = continuation_page(self.continues_to, number)
        self.continued_from_page = continuation_page(self.continued_from, number)
        if kwargs.get("update_fields") is not None:
            fields = set(kwargs["update_fields"])
            fields |= {f"{name}_page" for name in ("continues_to", "continued_from") if name in fields}
            kwargs["update_fields"] = fields
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        kwargs = self.permalink_kwargs()
        if kwargs is None:
            return reverse("archive:article_by_id", args=[self.pk])
        return reverse("archive:article", kwargs=kwargs)

    @property
    def review_reason_labels(self) -> list[str]:
        """The review reasons as an editor reads them."""
        return [review_reasons.label(code) for code in self.review_reasons or ()]

    @property
    def first_words(self) -> str:
        """An untitled item (a photo, a split-off piece) is known by how its text begins."""
        text = " ".join(self.body.split())
        if len(text) <= FIRST_WORDS:
            return text
        return text[:FIRST_WORDS] + "…"

    @property
    def headline(self) -> str:
        return " ".join(part for part in (self.kicker, self.title, self.subtitle) if part)

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.body.split("\n\n") if p.strip()]

    def permalink_kwargs(self) -> dict | None:
        """The permanent address: paper, issue date, page number and order on the page."""
        page = self.page
        if page.issue_id is None or page.number is None:
            return None
        issue = page.issue
        return {
            "publication": issue.publication.slug,
            "date": issue.date.isoformat(),
            "page": page.number,
            "order": self.order,
        }


class ArticleRedirect(models.Model):
    """An address of an article that no longer exists on its own (merged into another).

    Permanent addresses are cited and linked from outside: they must keep leading somewhere.
    """

    old_path = models.CharField("旧地址", max_length=300, unique=True)
    article = models.ForeignKey(Article, models.CASCADE, related_name="redirects", verbose_name="现文章")
    created_at = models.DateTimeField("创建时间", auto_now_add=True)

    class Meta:
        verbose_name = "文章跳转"
        verbose_name_plural = "文章跳转"

    def __str__(self):
        return f"{self.old_path} → {self.article}"


class Credit(models.Model):
    """A person credited on an article, in a role."""

    class Role(models.TextChoices):
        REPORTER = "reporter", "记者"
        CORRESPONDENT = "correspondent", "通讯员"
        PHOTOGRAPHER = "photographer", "摄影"
        AUTHOR = "author", "作者"
        COMPILER = "compiler", "整理"
        PICTURES = "pictures", "供图"
        EDITOR = "editor", "编辑"

    # The unique constraint below starts with the article: it serves the article lookups.
    article = models.ForeignKey(
        Article, models.CASCADE, related_name="credits", verbose_name="文章", db_index=False
    )
    # A person's articles are read through the (person, status, published_on, article) index below.
    person = models.ForeignKey(
        Person, models.PROTECT, related_name="credits", verbose_name="人物", db_index=False
    )
    role = models.CharField("角色", max_length=15, choices=Role.choices)
    order = models.PositiveSmallIntegerField("顺序", default=0)
    office = models.CharField(
        "职务", max_length=100, blank=True, default="", help_text="署名前印的职务，如「金华市委书记」。"
    )
    unit = models.CharField(
        "单位", max_length=50, blank=True, default="", help_text="专栏里署名所在的单位，如「市委政研室」。"
    )
    # The article's date and status, copied by the database (migration 0013's triggers) whenever
    # either changes or the link is written: a person's or a tag's articles are read newest
    # first along this table's own index, never by walking the articles' date index.
    published_on = models.DateField("日期", null=True, editable=False)
    status = models.CharField("状态", max_length=10, default="", editable=False)

    objects = DatedLinkQuerySet.as_manager()

    class Meta:
        verbose_name = "署名"
        verbose_name_plural = "署名"
        ordering = ["article", "role", "order"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "person", "role"], name="credit_unique_article_person_role"
            ),
        ]
        indexes = [
            models.Index(
                fields=["person", "status", "-published_on", "-article"], name="credit_person_date_idx"
            )
        ]

    def __str__(self):
        return f"{self.get_role_display()} {self.person}"


class ArticleTag(models.Model):
    class Origin(models.TextChoices):
        AUTOMATIC = "auto", "自动"
        EDITOR = "editor", "编辑"

    # The unique constraint below starts with the article: it serves the article lookups.
    article = models.ForeignKey(
        Article, models.CASCADE, related_name="article_tags", verbose_name="文章", db_index=False
    )
    # A tag's articles are read through the (tag, status, published_on, article) index below.
    tag = models.ForeignKey(
        Tag, models.CASCADE, related_name="article_tags", verbose_name="标签", db_index=False
    )
    weight = models.FloatField("权重", default=1.0)
    origin = models.CharField("来源", max_length=10, choices=Origin.choices, default=Origin.AUTOMATIC)
    # The article's date and status, copied by the database as for credits.
    published_on = models.DateField("日期", null=True, editable=False)
    status = models.CharField("状态", max_length=10, default="", editable=False)

    objects = DatedLinkQuerySet.as_manager()

    class Meta:
        verbose_name = "文章标签"
        verbose_name_plural = "文章标签"
        ordering = ["-weight"]
        constraints = [
            models.UniqueConstraint(fields=["article", "tag"], name="articletag_unique_article_tag")
        ]
        indexes = [
            models.Index(
                fields=["tag", "status", "-published_on", "-article"], name="articletag_tag_date_idx"
            )
        ]

    def __str__(self):
        return f"{self.tag}（{self.weight:.2f}）"


class ImportLog(models.Model):
    """One import run, from the command line or the admin; kept when its articles are deleted."""

    class Source(models.TextChoices):
        COMMAND = "command", "命令行"
        ADMIN = "admin", "后台上传"

    class Status(models.TextChoices):
        RUNNING = "running", "进行中"
        SUCCEEDED = "succeeded", "成功"
        PARTIAL = "partial", "部分失败"
        FAILED = "failed", "失败"
        ABORTED = "aborted", "中断"

    started_at = models.DateTimeField("开始时间", auto_now_add=True)
    finished_at = models.DateTimeField("结束时间", null=True, blank=True)
    source = models.CharField("来源", max_length=10, choices=Source.choices, default=Source.COMMAND)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.SET_NULL, null=True, blank=True, verbose_name="操作人"
    )
    username = models.CharField("操作人名", max_length=150, blank=True)
    status = models.CharField("状态", max_length=10, choices=Status.choices, default=Status.RUNNING)
    files = models.JSONField("文件", default=list, blank=True)
    counts = models.JSONField("统计", default=dict, blank=True)
    errors = models.JSONField("错误", default=list, blank=True)

    class Meta:
        verbose_name = "导入记录"
        verbose_name_plural = "导入记录"
        ordering = ["-started_at"]

    def __str__(self):
        return f"{self.started_at:%Y-%m-%d %H:%M} {self.get_source_display()} {self.get_status_display()}"


class ReviewItem(Article):
    """An article the importer flagged as doubtful, as the editors' review queue shows it."""

    class Meta:
        proxy = True
        verbose_name = "待审文章"
        verbose_name_plural = "待审文章"
