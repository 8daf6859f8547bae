"""Yearly recurring duties in English: "on or before March 31 of each year", "annually by January
15", "on each anniversary of the Effective Date" — a payment or a report that comes round every
year, scheduled as one recurring deadline (anchors `year_day` and `anniversary`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.domain import DutyKind

_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november"
          r"|december)")
_BY = r"(?:on or before|by|no later than|not later than|on|prior to)"
# a day of the year: "on or before March 31 of each year", "annually by January 15"
_YEAR_DAY = re.compile(
    rf"(?i)\bannually,? {_BY} (?:the )?{_MONTH} ?[0-9]{{1,2}}(?:st|nd|rd|th)?\b"
    rf"|\b{_BY} (?:the )?{_MONTH} ?[0-9]{{1,2}}(?:st|nd|rd|th)?,? (?:of )?(?:each|every) (?:calendar )?year\b"
)
# each anniversary of the Effective Date
_ANNIVERSARY = re.compile(
    rf"(?i)\b{_BY} (?:each|every) (?:subsequent )?anniversary of (?:the|this) "
    r"(?:effective date|commencement date|date of this agreement|agreement)"
)
# every match holds one of these, found fast (a literal scan) before the full patterns run around it
_CUE = re.compile(r"nnually|nniversar|ear\b")
_BEFORE, _AFTER = 100, 60  # how far a match reaches before and after its cue
_SENTENCE = re.compile(r"[.;](?=\s*[A-Z(0-9\"“])")
_PAYMENT = re.compile(r"(?i)\bpa(?:y|id)\b|\bpayable\b|\bfees?\b|\broyalt")
_REPORT = re.compile(r"(?i)\breport|\bstatement|\bsubmit|\bdeliver|\bnotify|\bcertif")


@dataclass(frozen=True)
class YearlyHit:
    """A yearly duty's wording at compact[start:end], its kind and its anchor."""

    start: int
    end: int
    kind: DutyKind
    anchor: str


def find_yearly(compact: str) -> list[YearlyHit]:
    """The yearly payments and reports of an English text, in text order."""
    found: dict[int, YearlyHit] = {}
    for cue in _CUE.finditer(compact):
        low, high = max(0, cue.start() - _BEFORE), min(len(compact), cue.end() + _AFTER)
        for pattern, anchor in ((_YEAR_DAY, "year_day"), (_ANNIVERSARY, "anniversary")):
            for m in pattern.finditer(compact, low, high):
                if m.start() in found:
                    continue
                sentence = _sentence(compact, m.start(), m.end())
                kind = (DutyKind.PAYMENT if _PAYMENT.search(sentence) else
                        DutyKind.NOTIFICATION if _REPORT.search(sentence) else None)
                if kind is not None:
                    found[m.start()] = YearlyHit(m.start(), m.end(), kind, anchor)
    return sorted(found.values(), key=lambda h: h.start)


def _sentence(compact: str, start: int, end: int) -> str:
    opening = max((m.end() for m in _SENTENCE.finditer(compact, max(0, start - 300), start)),
                  default=max(0, start - 300))
    closing = _SENTENCE.search(compact, end, end + 300)
    return compact[opening : closing.start() if closing else min(len(compact), end + 300)]


__all__ = ["YearlyHit", "find_yearly"]
