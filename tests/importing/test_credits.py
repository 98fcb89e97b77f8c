"""Credits as printed, on the seed pages imported through the importer: an author's office, a
closing 整理 over a digest, 供图 by an organisation, and author units in a column."""

from django.contrib.auth.models import Group, User
from django.urls import reverse

from archive.models import Article, Credit, Section


def credits_of(article):
    return {(c.role, c.person.name, c.office, c.unit) for c in article.credits.select_related("person")}


def test_an_authors_office_is_kept_with_the_credit_and_shown(client, imported_seeds):
    credit = Credit.objects.select_related("article").get(person__name="朱重烈")
    assert (credit.role, credit.office) == (Credit.Role.AUTHOR, "金华市委书记")
    Article.objects.filter(pk=credit.article_id).update(published_on=None)
    html = client.get(credit.article.get_absolute_url()).content.decode()
    assert "金华市委书记" in html and "朱重烈" in html


def test_a_closing_compiler_credit_covers_the_digest_it_signs(imported_seeds):
    digest = list(
        Article.objects.filter(page__source_name="002_56aeab11ad64d137.txt", credits__person__name="李灿")
        .distinct()
        .order_by("order")
    )
    assert [a.order for a in digest] == [1, 2, 3, 4, 5, 6]
    for article in digest:
        assert ("compiler", "李灿", "", "") in credits_of(article)
        assert not article.credits.filter(person__name="李灿", role=Credit.Role.REPORTER).exists()


def test_pictures_are_credited_to_an_organisation(imported_seeds):
    credit = Credit.objects.select_related("article").get(person__name="省商务厅")
    assert credit.role == Credit.Role.PICTURES and credit.article.kind == Article.Kind.PHOTO


def test_author_units_inside_a_column_are_credits_units_not_sections(imported_seeds):
    units = ("洞头", "市委政研室", "市委改革办")
    assert not Section.objects.filter(name__in=units).exists()
    for unit in units:
        credit = Credit.objects.select_related("article__section").get(unit=unit)
        assert credit.article.column_label == "一把手谈"
        assert credit.article.section.name == "一把手谈"
        assert unit in credit.office


def test_the_admin_offers_every_printed_role(client, imported_seeds):
    user = User.objects.create_user("editor", password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name="编辑"))
    client.force_login(user)
    article = Credit.objects.get(person__name="朱重烈").article
    html = client.get(reverse("admin:archive_article_change", args=[article.pk])).content.decode()
    for label in ("整理", "供图", "编辑", "职务", "单位"):
        assert label in html
