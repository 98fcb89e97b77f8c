"""Editors' tag decisions stick: re-tagging, dictionary changes and re-imports map the words the
tagger produces through renames and merges, and no old address is shadowed by a recreated tag."""

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from archive import editing
from archive.importing.run import import_pages
from archive.models import Article, ArticleTag, DictionaryEntry, Tag, TagRedirect
from tests.support import SEEDS, builders


def automatic_names(article):
    return set(
        ArticleTag.objects.filter(article=article, origin=ArticleTag.Origin.AUTOMATIC).values_list(
            "tag__name", flat=True
        )
    )


def test_renamed_and_merged_tags_stay_so_through_retagging_and_dictionary_changes(client, imported_seeds):
    # Tagged once with the whole archive's word frequencies, as every later tagging is.
    editing.retag(list(Article.objects.all()))
    article = Article.objects.order_by("id").first()
    names = sorted(automatic_names(article))
    renamed, merged = Tag.objects.get(name=names[0]), Tag.objects.get(name=names[1])
    old_renamed_slug, old_merged_slug = renamed.slug, merged.slug
    keeper = Tag.objects.create(name="编辑选定的标签")
    new_name = renamed.name + "（改）"
    editing.rename_tag(renamed, new_name)
    editing.merge_tags(keeper, [merged])

    editing.retag([article])
    DictionaryEntry.objects.create(word="城乡供水", kind=DictionaryEntry.Kind.TERM)
    editing.retag(editing.articles_containing([names[0]]))
    import_pages([SEEDS], force=True, workers=1)

    assert not Tag.objects.filter(name__in=names[:2]).exists()
    article = Article.objects.get(page=article.page, order=article.order)
    held = automatic_names(article)
    assert {new_name, "编辑选定的标签"} <= held
    for slug, target in ((old_renamed_slug, new_name), (old_merged_slug, "编辑选定的标签")):
        response = client.get(reverse("archive:tag", args=[slug]))
        assert response.status_code == 301
        assert response["Location"] == Tag.objects.get(name=target).get_absolute_url()


def test_an_editor_cannot_recreate_a_tag_over_an_old_address(client, db):
    article = builders.article(builders.page(), 1, "城乡供水", tags=["供水"])
    supply = Tag.objects.get(name="供水")
    editing.rename_tag(supply, "城乡供水")
    user = User.objects.create_user("editor", password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name="编辑"))
    client.force_login(user)
    response = client.post(reverse("admin:archive_tag_add"), {"name": "供水"})
    assert response.status_code == 200
    assert "已改名或并入标签「城乡供水」" in response.content.decode()
    assert not Tag.objects.filter(name="供水").exists()
    assert client.get(reverse("archive:tag", args=["供水"])).status_code == 301
    assert article.tags.get().name == "城乡供水"


def test_renaming_a_tag_never_takes_over_another_tags_old_address(db):
    supply, water = Tag.objects.create(name="供水"), Tag.objects.create(name="用水")
    editing.rename_tag(supply, "城乡供水")
    with pytest.raises(editing.EditingError, match="已改名或并入标签「城乡供水」"):
        editing.rename_tag(water, "供水")
    assert TagRedirect.objects.get(old_slug="供水").tag == supply
    # A tag renamed back to its own earlier name takes its address back.
    editing.rename_tag(supply, "供水")
    assert not TagRedirect.objects.filter(old_slug="供水").exists()
