"""The extraction pipeline: one scan for period expressions, then local classification of each.

`extract(document)` builds the compact view and the clause bounds once, finds every number +
unit, drops the negatives, classifies the rest with the kind rules, resolves anchors and
obligors, adds the number-less duties (速やかに返還, 翌月末日までに支払う) and the document dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date

from tracker.domain import Direction, Document, Duty, DutyKind, Party, Period, SourceSpan
from tracker.domain.facts import ContractFacts
from tracker.extract import english, negatives, obligors, qualifiers, renewal_en
from tracker.extract.anchors import find_anchor, month_of_start, phrase_start
from tracker.extract.context import Clauses, Context
from tracker.extract.dates import find_dates
from tracker.extract.english_periods import find_english_periods
from tracker.extract.english_yearly import find_yearly
from tracker.extract.facts import read_facts
from tracker.extract.kinds import Rule, classify
from tracker.extract.kinds.headings import kind_of_heading
from tracker.extract.parties import Found, Parties
from tracker.extract.periods import PeriodHit, find_periods
from tracker.extract.textview import TextView


@dataclass(frozen=True)
class Extraction:
    duties: tuple[Duty, ...]
    dates: tuple[date, ...]
    title: str | None
    facts: ContractFacts = field(default_factory=ContractFacts)


class _Run:
    """State for extracting one document."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.view = TextView(document.text)
        self.clauses = Clauses(self.view, document)
        self.parties = Parties.of(self.view.compact)
        self.english = english.is_english(self.view.compact)
        self.japanese = True  # read in Japanese, with the number-less duties too
        # (clause start, kind) of every duty read with a number: a 速やかに in the same clause
        # ("90日間保持し、その後速やかに削除") restates it rather than adding a duty
        self.numbered: set[tuple[int, DutyKind]] = set()
        self.numbered_clauses: set[int] = set()

    def duty(
        self, kind: DutyKind, found: Found, period: Period, anchor: str | None, start: int, end: int,
        confidence: float,
    ) -> Duty:
        if kind is DutyKind.CHANGE_NOTICE and found.party is Party.CUSTOMER:
            kind = DutyKind.NOTIFICATION  # the customer's notice of its own changes
        span = self.source(start, end)
        confidence += 0.1 if found.explicit else 0.0
        return Duty(kind, found.party, period, anchor, span, min(confidence, 0.95))

    def source(self, start: int, end: int) -> SourceSpan:
        """The span of the text that compact[start:end] shows, with its 条/項/号."""
        s, e = self.view.span(start, end)
        article, paragraph, item = self.document.position(s)
        return SourceSpan(s, e, self.document.text[s:e], article, paragraph, item)

    def english_periods(self) -> list[Duty]:
        duties = []
        sentences = renewal_en.Sentences(self.view.compact)
        words = english.RuleWords(self.view.compact)
        for hit in find_english_periods(self.view.compact):
            ctx = self.clauses.context(hit.start, hit.end)
            rule = english.classify_english(hit, ctx, sentences, words)
            if rule is None:
                continue
            found = Found(english.english_obligor(rule, ctx), True)
            period = Period(hit.amount, hit.unit, rule.direction or hit.direction)
            anchor = english.english_anchor(rule, ctx)
            duties.append(self.duty(rule.kind, found, period, anchor, hit.start, hit.end, 0.7))
        return duties

    def periods(self) -> list[Duty]:
        """The Japanese reading; an English one only for Latin text without any Japanese duty (a
        bilingual contract is read once, in Japanese)."""
        duties = self.japanese_periods()
        if not duties and self.english:
            self.japanese = False
            return self.english_periods()
        return duties

    def kind(self, rule: Rule, ctx: Context) -> DutyKind:
        """The rule's kind, or for a rule that defers to a cited article that article's kind."""
        if rule.cited:
            for heading in self.clauses.cited_headings(ctx.before):
                kind = kind_of_heading(heading)
                if kind:
                    return kind
        return rule.kind

    def readings(self) -> Iterator[tuple[PeriodHit, Context, str | None, Rule | None]]:
        """Every period found, with its clause, the negative that rejects it or the kind rule that
        classifies it (neither: no rule fits, not a duty)."""
        for hit in find_periods(self.view.compact):
            ctx = self.clauses.context(hit.start, hit.end)
            rejected = negatives.rejection(hit, ctx)
            yield hit, ctx, rejected, None if rejected else classify(hit.cue, ctx)

    def japanese_periods(self) -> list[Duty]:
        duties = []
        for hit, ctx, _, rule in self.readings():
            if rule is None:
                continue
            kind = self.kind(rule, ctx)
            found = obligors.resolve(kind, rule.obligor, ctx, self.parties)
            read = find_anchor(ctx.before, ctx.after) if rule.lookup else None
            anchor = month_of_start(hit.anchor or read or rule.anchor, ctx.before)
            # a specific kind rule and an anchor read from the words raise the confidence
            confidence = 0.55 + (0.0 if kind is DutyKind.NOTIFICATION else 0.15)
            confidence += 0.1 if read else 0.05
            period = Period(hit.amount, hit.unit, rule.direction or hit.direction)
            self.numbered.add((ctx.start, kind))
            self.numbered_clauses.add(ctx.start)
            start = ctx.start + phrase_start(ctx.clause[: ctx.at])
            tail = _TAIL.match(self.view.compact, hit.end)
            end = tail.end() if tail else hit.end
            duties.append(self.duty(kind, found, period, anchor, start, end, confidence))
        return duties

    def qualified(self) -> list[tuple[qualifiers.QualifierRule, Duty]]:
        """The duties without a number, each with the qualifier rule that read it."""
        duties = []
        compact = self.view.compact
        taken: set[int] = set()
        for rule, m in qualifiers.find_qualifiers(compact):
            if m.start() in taken:
                continue
            ctx = self.clauses.context(m.start(), m.end())
            if not rule.fits(ctx) or (ctx.start, rule.kind) in self.numbered:
                continue
            if rule.negotiated_only and (self.parties.standard_terms or ctx.start in self.numbered_clauses):
                continue  # a prompt notice beside a numbered duty ("inspect within 5 days and
                # notify at once of defects") is part of that duty
            taken.add(m.start())
            found = obligors.resolve(rule.kind, rule.default, ctx, self.parties)
            anchor = find_anchor(ctx.before + m.group(), "") or rule.anchor  # 請求月の末日: the wording too
            period = Period(None, None, rule.direction, qualifiers.qualifier_of(rule, m.group()))
            duties.append((rule, self.duty(rule.kind, found, period, anchor, m.start(), m.end(), 0.6)))
        return duties

    def yearly_english(self) -> list[Duty]:
        """The yearly payments and reports of an English text (english_yearly), owed by the customer
        unless the text says otherwise."""
        period = Period(None, None, Direction.BEFORE)
        return [self.duty(hit.kind, Found(Party.CUSTOMER, False), period, hit.anchor, hit.start, hit.end, 0.6)
                for hit in find_yearly(self.view.compact)]


# the particle closing a period phrase, kept in the span: 30日前までに / 14日以内に
_TAIL = re.compile(r"までに|まで|に")


def readings(document: Document) -> Iterator[tuple[PeriodHit, Context, str | None, Rule | None]]:
    """Every Japanese period in `document` with its clause, rejecting negative and kind rule."""
    return _Run(document).readings()


def reasons(document: Document) -> list[str]:
    """Why each Japanese period in `document` was read as it was: the kind rule's name, "not:" and
    the negative's name, or "not:unclassified"; the tests hold every rule to its example with it."""
    return [
        rule.name if rule else f"not:{rejected or 'unclassified'}"
        for _, _, rejected, rule in readings(document)
    ]


def qualifier_reasons(document: Document) -> list[str]:
    """The name of the qualifier rule behind each duty without a number in `document`; the tests hold
    every qualifier rule to its example with it."""
    run = _Run(document)
    run.periods()
    return [rule.name for rule, _ in run.qualified()]


# a duty read by OCR is less sure: a misread digit changes its date
OCR_CONFIDENCE = 0.8


def _marked_if_ocr(document: Document, duty: Duty) -> Duty:
    if not document.read_by_ocr(duty.span.start):
        return duty
    return replace(duty, confidence=round(duty.confidence * OCR_CONFIDENCE, 2), ocr=True)


def extract(document: Document) -> Extraction:
    """The duties of `document` in text order, its stated dates, and its title."""
    run = _Run(document)
    numbered = run.periods()
    qualified = [duty for _, duty in run.qualified()] if run.japanese else run.yearly_english()
    duties = sorted(numbered + qualified, key=lambda d: (d.span.start, d.span.end))
    if document.pages:
        duties = [_marked_if_ocr(document, d) for d in duties]
    found = read_facts(run.view, run.parties, duties, not run.japanese, run.source)
    return Extraction(tuple(duties), find_dates(run.view.compact), document.title, found)


__all__ = ["Extraction", "extract", "qualifier_reasons", "readings", "reasons"]
