"""Clauses: the stretch of text around a hit that the rules read (sentence, item lead-in, heading).

A clause ends at 。 (outside brackets), at a line that starts a new 条/項/号, and at the bounds
of the document's own 条/項/号 tree. An item (号) also sees its paragraph's lead-in sentence
("次の各号のいずれかに該当する場合…"), which often holds the verb and the subject; every clause
also sees the one before it, which "前項の義務は" refers to.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from tracker.domain import Document
from tracker.extract.textview import TextView

# 。 ends a sentence unless it stands inside brackets: a closing bracket follows before any other
# bracket or 。 ("…できます。）", "（5年間。ただし当分の間は3年間）"), not counting an item mark that
# starts the next sentence ("…する。2) 乙は"); in English text a
# full stop after a word, before a capital (the compact view drops the space: "date.Customer")
_SENTENCE_END = re.compile(
    r"。(?:(?=[0-9０-９]{1,3}[）)]|[ア-ン][）)])|(?![^。（()）「」]{0,40}[）)」]))|(?<=[a-z)\"'])\.(?=[A-Z\"(]|$)"
)
# (1) / ① / 一、 / ア (a 五十音 letter before a word that is not katakana) / (イ)
_ITEM_MARK = re.compile(
    r"[（(]\d{1,3}[）)]|\(\d{1,3}\)|[①-⑳]|[一二三四五六七八九十]{1,3}[、.]"
    r"|[（(][ア-ト][）)]|[アイウエオカキクケコサシスセソタチツテト](?![ァ-ヺー])"
)
# 第N条（見出し） or （見出し）第N条: the article heading where the document has no tree
_HEADING = re.compile(r"[（(]([^（）()。]{1,30})[）)]第\d+条|第\d+条(?:の\d+)?[（(]([^（）()。]{1,30})[）)]")
# 第12条 / 第12条の2 cited in a clause
_CITED = re.compile(r"第([0-9]+)条(?:の([0-9]+))?")
_LEAD_LOOKBACK = 40  # clauses to walk back over a long list of items
_REACH = 300  # the most a clause reaches either side of a hit (text without 。 stays cheap)


@dataclass(frozen=True)
class Context:
    """The clause around one hit; `at`/`end` index the hit inside `clause`."""

    clause: str
    at: int
    end: int
    start: int  # compact offset of clause[0]
    lead: str  # the paragraph's lead-in where the clause is an item, else ""
    heading: str
    prior: str = ""  # the clause just before, which "前項の義務は" refers to
    following: str = ""  # the clause just after, which may name this one (これをクーリング・オフという)

    # The rules read windows with [^。] ("up to the end of the sentence"); a 。 that only closes
    # a bracketed remark (…を含む。）) does not end the sentence, so the windows drop it.
    @property
    def before(self) -> str:
        return self.clause[: self.at].replace("。）", "）")

    @property
    def after(self) -> str:
        return self.clause[self.end :].replace("。）", "）")

    @property
    def whole(self) -> str:
        """Lead-in and clause together, for words that may sit in either."""
        return (self.lead + self.clause).replace("。）", "）")


class Clauses:
    """Clause bounds of one document, computed once."""

    def __init__(self, view: TextView, document: Document) -> None:
        compact = view.compact
        self.compact = compact
        bounds = {0, len(compact)}
        bounds.update(m.end() for m in _SENTENCE_END.finditer(compact))
        bounds.update(view.breaks)
        # where the document's tree starts an item (号), also one numbered 一 without a mark after it
        self._items: set[int] = set()
        for article in document.articles:
            bounds.add(view.to_compact(article.start))
            for para in article.paragraphs:
                bounds.add(view.to_compact(para.start))
                self._items.update(view.to_compact(item.start) for item in para.items)
        bounds.update(self._items)
        self._view = view
        self._document = document
        self._headings: list[tuple[int, str]] = []
        if not document.articles:
            # a heading starts a line; elsewhere 第15条（解除） is a cross-reference
            line_starts = set(view.line_starts)
            for m in _HEADING.finditer(compact):
                if m.start() not in line_starts:
                    continue
                self._headings.append((m.start(), m.group(1) or m.group(2)))
                bounds.add(m.end())  # the article's text starts after its heading
        self._heading_starts = [s for s, _ in self._headings]
        self._bounds = sorted(bounds)

    def bounds(self, index: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._bounds, index) - 1
        i = max(i, 0)
        return self._bounds[i], self._bounds[min(i + 1, len(self._bounds) - 1)]

    def context(self, start: int, end: int) -> Context:
        cs, ce = self.bounds(start)
        cs, ce = max(cs, start - _REACH), max(min(ce, end + _REACH), end)
        clause = self.compact[cs:ce]
        ps, _ = self.bounds(cs - 1) if cs else (cs, cs)
        prior = self.compact[max(ps, cs - _REACH) : cs]
        _, fe = self.bounds(ce)
        following = self.compact[ce : min(fe, ce + _REACH)]
        lead, heading = self._lead(cs, clause), self._heading(start)
        return Context(clause, start - cs, end - cs, cs, lead, heading, prior, following)

    def cited_headings(self, text: str) -> list[str]:
        """The headings of the articles `text` cites (第12条 → 秘密保持), in the order cited."""
        by_number = {a.number: a.heading for a in self._document.articles if a.number and a.heading}
        cited = (m.group(1) + (f"-{m.group(2)}" if m.group(2) else "") for m in _CITED.finditer(text))
        return [by_number[n] for n in cited if n in by_number]

    def _is_item(self, start: int, text: str) -> bool:
        return start in self._items or _ITEM_MARK.match(text) is not None

    def _lead(self, cs: int, clause: str) -> str:
        if not self._is_item(cs, clause):
            return ""
        i = bisect.bisect_left(self._bounds, cs)
        for j in range(i - 1, max(i - 1 - _LEAD_LOOKBACK, -1), -1):
            s, e = self._bounds[j], self._bounds[j + 1]
            text = self.compact[s:e]
            if not self._is_item(s, text):
                return text[-_REACH:]
        return ""

    def _heading(self, index: int) -> str:
        if self._document.articles:
            article = self._document.article_at(self._view.to_text(index))
            return (article.heading or "") if article else ""
        i = bisect.bisect_right(self._heading_starts, index) - 1
        return self._headings[i][1] if i >= 0 else ""
