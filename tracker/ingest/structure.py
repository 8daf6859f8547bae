"""Split clean contract text into its title and 条/項/号 tree (articles, paragraphs, items).

One pass over the lines. Numbers must run in sequence (項 2 after 項 1, 条 12 after 条 11), which
tells a real "2 当社は…" paragraph from a number that only continues a broken line; "1." "2."
lines after a lead-in such as 次の各号 (the following items) are 号, not 項.
Documents without 第N条 fall back to headings ("Article 5", "1. Definitions", Markdown headings).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tracker.domain import Article, Item, Paragraph
from tracker.ingest.budget import checkpoint
from tracker.ingest.patterns import (
    ANNEX,
    BULLET_HEADING,
    CHAPTER,
    DECIMAL_PARAGRAPH,
    HEADING,
    ITEM_ALPHA,
    ITEM_CIRCLED,
    ITEM_KANJI,
    ITEM_KATAKANA,
    ITEM_PAREN,
    JAPANESE_NUMBERED_HEADING,
    KATAKANA_ITEMS,
    NUMBERED_HEADING,
    PARAGRAPH,
    SECTION_HEADING,
    SUPPLEMENT,
    TITLED_HEADING,
    article_header,
    article_number,
    display_width,
    english_header,
    is_header_line,
    starts_structure,
)

_LINE = re.compile(r"[^\n]+")
# a version note closing the title: "（Ver.2.0）", "（1.1 版）", "(第2版)"
# (linear: the white space is taken from its first char only, the version mark found by a lookahead)
_TITLE_VERSION = re.compile(r"(?<!\s)\s*[（(](?=[^（）()]*(?:ver|版|\d))[^（）()]*[)）]$", re.IGNORECASE)
_MARKDOWN_HEADING = re.compile(r"#{1,6}\s+(?P<heading>.+)")  # closing hashes: `_markdown_heading`
_PLAIN_HEADING = re.compile(r"(?P<heading>\D.*)")
_NOT_HEADING_END = tuple("。、，,.:：;；")
_ITEM_KINDS = (("paren", ITEM_PAREN), ("circled", ITEM_CIRCLED), ("kanji", ITEM_KANJI), ("alpha", ITEM_ALPHA),
               ("katakana", ITEM_KATAKANA))
# what follows an article number in a 目次 (table of contents): leader dots and a page number
_TOC_TAIL = re.compile(r"[.．…・‥\s\d-]*")
_SPACE = re.compile(r"\s+")
# words that introduce a list of 号 (items): 次の各号 / 以下の各号 (the following items), 次のいずれか
# (any of the following), 次に掲げる (listed below), English "the following"; "前項各号" only refers
_ITEM_LEAD_IN = re.compile(r"(?:次|以下)の各号|次のいずれか|次に掲げる|(?i:the following)")
_LEAD_IN_REACH = 300  # chars before a "1." line searched for the lead-in
_END_MARK = "以上"  # alone on a line, 以上 (end) closes a document; what follows is in no article


@dataclass
class _Para:
    number: int | None
    start: int
    items: list[Item] = field(default_factory=list)
    item_kind: str | None = None
    marker: str = ""  # how its number is written: "number" (2 / 2.), "paren" ((2)) or "" (none)
    nested: bool = False  # a "(1)" restarted inside it: later "(N)" lines are that inner list


@dataclass
class _Art:
    number: str | None
    heading: str | None
    start: int
    supplementary: bool = False
    paras: list[_Para] = field(default_factory=list)
    markers: set[str] = field(default_factory=set)  # how its paragraphs' numbers are written


def parse(text: str) -> tuple[str | None, tuple[Article, ...]]:
    """(title, articles) of a cleaned text; article bounds tile the text from the first article on."""
    lines = [(m.start(), m.group()) for m in _LINE.finditer(text)]
    has_articles = any(article_header(line) for _, line in lines)
    builder = _Builder(text)
    # where sections are headed "Article N", a "1." line inside one is a paragraph, not a section
    builder.numbered_sections = not any(english_header(line) for _, line in lines)
    pending_heading: tuple[int, str] | None = None
    for i, (start, line) in enumerate(lines):
        if i % 1024 == 0:
            checkpoint()
        if has_articles:
            heading = HEADING.match(line)
            if heading and builder.name_bare_article(heading.group("heading")):
                continue
            if heading and not builder.in_items():
                pending_heading = (start, heading.group("heading"))
                continue
            if builder.article_line(start, line, pending_heading):
                pending_heading = None
                continue
        elif builder.heading_line(start, line, i > 0 and _isolated(text, lines, i), first=i == 0):
            continue
        pending_heading = None
        if SUPPLEMENT.match(line):
            builder.open_article(start, None, _SPACE.sub("", line), supplementary=True)
        elif has_articles and ANNEX.match(line):  # a schedule after the articles is none of them
            builder.open_article(start, None, _SPACE.sub(" ", line))
        elif (CHAPTER.match(line) or line == _END_MARK) and builder.current is not None:
            builder.close(start)
        else:
            builder.body_line(start, line)
    builder.close(len(text))
    return _title(lines), tuple(builder.articles)


def _isolated(text: str, lines: list[tuple[int, str]], i: int) -> bool:
    """Whether line i stands between blank lines, as a heading without markup does."""
    start, line = lines[i]
    before = text.endswith("\n\n", 0, start)
    after = i + 1 == len(lines) or text.startswith("\n\n", start + len(line))
    return before and after


def _markdown_heading(line: str) -> str | None:
    """The text of a "## Heading ##" line; its closing hashes are stripped here, as a pattern
    ending in `.+?\\s*#*$` rescans them from every char."""
    m = _MARKDOWN_HEADING.match(line)
    return (m.group("heading").rstrip("#").rstrip() or None) if m else None


def _title(lines: list[tuple[int, str]]) -> str | None:
    """The first line, without a version note, unless it is structure or a sentence."""
    for _, line in lines[:8]:
        if starts_structure(line) and not line.startswith("#"):
            return None
        title = _markdown_heading(line) or line
        title = _TITLE_VERSION.sub("", title).strip()
        if title:  # a sentence is not a title
            return None if title.endswith(("。", ".")) or len(title) > 80 else title
    return None


def _decimal_paragraph(line: str, article: str | None) -> re.Match[str] | None:
    m = DECIMAL_PARAGRAPH.match(line)
    return m if m and m.group("article") == article else None


class _Builder:
    """Collects articles, paragraphs and items as lines arrive, then freezes them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.articles: list[Article] = []
        self.current: _Art | None = None
        self.last_main = 0
        self.last_branch = 0
        self.numbered_sections = True

    def name_bare_article(self, heading: str) -> bool:
        """A heading under the number (第1条⏎（目的）) names the article, if it has no text yet."""
        art = self.current
        if art is None or art.heading is not None or art.paras:
            return False
        art.heading = heading
        return True

    def in_items(self) -> bool:
        return bool(self.current and self.current.paras and self.current.paras[-1].items)

    def article_line(self, start: int, line: str, pending: tuple[int, str] | None) -> bool:
        m = article_header(line)
        if not m:
            return False
        main = article_number(m.group("num"))
        branch = article_number(m.group("branch")) if m.group("branch") else 0
        in_sequence = (main > self.last_main and (self.last_main == 0 or main <= self.last_main + 5)) or (
            main == self.last_main and branch > self.last_branch
        )
        if not in_sequence and self._table_of_contents(start):
            self.articles.clear()  # the numbers start again: what came before was a 目次 (contents)
            self.current = None
            in_sequence = True
        elif not in_sequence and (main, branch) == (1, 0) and self._second_document():
            in_sequence = True  # numbers as written: 第1条 again, a new sequence
        if not in_sequence:  # also 第1条 of a 附則 (supplementary provisions) after the articles
            return False
        self.last_main, self.last_branch = main, branch
        number = f"{main}-{branch}" if branch else str(main)
        heading = m.group("heading") or (pending[1] if pending else None)
        self.open_article(pending[0] if pending else start, number, heading)
        rest = m.group("rest1") or m.group("rest2")
        if rest:
            self.body_line(start + len(line) - len(rest), rest)
        return True

    def _table_of_contents(self, start: int) -> bool:
        """Whether the articles so far hold no text, only page numbers: a 目次 (table of contents)."""
        art = self.current
        if art is None or art.supplementary or not self.articles:
            return False
        bodies = [(a.paragraphs[0].start, a.end) for a in self.articles
                  if a.paragraphs and not a.supplementary]
        if art.paras:
            bodies.append((art.paras[0].start, start))
        return all(_TOC_TAIL.fullmatch(self.text, begin, end) for begin, end in bodies)

    def _second_document(self) -> bool:
        """Whether a 第1条 starts a second document on the page (terms, then the rules of a service).

        A 第1条 inside 附則 (supplementary provisions) is the 附則's own; and the first document
        must have run to at least 第2条 with text, or the restart would only be a stray header.
        """
        if self.last_main < 2:
            return False
        if self.current is None:  # closed by 以上 (end)
            return bool(self.articles) and not self.articles[-1].supplementary
        return not self.current.supplementary and bool(self.current.paras)

    def heading_line(self, start: int, line: str, isolated: bool, first: bool) -> bool:
        """Fallback for documents without 第N条: "Article 5", "1. Definitions", "# Fees", （目的）,
        or a short line standing alone between blank lines (a heading whose markup was stripped)."""
        header = english_header(line)
        if header:
            self._english_section(start, line, *header)
            return True
        for pattern in (NUMBERED_HEADING, TITLED_HEADING, JAPANESE_NUMBERED_HEADING, SECTION_HEADING):
            m = pattern.match(line)
            # numbered headings run 1, 2, 3: a "1." after section 3, or after a lead-in (次の各号),
            # is an item of that section
            if m and self._next_section(int(m.group("num")), start):
                heading = m.group("heading") or m.groupdict().get("bracketed") or ""
                self.open_article(start, m.group("num"), heading.strip(" .:-–—") or None)
                rest = m.groupdict().get("rest")
                if rest:
                    self.body_line(start + len(line) - len(rest), rest)
                return True
        if first:  # the title, unless it is an article heading
            return False
        m = BULLET_HEADING.match(line)
        if m and not (self.current and self.current.number):  # under a numbered section: a list
            self.open_article(start, None, m.group("heading") or m.group("bracketed"))
            return True
        heading = _markdown_heading(line)
        if heading is None:
            m = HEADING.match(line)
            if m is None and isolated and display_width(line) <= 40 and not line.endswith(_NOT_HEADING_END):
                m = _PLAIN_HEADING.match(line)
            if m is None:
                return False
            heading = m.group("heading")
        self.open_article(start, None, heading)
        return True

    def _english_section(self, start: int, line: str, number: str, sub: int | None, heading: str | None,
                         rest: str) -> None:
        """"Article 4 Term" opens article 4; "Section 4.2" is paragraph 2 of article 4, opening
        the article where it is not open yet."""
        art = self.current
        if sub is None or art is None or art.number != number:
            self.open_article(start, number, heading)
            art = self.current
        if sub is not None and art is not None:
            art.paras.append(_Para(sub, start))
        if rest:
            self.body_line(start + len(line) - len(rest), rest)

    def _next_section(self, number: int, start: int) -> bool:
        if not self.numbered_sections:
            return False
        numbers = [int(a.number) for a in self.articles if a.number and a.number.isdigit()]
        if self.current and self.current.number and self.current.number.isdigit():
            numbers.append(int(self.current.number))
        if number != (numbers[-1] + 1 if numbers else 1):
            return False
        return not self._listed_item(number, start)

    def _listed_item(self, number: int, start: int) -> bool:
        """Whether "N." at `start` goes on a list a lead-in (次の各号) of the current section opened:
        N is 1, or the list already ran to N-1 ("1." "2." under it are items, but a "3." after
        items written a) b) is the next section)."""
        begin = max(0, start - _LEAD_IN_REACH, self.current.start if self.current else 0)
        lead_ins = list(_ITEM_LEAD_IN.finditer(self.text, begin, start))
        if not lead_ins:
            return False
        listed = self.text[lead_ins[-1].end():start]
        return number == 1 or re.search(rf"(?m)^{number - 1}[.．]", listed) is not None

    def open_article(self, start: int, number: str | None, heading: str | None,
                     supplementary: bool = False) -> None:
        self.close(start)
        self.current = _Art(number, heading, start, supplementary)

    def body_line(self, start: int, line: str) -> None:
        art = self.current
        if art is None:
            return
        para = art.paras[-1] if art.paras else None
        m = PARAGRAPH.match(line) or _decimal_paragraph(line, art.number)
        if m and m.re is PARAGRAPH and para and self._list_item(para, start, line, int(m.group("num"))):
            return
        if m and not is_header_line(line):
            # an unnumbered lead-in counts as 項 1, unless a "1." follows it
            last = 0 if para is None else para.number or (0 if line.startswith("1") else 1)
            if int(m.group("num")) == last + 1:
                self._add_paragraph(art, _Para(last + 1, start, marker="number"))
                return
        if self._paren_paragraph(art, para, start, line) or self._line_paragraph(art, para, start, line):
            return
        if para is None:
            para = _Para(None, start)
            art.paras.append(para)
        self._item(para, start, line)

    @staticmethod
    def _add_paragraph(art: _Art, para: _Para) -> None:
        art.paras.append(para)
        art.markers.add(para.marker)

    def _line_paragraph(self, art: _Art, para: _Para | None, start: int, line: str) -> bool:
        """Open the next 項 at a new sentence where no paragraph is numbered: as in statutes, a line
        of complete sentences (…。) after another is a paragraph, the first unnumbered one being 項 1.
        Not after a lead-in (次の各号) or items, nor at a line that opens an item or a note, nor at
        a table row or a label (no 。)."""
        sentences = line.endswith("。") and self.text.endswith("。\n", 0, start)
        if (para is None or para.items or art.markers - {"line"} or not sentences or starts_structure(line)
                or _ITEM_LEAD_IN.search(self.text, para.start, start)):
            return False
        self._add_paragraph(art, _Para(len(art.paras) + 1, start, marker="line"))
        return True

    def _paren_paragraph(self, art: _Art, para: _Para | None, start: int, line: str) -> bool:
        """Open 項 N at a "(N)" line where (N) is the paragraph level: nothing in the article is
        numbered "2." / "2 ", no lead-in (次の各号) announced a list, and (N) follows 項 N-1 (an
        unnumbered first paragraph is 項 1). A "(1)" inside a paragraph starts a list of its own."""
        m = ITEM_PAREN.match(line)
        if m is None or "number" in art.markers:
            return False
        number = article_number(m.group("num"))
        if para is None:
            opens = number == 1
        elif number == 1:
            para.nested = True
            return False
        else:
            opens = (number == (para.number or 1) + 1 and not para.items and not para.nested
                     and _ITEM_LEAD_IN.search(self.text, para.start, start) is None)
        if opens:
            self._add_paragraph(art, _Para(number, start, marker="paren"))
        return opens

    def _list_item(self, para: _Para, start: int, line: str, number: int) -> bool:
        """Add a "1." / "2 " line as a 号 when its paragraph introduced a list (次の各号…).

        Where the number could also be the next 項, a sentence (…。) after items that are not
        sentences is that 項.
        """
        if para.item_kind is None and not para.items:
            lead_in = _ITEM_LEAD_IN.search(self.text, max(para.start, start - _LEAD_IN_REACH), start)
            opens = number == 1 and lead_in is not None
        else:
            next_paragraph = number == (para.number or 1) + 1 and line.endswith("。") \
                and not self.text[para.items[-1].start:start].rstrip().endswith("。")
            opens = para.item_kind == "number" and number == len(para.items) + 1 and not next_paragraph
        if opens:
            self._add_item(para, "number", number, start)
        return opens

    def _add_item(self, para: _Para, kind: str, number: int, start: int) -> None:
        para.item_kind = kind
        if para.items:
            last = para.items[-1]
            para.items[-1] = Item(last.number, last.start, start)
        para.items.append(Item(number, start, start))

    def _item(self, para: _Para, start: int, line: str) -> None:
        """Open the next 号 where the line starts with one in sequence, of the paragraph's own kind."""
        for kind, pattern in _ITEM_KINDS:
            m = pattern.match(line)
            if not m:
                continue
            if kind == "circled":
                number = ord(line[0]) - 0x245F
            elif kind == "alpha":
                number = ord(m.group("num")) - ord("a") + 1
            elif kind == "katakana":
                number = KATAKANA_ITEMS.index(m.group("num") or m.group("pnum")) + 1
            else:
                number = article_number(m.group("num"))
            if para.item_kind not in (None, kind) or number != len(para.items) + 1:
                return  # another kind is a lower level inside an item: part of that item
            self._add_item(para, kind, number, start)
            return

    def close(self, end: int) -> None:
        art = self.current
        if art is None:
            return
        paras: list[Paragraph] = []
        for i, p in enumerate(art.paras):
            p_end = art.paras[i + 1].start if i + 1 < len(art.paras) else end
            items = tuple(it if j + 1 < len(p.items) else Item(it.number, it.start, p_end)
                          for j, it in enumerate(p.items))
            paras.append(Paragraph(p.number, p.start, p_end, items))
        if len(paras) > 1 and paras[0].number is None and paras[1].number == 2:
            first = paras[0]
            paras[0] = Paragraph(1, first.start, first.end, first.items)
        self.articles.append(
            Article(art.number, art.heading, art.start, end, tuple(paras), art.supplementary))
        self.current = None
