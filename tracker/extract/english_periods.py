"""The English period grammar: every time expression of an English contract becomes a candidate.

Numbers are digits or words of any size ("one hundred and twenty (120)", "forty-five", "twelve-month"),
units any of day / business day / calendar month / week / year / hour, and a few forms carry their
number in the word: "half a year" is six months; "annual(ly)", "yearly", "year to year" and "each
anniversary" one year; "monthly", "month-to-month" one month. Those word forms, and "a year" /
"an additional year", are `loose`: they name a renewal's length, and only the renewal reading
takes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.domain import Direction, Unit

_ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000}
_ONE = "|".join(sorted(_ONES, key=len, reverse=True))
_TEN = "|".join(_TENS)
_SMALL = rf"(?:(?:{_TEN})(?:[- ](?:{_ONE}))?|{_ONE})"
# "one hundred and twenty", "two thousand", "forty-five", "twelve"
_SPELLED = rf"{_SMALL}(?: (?:hundred|thousand)(?:(?: and)? {_SMALL})?)?"
# a unit word is rare, a number is not: find the unit, then read the number that ends just before it
_UNIT = re.compile(r"(?i)\b(?:day|week|month|year|hour)s?\b(?!-old)")
_NUMBER = re.compile(
    rf"(?i)(?:\b(?P<spelled>{_SPELLED})\b(?: ?\( ?(?P<paren>\d{{1,4}}) ?\))?|\( ?(?P<only>\d{{1,4}}) ?\)"
    r"|(?<![\w.$])(?<!\d,)(?P<digits>\d{1,4}(?:\.5)?)|\b(?P<half>half) an? "
    r"|\b(?P<article>an?) (?:(?:additional|further|successive|subsequent|renewal|extra|another|single) )?)"
    r"(?:[ -]|(?<=\)))?(?:(?:additional|further|successive|subsequent|renewal) )?"
    r"(?:(?P<kind>business|calendar|working|consecutive|full) )?$"
)
_REACH = 48  # "one hundred and twenty (120) calendar " fits
# the word forms of one year or one month: "renews annually", "on a year-to-year basis", "monthly periods"
_ADVERB = re.compile(
    r"(?i)\b(?:(?P<year>annual(?:ly)?|yearly|year[ -]?to[ -]?year|(?:every|each) (?:year|anniversary)"
    r"|calendar year(?= basis))"
    r"|(?P<month>monthly|month[ -]?to[ -]?month))\b"
)
_UNITS = {"day": Unit.DAY, "week": Unit.WEEK,
          "month": Unit.MONTH, "year": Unit.YEAR, "hour": Unit.HOUR}
_BEFORE = re.compile(r"(?i)^'?s?'? ?(?:\(\w+\) )?(?:prior|before|in advance)")
_NOT_PERIOD = re.compile(r"(?i)^ ?(?:per |of the time|%|of age|old\b)")
_PAST = re.compile(r"(?i)^ ?(?:preceding|prior to the (?:event|date of the claim))")  # a look-back window


@dataclass(frozen=True)
class EnglishHit:
    start: int
    end: int
    amount: int
    unit: Unit
    direction: Direction
    loose: bool = False  # a word form or "a year": read only as a renewal's length


def spelled_number(words: str) -> int:
    """ "one hundred and twenty" → 120, "forty-five" → 45."""
    total = current = 0
    for word in re.split(r"[- ]+", words.lower()):
        if word in _ONES or word in _TENS:
            current += _ONES.get(word, 0) + _TENS.get(word, 0)
        elif word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if word == "thousand":
                total, current = total + current, 0
    return total + current


def _amount(m: re.Match[str]) -> tuple[float, bool]:
    digits = m.group("paren") or m.group("only") or m.group("digits")
    if digits:
        return float(digits), False
    if m.group("spelled"):
        return spelled_number(m.group("spelled")), False
    if m.group("half"):
        return 0.5, True
    return 1, True  # "a year", "an additional month"


def find_english_periods(compact: str) -> list[EnglishHit]:
    """Every period of `compact` in text order, with its direction read from the words after it."""
    hits = []
    for u in _UNIT.finditer(compact):
        after = compact[u.end() : u.end() + 30]
        m = _NUMBER.search(compact, max(u.start() - _REACH, 0), u.start())
        if m is None or _NOT_PERIOD.match(after) or _PAST.match(after):
            continue
        amount, loose = _amount(m)
        word = u.group().lower().rstrip("s")
        business = (m.group("kind") or "").lower() in ("business", "working")
        unit = Unit.BUSINESS_DAY if business else _UNITS[word]
        if loose and unit not in (Unit.MONTH, Unit.YEAR):
            continue
        if amount != int(amount):  # "half a year", "1.5 years": in months
            if unit is not Unit.YEAR:
                continue
            amount, unit = amount * 12, Unit.MONTH
        if amount == 0:
            continue
        direction = Direction.BEFORE if _BEFORE.match(after) else Direction.AFTER
        hits.append(EnglishHit(m.start(), u.end(), int(amount), unit, direction, loose))
    for m in _ADVERB.finditer(compact):
        unit = Unit.YEAR if m.group("year") else Unit.MONTH
        hits.append(EnglishHit(m.start(), m.end(), 1, unit, Direction.AFTER, True))
    kept: list[EnglishHit] = []
    for hit in sorted(hits, key=lambda h: h.start):
        if kept and hit.start < kept[-1].end:  # "a year to year basis" is one period, the longer
            if hit.end > kept[-1].end:
                kept[-1] = hit
            continue
        kept.append(hit)
    return kept
