"""A loaded contract: clean text, a map back to the original text, and its 条/項/号 tree.

Offsets everywhere (duty spans, article bounds) index `Document.text`, the cleaned text the
tracker shows; `original_offset` maps one back into `Document.original` for highlighting there.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

from tracker.domain.pages import PageText, page_at


@dataclass(frozen=True)
class Item:
    """号: (1), （１）, ① …"""

    number: int
    start: int
    end: int


@dataclass(frozen=True)
class Paragraph:
    """項: 1．, ２ , 2. … The unnumbered first paragraph of an article is number 1.

    `number` is None for an article's only, unnumbered paragraph (a one-項 article has no 項
    number) and for a lead-in sentence before a "1." paragraph.
    """

    number: int | None
    start: int
    end: int
    items: tuple[Item, ...] = ()


@dataclass(frozen=True)
class Article:
    """条, or a section under a heading where a document has no numbered articles.

    `number` is "11", "11-2" for 第11条の2, or None for an unnumbered section; `supplementary`
    marks 附則 and similar closing parts.
    """

    number: str | None
    heading: str | None
    start: int
    end: int
    paragraphs: tuple[Paragraph, ...] = ()
    supplementary: bool = False


@dataclass(frozen=True)
class Document:
    source: str
    title: str | None
    text: str
    articles: tuple[Article, ...] = ()
    original: str = ""
    # offsets[i] is the index in `original` of text[i]; empty when text == original
    offsets: Sequence[int] = field(default=(), repr=False, compare=False)
    # the pages of a PDF or image file as read (empty for other formats); see domain.pages
    pages: tuple[PageText, ...] = field(default=(), repr=False, compare=False)

    def original_offset(self, offset: int) -> int:
        if not self.offsets:
            return offset
        if offset >= len(self.offsets):
            return len(self.original)
        return self.offsets[offset]

    def read_by_ocr(self, offset: int) -> bool:
        """Whether the text at `offset` was read from a page image rather than a text layer."""
        page = page_at(self.pages, self.original_offset(offset)) if self.pages else None
        return page is not None and page.ocr

    def article_at(self, offset: int) -> Article | None:
        starts = [a.start for a in self.articles]
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and offset < self.articles[i].end:
            return self.articles[i]
        return None

    def position(self, offset: int) -> tuple[str | None, int | None, int | None]:
        """(article, paragraph, item) numbers of the clause holding `offset`."""
        article = self.article_at(offset)
        if article is None:
            return None, None, None
        for para in article.paragraphs:
            if para.start <= offset < para.end:
                for item in para.items:
                    if item.start <= offset < item.end:
                        return article.number or article.heading, para.number, item.number
                return article.number or article.heading, para.number, None
        return article.number or article.heading, None, None

    def sentence_around(self, start: int, end: int, limit: int = 400) -> str:
        """The sentence holding text[start:end] (up to 。, a line break, or '. ' in English), so that a
        deadline shows its whole clause; at most `limit` characters, cut around the span."""
        text = self.text
        left, right = 0, len(text)
        for mark, keep in (("。", 1), ("\n", 0), (". ", 1)):
            before, after = text.rfind(mark, 0, start), text.find(mark, end)
            if before >= 0:
                left = max(left, before + len(mark))
            if after >= 0:
                right = min(right, after + keep)
        left = max(left, start - limit // 2)
        right = min(right, max(end, left + limit))
        return " ".join(text[left:right].split())
