"""The contract's own dates: where its term starts and ends, and when it was signed.

Japanese contracts state the term in one phrase (有効期間は、2025年11月1日から1年間 / 2025年4月1日から
2026年3月31日まで); the English grammar lives in english_term. An end computed from a start and a
term is the day before the anniversary (民法 143条; US drafting ends on the anniversary itself).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from tracker.domain import Direction, Period, Unit
from tracker.extract.dates import Dated, dates_in
from tracker.extract.numbers import NUMBER, parse_number


@dataclass(frozen=True)
class Read:
    """A value and the compact span it was read from."""

    value: object
    start: int
    end: int
    confidence: float


def term_end(start: date, term: Period) -> date | None:
    """The last day of a term of `term` that starts on `start`: the day before the same date
    `term` later (2025-10-01 + 2 years → 2027-09-30)."""
    if term.amount is None or term.unit is None:
        return None
    step = {
        Unit.YEAR: relativedelta(years=term.amount), Unit.MONTH: relativedelta(months=term.amount),
        Unit.WEEK: relativedelta(weeks=term.amount), Unit.DAY: relativedelta(days=term.amount),
    }.get(term.unit)
    return None if step is None else start + step - timedelta(days=1)


# ---- Japanese -------------------------------------------------------------------------------------

_JA_UNITS = {"年": Unit.YEAR, "月": Unit.MONTH, "日": Unit.DAY, "週": Unit.WEEK}
# 1年間 / 2年 / 12か月間 / 三十日間, right after から (or より)
_JA_TERM = re.compile(
    rf"(?:から|より)(?:起算して)?({NUMBER})(?:か年|箇年|ヵ年|ヶ年|(年)|[かヶケヵカ箇](月)|(週)|(日))間?"
)
_JA_UNTIL = re.compile(r"(?:から|より)(?:、)?$")
# the term's own words before the start date: 有効期間は、/ 契約期間 / 賃貸借期間：/ 本契約は、
_JA_TERM_WORDS = re.compile(r"(?:期間|本契約|この契約|本覚書|本合意)(?:は|を|：|:)?(?:、)?$")
# 本契約締結日から / 契約締結の日から: the term runs from the signing
_JA_FROM_SIGNING = re.compile(r"(?:本契約|この契約|本覚書)?(?:の)?締結(?:日|の日)(?:から|より)")
# a document date, not the signing (改定, 施行 of standard terms)
_JA_DOCUMENT_DATE = re.compile(r"(?:に)?(?:改定|改正|制定|施行|実施|から|より|版)")


def japanese_term(compact: str, found: list[Dated]) -> tuple[Read | None, Read | None, Read | None]:
    """(start, end, initial term) from the first phrase that states a term with its start date."""
    for i, d in enumerate(found):
        before = compact[max(0, d.start - 12) : d.start]
        if not _JA_TERM_WORDS.search(before):
            continue
        start = Read(d.day, d.start, d.end, 0.85)
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt and _JA_UNTIL.search(compact[d.end : nxt.start]) and compact.startswith("まで", nxt.end):
            return start, Read(nxt.day, nxt.start, nxt.end, 0.85), None
        term = _japanese_period(compact, d.end)
        if term:
            return start, None, term
    return None, None, None


def _japanese_period(compact: str, at: int) -> Read | None:
    m = _JA_TERM.match(compact, at)
    amount = parse_number(m.group(1)) if m else None
    if not m or amount is None:
        return None
    unit = next((_JA_UNITS[g] for g in m.groups()[1:] if g), Unit.YEAR)
    return Read(Period(amount, unit, Direction.AFTER), m.start(), m.end(), 0.85)


def japanese_term_from_signing(compact: str) -> Read | None:
    """The term of a contract that runs from its signing (本契約締結日から一年間)."""
    m = _JA_FROM_SIGNING.search(compact)
    return _japanese_period(compact, m.end() - 2) if m else None


def japanese_signed(compact: str, found: list[Dated]) -> Read | None:
    """The date at the foot of a contract, by the seals (not a date of standard terms' revision)."""
    tail = len(compact) - 600
    for d in reversed(found):
        if d.start < tail:
            return None
        if not _JA_DOCUMENT_DATE.match(compact, d.end):
            return Read(d.day, d.start, d.end, 0.7)
    return None


__all__ = ["Read", "dates_in", "japanese_signed", "japanese_term", "japanese_term_from_signing",
           "term_end"]
