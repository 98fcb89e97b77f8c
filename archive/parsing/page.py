"""Cutting a page into its stories and pictures.

A story starts at a headline block that stands above its opening (a lead-in 本报讯…, a byline, a
signature, （上接…）, 编者按), at a markdown heading, at a lead-in with no headline of its own (which
may then adopt a headline printed elsewhere on the page), or at a headline-shaped line followed by
plain text when the layout around it says so (headlines.starts_new_story), or at a byline on a
page that prints each story's byline above its headline. A story runs until the
next start or until something closes it (（下转…）, a closing credit, （完）, a signature after the
text); pictures are cut out of the flow wherever they stand, and text after a picture carries on
the story above it. Each item of a news-in-brief block (briefs.py) is a story of its own. No text
is dropped: a headline with nothing under it, and text no headline claims, are kept as flagged
items.

A story is ``story.Story``; whether a headline run inside an open story opens the next one is
``subheads.opens_story``; what the first pass leaves — headlines printed away from their story,
pictures read as text — is put right by ``orphans``.
"""

from __future__ import annotations

from . import model, records
from .briefs import BRIEF, bullet_start, mark_briefs, number_start, run_in_title
from .bylines import (
    ROLES,
    Credits,
    author_note,
    closing_note,
    editor_note_before,
    editors_sign_off,
    looks_like_name,
    reporter_column,
    split_trailing_byline,
)
from .classify import (
    BODY,
    BYLINE,
    CLOSING,
    HEAD,
    LEAD,
    MARK_FROM,
    MARK_TO,
    NOTE,
    SIGNATURE,
    classify_all,
    close_letter_spacing,
    rejoin_credit_tails,
    signing_names,
    split_run_in_leads,
    uses_blank_paragraphs,
)
from .columns import unfold_columns
from .headlines import assign_roles, issuer_line, notice_title
from .lines import (
    CJK_CHAR,
    Line,
    bare_date,
    box_label,
    close_spaced_page,
    enumerated,
    field_line,
    has_inner_punctuation,
    headline_shaped,
    is_terminated,
    label_shaped,
    mark_wide_gaps,
    split_lines,
)
from .masthead import drop_page_boxes, read_cited_page, take_furniture, without_glued_tail
from .oddities import oddities
from .orphans import (
    adopt_orphans,
    headlines_over_pictures,
    headlines_under_stories,
    numbered_captions,
    pictures_of_the_story_above,
    rejoin_trailing,
    split_trailing_headlines,
    uncredited_pictures,
)
from .paragraphs import assemble, flag_lost_quotes
from .photos import ARTICLE_CREDIT, Photo, find_photos, picture_rubric, picture_title, printed_caption
from .sections import take_page_name
from .story import Story, run_end
from .subheads import finished_over_picture, opens_story, section_label, set_in_as_text

#: Characters of a headline-shaped line long enough to be a row of text.
_TEXT_ROW_MIN = 20


def segment(lines: list[Line]) -> list[Story | Photo]:
    items: list[Story | Photo] = []
    story: Story | None = None
    after_picture = False

    def open_story(**kw) -> Story:
        nonlocal story
        story = Story(**kw)
        items.append(story)
        return story

    heads_under_bylines = _bylines_over_headlines(lines)
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if line.photo is not None:
            if line.photo.first == i:
                items.append(line.photo)
            i = line.photo.last + 1
            after_picture = True
            continue
        kind = line.kind
        if kind == BRIEF:
            i += 1  # the label of a brief block: the column of its items
            continue
        if line.item:
            _open_item(lines, i, open_story(column=line.item))
            after_picture = False
            i += 1
            continue
        if kind == HEAD:
            end = run_end(lines, i)
            j = _signed_inside(lines, i, end)
            if _signed_by_name(lines, i, j, story, text_below=j < end):
                j -= 1
                if j == i:
                    continue
            if j - i >= 2 and story is not None and not story.awaiting_body() and not story.closed:
                names = signing_names(line.text)
                if (
                    names
                    and not line.md
                    and not section_label(lines, i)
                    # a label set in with the subhead under it, as the story's paragraphs are
                    and not (j < n and set_in_as_text(story, lines[i:j], lines[j]))
                ):
                    # the signature closing the story above (one writer or a few), over the next
                    # story's headline
                    for name in names:
                        story.credits.add("authors", name)
                    story.closed = True
                    i += 1
                    continue
            run, after = lines[i:j], (lines[j] if j < n else None)
            before = lines[i - 1] if i else None
            sidebar = _sidebar(story, run, after)
            if sidebar or _signs_notice(story, line):
                taken = run if sidebar else run[:1]  # the issuer signing a notice stands alone
                story.closed = False
                for part in taken:
                    story.add(part.text, part, head=True)
                i += len(taken)
                continue
            if _column_under_byline(story, run, after):
                story.column = line.text
                i += 1
                continue
            if _title_printed_below_lead(story, run, after):
                # 本报讯（记者 甲）… / 新安大桥建成通车 / text: a story opened by its lead-in with
                # no headline over it, its headline printed under its first paragraph
                story.parts.extend(run)
            elif (
                story is not None
                and story.continued_from
                and not (story.parts or story.pieces)
                and not enumerated(line.text)
            ):
                # 上接第1版 / 新安大桥建成通车: the title of the story carried over, under its marker
                # (a numbered subhead, 二、…, goes on with the text carried over)
                story.parts.extend(run)
            elif opens_story(run, after, before, story, after_picture, lines, j):
                open_story(parts=list(run))
            else:
                if story is None or story.closed:
                    open_story(guessed=True)
                for part in run:
                    story.add(part.text, part, head=True)
            after_picture = False
            i = j
            continue
        under_picture, after_picture = after_picture, False
        if kind == LEAD:
            if story is None or story.dateline or not (story.awaiting_body() or _under_note(story)):
                open_story(by_lead=True)
            story.broken = bool(story.pieces)
            story.dateline = line.info.dateline
            story.credits.merge(line.info.credits)
            if line.continued_from:
                story.continued_from = line.continued_from
            story.add(line.info.rest, line)
        elif (
            (kind == BYLINE and heads_under_bylines)
            or (kind in (BYLINE, SIGNATURE) and (story is None or under_picture))
        ) and _byline_over_headline(lines, i):
            # the page's convention, or the page's first story, which has nothing above it to sign,
            # or the first under a picture, whose credit closed it
            j = run_end(lines, i + 1)
            open_story(parts=lines[i + 1 : j]).credits.merge(line.info)
            i = j
            continue
        elif kind in (BYLINE, SIGNATURE):
            if story is None:
                open_story(guessed=True)
            story.credits.merge(line.info)
            if _under_note(story):
                story.broken = True
            elif not story.awaiting_body():
                story.closed = True  # a byline after the text closes the story it signs
        elif kind in (CLOSING, ARTICLE_CREDIT):
            if story is not None:
                story.take_credits(line.info)
                # （记者 甲） under the headline is its byline; after the text it closes the story
                story.closed = story.closed or (kind == CLOSING and not story.awaiting_body())
        elif kind == MARK_FROM:
            if story is None or not story.awaiting_body():
                open_story()
            story.continued_from = line.info
        elif kind == MARK_TO:
            if story is not None:
                story.continues_to = line.info
                story.closed = True
        else:  # running text, editor's notes
            note = closing_note(line.text)
            if line.continued_from and (story is None or not story.awaiting_body()):
                open_story()
            elif note and story is not None and story.pieces:
                pass  # under the signature that closed the piece, still the piece's
            elif kind == NOTE and story is not None and story.pieces and not editor_note_before(line.text):
                # the editors' afterword (编后：…) on the piece it follows, signed or not: the text
                # under it goes on with it
                story.closed = False
            elif not note and _dated_under_signature(story, lines, i):
                pass  # 读者 甲 / 2025年3月1日: the day a letter is signed on, under its signer
            elif (
                story is None
                or story.closed
                or (under_picture and _headed_picture_over_text(story, items, line))
            ):
                open_story(guessed=kind != NOTE)
            elif kind == NOTE and story.pieces:
                open_story()  # the note introduces the story under it, never goes on with the one above
            if line.continued_from:
                story.continued_from = line.continued_from
            story.add(line.text, line)
            if note:
                story.closed = True  # the note on its author ends a piece
            if line.verse and not (i + 1 < n and lines[i + 1].verse):
                story.closed = True  # a poem ends with its last verse: the next title is a new piece
        i += 1
    return items


def _headed_picture_over_text(story: Story, items: list[Story | Photo], line: Line) -> bool:
    """A headline over a picture, and under the picture a paragraph, after a finished story: the
    headline and the picture are that paragraph's story's (headed by
    ``orphans.headlines_over_pictures``), not a picture set inside the story above."""
    photo = items[-1] if items else None
    return (
        isinstance(photo, Photo)
        and photo.title is not None
        and not is_terminated(photo.title)  # (a question closing a paragraph over the picture is text)
        and finished_over_picture(story)
        and not line.continued_from
    )


_HEAD_UNDER_BYLINE_MAX = 2  # lines of a headline block set under its byline


_BELOW_LEAD_MAX = 2  # lines of a headline printed under its story's first paragraph


def _title_printed_below_lead(story: Story | None, run: list[Line], after: Line | None) -> bool:
    """A headline under the first paragraph of a story opened by its lead-in, with no headline
    over it, and over more of its text: the story's own, printed out of place."""
    return (
        story is not None
        and story.by_lead
        and not story.closed
        and not story.parts
        and len(story.pieces) == 1
        and len(run) <= _BELOW_LEAD_MAX
        and not any(enumerated(part.text) or part.md for part in run)
        # (a row of text a column broke off inside a sentence runs longer, over clauses)
        and all(len(part.text) <= _TAKEN_IN_MAX and part.text.count("，") <= 1 for part in run)
        and after is not None
        and after.photo is None
        and after.kind == BODY
    )


def _byline_over_headline(lines: list[Line], i: int) -> bool:
    """A byline line with a short headline block right under it and plain text under that."""
    j = run_end(lines, i + 1)
    return (
        lines[i].photo is None
        and 1 <= j - i - 1 <= _HEAD_UNDER_BYLINE_MAX
        and not any(part.md for part in lines[i + 1 : j])
        and j < len(lines)
        and lines[j].photo is None
        and lines[j].kind == BODY
    )


def _bylines_over_headlines(lines: list[Line]) -> bool:
    """Some papers print each story's byline above its headline (本报记者 甲 / headline / text).
    A byline between two stories then opens the one below rather than signing the one above. The
    page shows the convention when its first story opens that way and every byline on it stands
    over a headline block and text."""
    first = next((k for k, line in enumerate(lines) if line.photo is None), None)
    if first is None or lines[first].kind != BYLINE:
        return False
    return all(_byline_over_headline(lines, k) for k, line in enumerate(lines) if line.kind == BYLINE)


def _under_note(story: Story) -> bool:
    """A headline over an editor's note (编者按：…) or a bulleted summary (● …), and then the
    lead-in or byline of its story: the note opens that story's text and the story carries on."""
    return (
        not story.closed
        and bool(story.parts)
        and bool(story.pieces)
        and all(piece.line.kind == NOTE or piece.line.bulleted for piece in story.pieces)
    )


def _signed_by_name(lines: list[Line], i: int, j: int, story: Story | None, text_below: bool = False) -> bool:
    """A line holding nothing but a person's name is the signature of a piece, not a headline: under
    a headline block and over text that opens with no dateline (a commentary), or at the end of
    a story's text, over its closing note or the end of the page. The line becomes a SIGNATURE.
    ``text_below``: the lines under it read as text, though shaped as headlines (``_signed_inside``)."""
    last = lines[j - 1]
    name = looks_like_name(last.text)
    if name is None or last.md:
        return False
    after = lines[j] if j < len(lines) else None
    if j - i >= 2:
        signs = after is not None and after.photo is None and (after.kind in (BODY, NOTE) or text_below)
    else:
        ends = after is None or (
            after.photo is None
            and (
                after.kind == CLOSING
                or author_note(after.text)
                or (after.kind == NOTE and not editor_note_before(after.text))  # over the afterword
            )
        )
        signs = ends and story is not None and not story.awaiting_body()
    if signs:
        credits = Credits()
        credits.add("authors", name)
        last.kind, last.info = SIGNATURE, credits
    return signs


def _signed_inside(lines: list[Line], i: int, j: int) -> int:
    """Where a run of headline-shaped lines from ``i`` to ``j`` ends when a bare name stands inside
    it over lines that read as text (a clause, a long line): headline, writer, and the opening of
    the text (这只烤鸭为何只卖二十五元？ / 郁静娴 / 要适应肉类消费场景多元化转变，推动 / …)."""
    for k in range(i + 1, j - 1):
        if lines[k].md or looks_like_name(lines[k].text) is None:
            continue
        if any(
            has_inner_punctuation(part.text) or len(part.text) >= _TEXT_ROW_MIN for part in lines[k + 1 : j]
        ):
            return k + 1
        return j
    return j


def _open_item(lines: list[Line], i: int, story: Story) -> None:
    """An item of a brief block: a bulleted paragraph, a lead-in, or a bulleted title over its text."""
    line = lines[i]
    if line.kind == LEAD:
        story.dateline = line.info.dateline
        story.credits.merge(line.info.credits)
        story.add(line.info.rest, line)
        return
    bullet = bullet_start(line.text) or number_start(line.text)
    text = line.text[bullet:]
    titled = run_in_title(text, spaced=bullet > 0) if line.kind == BODY else None
    if titled is not None:
        story.parts.append(Line(titled[0], gap=line.gap))
        story.add(titled[1], line)
        return
    after = lines[i + 1] if i + 1 < len(lines) else None
    if (
        line.kind == HEAD
        and not is_terminated(text)
        and after is not None
        and not after.item
        and after.photo is None
        and after.kind in (BODY, LEAD)
    ):
        story.parts.append(Line(text, gap=line.gap))
        return
    story.add(text, line)


def _signs_notice(story: Story | None, line: Line) -> bool:
    """The issuer printed at the foot of a notice (丽水市教育考试院, over the date) signs it."""
    return (
        story is not None
        and not story.closed
        and issuer_line(line.text)
        and bool(story.pieces)
        and any(notice_title(part.text) for part in story.parts)
    )


def _sidebar(story: Story | None, run: list[Line], after: Line | None) -> bool:
    """记者追踪 / 记者手记 under a signed story, over plain text with no headline of its own: the
    reporter's follow-up to that story, printed as a part of it. A 相关链接 / 小贴士 box set the same
    way belongs to the story above it just as much, signed or not."""
    return (
        story is not None
        and bool(story.pieces)
        and not story.continues_to
        # a box is set under the story it belongs to, whether the story ends signed or not, and
        # may put its question first (■链接 / 什么是投资乘数？)
        and (
            (len(run) == 1 and (story.closed or story.credits.count() > 0) and reporter_column(run[0].text))
            or (
                box_label(run[0].text)
                and (len(run) == 1 or (len(run) == 2 and run[1].text.endswith(("？", "?"))))
            )
        )
        and after is not None
        and after.photo is None
        and after.kind == BODY
    )


def _column_under_byline(story: Story | None, run: list[Line], after: Line | None) -> bool:
    """A column label printed between the byline and the text: 民生观察."""
    return (
        story is not None
        and story.awaiting_body()
        and story.credits.count() > 0
        and len(run) == 1
        and label_shaped(run[0].text)
        and after is not None
        and after.kind in (BODY, HEAD, NOTE)
    )


def _readable(story: Story) -> bool:
    """Text that no headline or lead-in claims is kept when it holds any Chinese text at all."""
    return CJK_CHAR.search(story.text(2000)) is not None


_TAKEN_IN_MAX = 30  # characters of a headline a story may have taken in as its last line


def _without_sign_off(pieces: list) -> list:
    """The text without the editors' ——编者 it ends on: like a closing source, the page's line."""
    if len(pieces) > 1 and editors_sign_off(pieces[-1].text):
        return pieces[:-1]
    return pieces


def _dated_under_signature(story: Story | None, lines: list[Line], i: int) -> bool:
    return (
        story is not None
        and story.closed
        and bool(story.pieces)
        and i > 0
        and lines[i - 1].kind in (BYLINE, SIGNATURE, CLOSING)
        and bare_date(lines[i].text)
    )


def _credit(art: model.ParsedArticle, credits: Credits) -> None:
    for role in ROLES:
        setattr(art, role, list(getattr(credits, role)))


def story_article(story: Story) -> model.ParsedArticle:
    head = assign_roles(story.parts)
    pieces = _without_sign_off(story.pieces)
    art = model.ParsedArticle(
        kicker=head.kicker,
        title=head.title,
        subtitle=head.subtitle,
        column=story.column or head.column,
        dateline=story.dateline,
        continues_to=story.continues_to,
        continued_from=story.continued_from,
        paragraphs=assemble(pieces),
    )
    credits = story.credits
    if art.paragraphs and (unglued := without_glued_tail(art.paragraphs[-1])) is not None:
        art.paragraphs[-1] = unglued  # the page's staff or the story's source, run on after it
    if art.paragraphs and (run_on := split_trailing_byline(art.paragraphs[-1])) is not None:
        # …五分钟。本报记者 甲: the byline closing the story, run on after its last sentence
        art.paragraphs[-1], closing = run_on
        credits = Credits()
        credits.merge(story.credits)
        credits.merge(closing)
    _credit(art, credits)
    # credited twice (作者：李红 over 本报讯（记者 李红）): the reporter wrote it, once
    art.authors = [name for name in art.authors if name not in art.reporters + art.correspondents]
    if story.guessed:
        art.warnings.append(model.UNKNOWN_LAYOUT)
    last = pieces[-1].text if len(pieces) > 1 and not pieces[-1].line.verse else ""
    if closing_note(last) or field_line(last):
        # a note closing a piece (（作者为…）, （作者单位：…）) or a box's field (票价：免费) is no
        # headline taken in
        last = ""
    if any(looks_like_name(piece.text) for piece in pieces[1:]) or (
        headline_shaped(last) and not is_terminated(last) and len(last) <= _TAKEN_IN_MAX
    ):
        # a name standing alone inside the text signs another piece, and a text ending on an
        # open headline-shaped line ends on the next story's headline: the cut may have run two
        # stories together
        art.warnings.append(model.LOW_CONFIDENCE)
    return art


def photo_article(photo: Photo) -> model.ParsedArticle:
    captions = [printed_caption(text) for text in photo.captions or [photo.caption]]
    label, title = picture_title(photo.title) if photo.title else (None, None)
    art = model.ParsedArticle(kind="photo", title=title, column=label, paragraphs=captions)
    if photo.title and (rubric := picture_rubric(photo.title)) is not None:
        art.title, art.column = None, rubric
    art.photographers = list(photo.credits.photographers)
    art.authors = list(photo.credits.authors)  # 文字：甲 over 摄影：乙, a picture story's writer
    return art


def _verse(story: Story) -> bool:
    return any(piece.line.verse for piece in story.pieces)


def add_warnings(art: model.ParsedArticle, signed: bool = False, verse: bool = False) -> None:
    """Add the review warnings an article's own fields call for (byline, headline, body length,
    and the shapes no right cut gives: ``oddities``).

    `signed`: the piece is signed without a name (本报评论员), which is a byline all the same.
    `verse`: the piece is a poem, short as poems are and cut off nothing.
    """
    people = [*art.reporters, *art.correspondents, *art.photographers, *art.authors]
    warnings = model.field_warnings(
        kind=art.kind,
        title=art.title,
        dateline=art.dateline,
        credited=bool(people) or signed,
        body=art.body,
    )
    art.warnings.extend(w for w in warnings if not (verse and w == model.SHORT_BODY))
    art.warnings.extend(
        oddities(
            kind=art.kind,
            kicker=art.kicker,
            title=art.title,
            subtitle=art.subtitle,
            people=people,
            body=art.body,
        )
    )


def read_lines(text: str, page: model.ParsedPage) -> list[Line]:
    """The page's lines as the rules read them: furniture taken out into ``page``, each line
    classified, wrapped lines joined, pictures and brief blocks marked."""
    printed, unboxed, lines = [], [], []
    for n, sheet in enumerate(_sheets(records.as_page(text))):
        rows = split_run_in_leads(split_lines(unfold_columns(close_spaced_page(sheet))))
        close_letter_spacing(rows)
        rejoin_credit_tails(rows)
        rows_unboxed = drop_page_boxes(rows)
        # the first sheet's header is the page's; a later sheet's repeats it, with its own number
        kept = take_furniture(rows_unboxed, page if n == 0 else model.ParsedPage(articles=[]))
        if n and kept:
            kept[0].gap = max(kept[0].gap, 1)
        printed += rows
        unboxed += rows_unboxed
        lines += kept
    read_cited_page(printed, page)
    lines = classify_all(lines, uses_blank_paragraphs(lines))
    lines = take_page_name(lines, page, bool(lines) and lines[0] is not unboxed[0])
    mark_wide_gaps(lines)
    find_photos(lines)
    mark_briefs(lines)
    return lines


def _sheets(text: str) -> list[str]:
    """The text of each printed sheet: a PDF's text holds its pages apart by form feeds (and
    closes the last with one); a file of several is read as one page, each sheet's header taken
    out as furniture, its stories running on from the sheet before (上接第1版)."""
    if "\f" not in text:
        return [text]
    sheets = [sheet for sheet in text.split("\f") if sheet.strip()]
    return sheets or [text]


def _notes_over_headlines(items: list[Story | Photo]) -> None:
    """【编者按】… printed over a headline: the editors' note introduces the story under it, its
    text's first paragraph as when printed under the headline, not an item with no headline."""
    k = 0
    while k + 1 < len(items):
        note, story = items[k], items[k + 1]
        if (
            isinstance(note, Story)
            and isinstance(story, Story)
            and not note.parts
            and note.pieces
            and not note.credits.count()
            and note.pieces[0].line.kind == NOTE
            and editor_note_before(note.pieces[0].line.text)
            and all(piece.line.kind in (NOTE, BODY) for piece in note.pieces)
            and story.parts
            and not story.continued_from
        ):
            story.pieces[:0] = note.pieces
            del items[k]
            continue
        k += 1


def cut(lines: list[Line]) -> list[Story | Photo]:
    """The page's stories and pictures, in printed order."""
    items = segment(lines)
    _notes_over_headlines(items)
    uncredited_pictures(items)
    numbered_captions(items)
    trailing = split_trailing_headlines(items)
    headlines_under_stories(items, trailing)
    stories = [it for it in items if isinstance(it, Story)]
    adopt_orphans(stories)
    if trailing is not None and trailing.parts:
        rejoin_trailing(items, trailing)
    headlines_over_pictures(items)
    pictures_of_the_story_above(items)
    return items


def parse_items(text: str, recut=None) -> tuple[model.ParsedPage, list[Line], list[Story | Photo | None]]:
    """The parsed page, the lines it was read from, and the item behind each of its articles.

    ``recut(lines, items)``, when given, may cut the page anew from the rules' items."""
    page = model.ParsedPage(articles=[])
    lines = read_lines(text, page)
    items = cut(lines)
    if recut is not None:
        items = recut(lines, items)
    sources: list[Story | Photo | None] = []
    unnamed: set[int] = set()
    for item in items:
        if isinstance(item, Photo):
            page.articles.append(photo_article(item))
            sources.append(item)
            continue
        if not item.pieces and item.parts:
            # a headline with no text under it: its lines are kept as a flagged item of their own
            art = model.ParsedArticle(paragraphs=[part.text for part in item.parts], column=item.column)
            _credit(art, item.credits)  # (its byline, kept all the same)
            art.warnings.append(model.UNKNOWN_LAYOUT)
            page.articles.append(art)
            sources.append(item)
            page.warnings.append(model.UNKNOWN_LAYOUT)
            continue
        if not item.pieces or (item.guessed and not _readable(item)):
            if item.pieces or item.credits.count():
                page.warnings.append(model.UNKNOWN_LAYOUT)
            continue
        page.articles.append(story_article(item))
        sources.append(item)
        if item.credits.unnamed:
            unnamed.add(len(page.articles) - 1)
    for k, (art, source) in enumerate(zip(page.articles, sources, strict=True)):
        add_warnings(art, k in unnamed, verse=isinstance(source, Story) and _verse(source))
    if flag_lost_quotes(page.articles):
        page.warnings.append(model.QUOTES_LOST)
    page.warnings = list(dict.fromkeys(page.warnings))
    return page, lines, sources


def parse(text: str) -> model.ParsedPage:
    return parse_items(text)[0]
